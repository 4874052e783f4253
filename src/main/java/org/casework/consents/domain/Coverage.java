package org.casework.consents.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.casework.consents.ConsentStatus;
import org.casework.consents.InformationCategory;
import org.casework.consents.Recipient;
import org.casework.consents.SharingDecision;
import org.casework.consents.WithheldReason;

/**
 * Which of the requested categories a client's consents let go to a recipient on a day. A
 * category goes when an active consent for that recipient names it (the one that runs
 * longest when several do); otherwise it is withheld, and the reason is the consent for
 * that recipient and category that ended last (revoked, expired) or has yet to take
 * effect, or that there is none.
 */
public final class Coverage {

	private Coverage() {
	}

	public static SharingDecision decide(List<Consent> consents, Recipient recipient,
			Set<InformationCategory> requested, LocalDate day) {
		Set<InformationCategory> allowed = EnumSet.noneOf(InformationCategory.class);
		Map<InformationCategory, String> withheld = new EnumMap<>(InformationCategory.class);
		Map<InformationCategory, WithheldReason> reasons = new EnumMap<>(InformationCategory.class);
		Map<InformationCategory, UUID> under = new EnumMap<>(InformationCategory.class);
		for (InformationCategory category : requested) {
			List<Consent> naming = consents.stream()
				.filter(c -> c.categories().contains(category) && c.recipient().sameAs(recipient))
				.toList();
			Optional<Consent> active = naming.stream()
				.filter(c -> c.statusOn(day) == ConsentStatus.ACTIVE)
				.max(Comparator.comparing((Consent c) -> c.expiresOn() == null ? LocalDate.MAX : c.expiresOn())
					.thenComparing(Consent::recordedAt));
			if (active.isPresent()) {
				allowed.add(category);
				under.put(category, active.get().id());
				continue;
			}
			WithheldReason reason = naming.stream()
				.map(c -> reason(c, day))
				.max(Comparator.comparing((WithheldReason r) -> r.kind() == WithheldReason.Kind.NOT_YET_EFFECTIVE)
					.thenComparing(WithheldReason::on))
				.orElse(new WithheldReason(WithheldReason.Kind.NO_CONSENT, null, null));
			reasons.put(category, reason);
			withheld.put(category, reason.text());
		}
		return new SharingDecision(allowed, withheld, under, allowed.contains(InformationCategory.SUBSTANCE_USE),
				reasons);
	}

	private static WithheldReason reason(Consent consent, LocalDate day) {
		return switch (consent.statusOn(day)) {
			case REVOKED -> new WithheldReason(WithheldReason.Kind.REVOKED, consent.revocation().on(), consent.id());
			case EXPIRED -> new WithheldReason(WithheldReason.Kind.EXPIRED, consent.expiredOn(), consent.id());
			case PENDING ->
				new WithheldReason(WithheldReason.Kind.NOT_YET_EFFECTIVE, consent.effectiveOn(), consent.id());
			case ACTIVE -> throw new IllegalStateException("An active consent covers the category");
		};
	}

}
