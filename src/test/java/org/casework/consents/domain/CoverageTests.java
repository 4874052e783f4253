package org.casework.consents.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casework.consents.AgreementMethod;
import org.casework.consents.ConsentStatus;
import org.casework.consents.EventOccurrence;
import org.casework.consents.ExpiryEvent;
import org.casework.consents.ExpiryEventKind;
import org.casework.consents.InformationCategory;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.consents.Revocation;
import org.casework.consents.RevocationChannel;
import org.casework.consents.SharingDecision;
import org.casework.consents.WithheldReason;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casework.consents.InformationCategory.GENERAL;
import static org.casework.consents.InformationCategory.HEALTH;
import static org.casework.consents.InformationCategory.SUBSTANCE_USE;

/**
 * Which categories a client's consents let go to a recipient, as the days pass: a
 * category no active consent for the recipient names is withheld, with the reason.
 */
class CoverageTests {

	static final LocalDate START = LocalDate.of(2026, 3, 2);

	static final Recipient CLINIC = new Recipient(RecipientKind.AGENCY, UUID.randomUUID(), "Riverside Clinic");

	/** The days pass on this clock. */
	Clock clock = Clock.fixed(START.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	void daysPass(int days) {
		this.clock = Clock.offset(this.clock, java.time.Duration.ofDays(days));
	}

	@Test
	void substanceUseInformationIsWithheldFromARecipientWhoseConsentLacksIt() {
		Consent general = consent(CLINIC, EnumSet.of(GENERAL, HEALTH), START.plusYears(1));

		SharingDecision decision = Coverage.decide(List.of(general), CLINIC, EnumSet.of(GENERAL, SUBSTANCE_USE),
				today());

		assertThat(decision.allowed()).containsExactly(GENERAL);
		assertThat(decision.consentByCategory()).containsEntry(GENERAL, general.id());
		assertThat(decision.withheld()).containsEntry(SUBSTANCE_USE, "no consent");
		assertThat(decision.part2()).isFalse();
	}

	@Test
	void aConsentForAnotherRecipientCoversNothing() {
		Consent general = consent(CLINIC, EnumSet.of(GENERAL), START.plusYears(1));
		Recipient other = new Recipient(RecipientKind.AGENCY, UUID.randomUUID(), "Another agency");

		SharingDecision decision = Coverage.decide(List.of(general), other, EnumSet.of(GENERAL), today());

		assertThat(decision.allowed()).isEmpty();
		assertThat(decision.withheld()).containsEntry(GENERAL, "no consent");
	}

	@Test
	void aPersonIsRecognisedByNameWhateverTheSpacingAndCase() {
		Recipient sister = new Recipient(RecipientKind.PERSON, null, "Rosa  Reyes");
		Consent general = consent(sister, EnumSet.of(GENERAL), START.plusYears(1));

		assertThat(Coverage
			.decide(List.of(general), new Recipient(RecipientKind.PERSON, null, "rosa reyes"), EnumSet.of(GENERAL),
					today())
			.allowed()).containsExactly(GENERAL);
	}

	@Test
	void aRevokedConsentStopsTheNextDisclosure() {
		Consent general = consent(CLINIC, EnumSet.of(GENERAL, HEALTH), START.plusYears(1));
		daysPass(10);
		assertThat(Coverage.decide(List.of(general), CLINIC, EnumSet.of(HEALTH), today()).allowed())
			.containsExactly(HEALTH);

		general.revoke(new Revocation(null, RevocationChannel.IN_WRITING, "Letter of 12 March"), today(), "Dana",
				Instant.now(this.clock));

		SharingDecision decision = Coverage.decide(List.of(general), CLINIC, EnumSet.of(HEALTH), today());
		assertThat(decision.allowed()).isEmpty();
		assertThat(decision.withheld()).containsEntry(HEALTH, "consent revoked on 2026-03-12");
		assertThat(decision.reasons().get(HEALTH))
			.isEqualTo(new WithheldReason(WithheldReason.Kind.REVOKED, START.plusDays(10), general.id()));
		assertThat(general.statusOn(today())).isEqualTo(ConsentStatus.REVOKED);
	}

	@Test
	void aConsentCoversItsExpiryDateAndNothingAfter() {
		Consent general = consent(CLINIC, EnumSet.of(GENERAL), START.plusDays(30));
		daysPass(30);
		assertThat(Coverage.decide(List.of(general), CLINIC, EnumSet.of(GENERAL), today()).allowed())
			.containsExactly(GENERAL);

		daysPass(1);

		SharingDecision decision = Coverage.decide(List.of(general), CLINIC, EnumSet.of(GENERAL), today());
		assertThat(decision.allowed()).isEmpty();
		assertThat(decision.withheld()).containsEntry(GENERAL, "consent expired on 2026-04-01");
		assertThat(general.statusOn(today())).isEqualTo(ConsentStatus.EXPIRED);
	}

	@Test
	void aConsentEndingOnAnEventEndsWhenTheEventHappens() {
		Consent general = new Consent(UUID.randomUUID(), 0, UUID.randomUUID(), CLINIC, EnumSet.of(GENERAL), "Referral",
				null, null, "Maria Lopez", START, null,
				new ExpiryEvent(ExpiryEventKind.END_OF_REFERRAL, "The end of the referral", null),
				AgreementMethod.VERBAL, null, "Rosa Reyes", START, "statement", "Dana", Instant.now(this.clock), null,
				null, null);
		daysPass(5);
		assertThat(general.statusOn(today())).isEqualTo(ConsentStatus.ACTIVE);

		general.eventOccurred(new EventOccurrence(null, "Referral closed"), today(), "Dana", Instant.now(this.clock));

		assertThat(Coverage.decide(List.of(general), CLINIC, EnumSet.of(GENERAL), today()).withheld())
			.containsEntry(GENERAL, "consent expired on 2026-03-07");
		assertThatThrownBy(
				() -> general.eventOccurred(new EventOccurrence(null, null), today(), "Dana", Instant.now(this.clock)))
			.isInstanceOf(DomainRuleException.class);
	}

	@Test
	void anActiveConsentWinsOverAnEndedOneAndTheLatestEndedOneGivesTheReason() {
		Consent revoked = consent(CLINIC, EnumSet.of(GENERAL, HEALTH), START.plusYears(1));
		Consent shorter = consent(CLINIC, EnumSet.of(GENERAL), START.plusDays(20));
		daysPass(3);
		revoked.revoke(new Revocation(null, RevocationChannel.VERBALLY, null), today(), "Dana",
				Instant.now(this.clock));
		daysPass(2);

		SharingDecision decision = Coverage.decide(List.of(revoked, shorter), CLINIC, EnumSet.of(GENERAL, HEALTH),
				today());
		assertThat(decision.allowed()).containsExactly(GENERAL);
		assertThat(decision.consentByCategory()).containsEntry(GENERAL, shorter.id());
		assertThat(decision.withheld()).containsEntry(HEALTH, "consent revoked on 2026-03-05");

		daysPass(30);
		assertThat(Coverage.decide(List.of(revoked, shorter), CLINIC, EnumSet.of(GENERAL), today()).withheld())
			.containsEntry(GENERAL, "consent expired on 2026-03-22");
	}

	@Test
	void substanceUseDisclosedUnderAPart2ConsentNeedsTheRedisclosureNotice() {
		Consent part2 = consent(CLINIC, EnumSet.of(SUBSTANCE_USE, HEALTH), START.plusMonths(6));

		SharingDecision decision = Coverage.decide(List.of(part2), CLINIC, EnumSet.of(SUBSTANCE_USE, HEALTH), today());

		assertThat(decision.allowed()).containsExactlyInAnyOrder(SUBSTANCE_USE, HEALTH);
		assertThat(decision.part2()).isTrue();
		assertThat(Coverage.decide(List.of(part2), CLINIC, EnumSet.of(HEALTH), today()).part2()).isFalse();
	}

	@Test
	void aConsentNotYetInEffectSaysWhenItWill() {
		Consent later = new Consent(UUID.randomUUID(), 0, UUID.randomUUID(), CLINIC, EnumSet.of(GENERAL), "Later", null,
				null, "Maria Lopez", START.plusDays(7), START.plusDays(60), null, AgreementMethod.VERBAL, null,
				"Rosa Reyes", START, "statement", "Dana", Instant.now(this.clock), null, null, null);

		assertThat(Coverage.decide(List.of(later), CLINIC, EnumSet.of(GENERAL), today()).withheld())
			.containsEntry(GENERAL, "consent takes effect on 2026-03-09");
		daysPass(7);
		assertThat(Coverage.decide(List.of(later), CLINIC, EnumSet.of(GENERAL), today()).allowed())
			.containsExactly(GENERAL);
	}

	@Test
	void revokingTwiceIsRefusedAndARevocationBeforeTheConsentTookEffectToo() {
		Consent general = consent(CLINIC, EnumSet.of(GENERAL), START.plusYears(1));
		daysPass(4);
		assertThatThrownBy(() -> general.revoke(new Revocation(START.minusDays(1), RevocationChannel.IN_WRITING, null),
				today(), "Dana", Instant.now(this.clock)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting("field").containsExactly("revokedOn"));
		assertThatThrownBy(
				() -> general.revoke(new Revocation(null, null, null), today(), "Dana", Instant.now(this.clock)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting("field").containsExactly("receivedHow"));

		general.revoke(new Revocation(null, RevocationChannel.IN_WRITING, null), today(), "Dana",
				Instant.now(this.clock));
		assertThatThrownBy(() -> general.revoke(new Revocation(null, RevocationChannel.IN_WRITING, null), today(),
				"Dana", Instant.now(this.clock)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("revoked already");
	}

	private Consent consent(Recipient to, Set<InformationCategory> categories, LocalDate expiresOn) {
		return new Consent(UUID.randomUUID(), 0, UUID.randomUUID(), to, categories, "Coordinating care", "Records",
				"Program", "Maria Lopez", today(), expiresOn, null, AgreementMethod.SIGNATURE, UUID.randomUUID(), null,
				today(), "statement", "Dana", Instant.now(this.clock), null, null, null);
	}

}
