package org.casework.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.consents.InformationCategory;
import org.casework.consents.Sharing;
import org.casework.consents.SharingDecision;
import org.casework.identity.ClientAccess;
import org.casework.identity.UserContext;
import org.casework.referrals.domain.ReferralLifecycle;
import org.casework.referrals.domain.ReferralRow;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.SecretTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secure links for receiving providers who have no Casework account. A worker issues a
 * link (a random token shown once; only its hash is kept) that expires and can be
 * revoked. Through it the provider sees only what the client's consent lets them see,
 * accepts or rejects the referral, and records the appointment, the attendance and the
 * outcome. Every view is audited and counted as a disclosure; an unknown, expired or
 * revoked link finds nothing.
 */
@Service
public class ProviderLinks {

	/** The path a link's token goes after. */
	public static final String PATH = "/r/";

	private static final String PREFIX = "cwr_";

	private final JdbcClient jdbc;

	private final Referrals referrals;

	private final Sharing sharing;

	private final ClientAccess access;

	private final AuditLog audit;

	private final UserContext users;

	private final ReferralProperties properties;

	private final Clock clock;

	ProviderLinks(JdbcClient jdbc, Referrals referrals, Sharing sharing, ClientAccess access, AuditLog audit,
			UserContext users, ReferralProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.referrals = referrals;
		this.sharing = sharing;
		this.access = access;
		this.audit = audit;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	// the agency's side

	/**
	 * Issues a link for the referral's provider (a sent referral, not ended in error).
	 * @throws NotFoundException when the referral is outside the caller's scope
	 */
	@Transactional
	public IssuedLink issue(UUID referralId) {
		ReferralView referral = this.referrals.get(referralId);
		if (referral.status() == ReferralStatus.DRAFT || referral.status() == ReferralStatus.ENTERED_IN_ERROR) {
			throw new DomainRuleException(
					"A link is issued for a sent referral; this one is " + referral.status().code());
		}
		String token = SecretTokens.generate(PREFIX);
		Instant now = this.clock.instant();
		Instant expires = now.plus(this.properties.linkValidity());
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO referral_link (id, referral_id, token_hash, created_by, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, referralId, SecretTokens.sha256(token), this.users.current().id(), Timestamp.from(now),
					Timestamp.from(expires))
			.update();
		this.access.write(referral.clientId(), AuditAction.CREATE, "ReferralLink", id,
				"provider link for " + referral.organizationName() + " until " + expires);
		return new IssuedLink(id, PATH + token, expires);
	}

	/** Revokes a link at once: it finds nothing from then on. */
	@Transactional
	public void revoke(UUID referralId, UUID linkId) {
		ReferralView referral = this.referrals.get(referralId);
		int revoked = this.jdbc.sql("""
				UPDATE referral_link SET revoked_at = ?, revoked_by = ?
				WHERE id = ? AND referral_id = ? AND revoked_at IS NULL""")
			.params(Timestamp.from(this.clock.instant()), this.users.current().id(), linkId, referralId)
			.update();
		if (revoked == 0) {
			throw new NotFoundException("Provider link");
		}
		this.access.write(referral.clientId(), AuditAction.UPDATE, "ReferralLink", linkId, "provider link revoked");
	}

	// the provider's side

	/**
	 * The referral as its provider sees it through the link, counted as a disclosure of
	 * what the consent lets them see now.
	 * @return empty for an unknown, expired or revoked link
	 */
	@Transactional
	public Optional<ProviderReferral> open(String token) {
		return link(token).map(link -> {
			this.jdbc.sql("UPDATE referral_link SET views = views + 1, last_viewed_at = ? WHERE id = ?")
				.params(Timestamp.from(this.clock.instant()), link.id())
				.update();
			ReferralRow row = this.referrals.row(link.referralId());
			List<SharedItem> items = this.referrals.items(row.id());
			SharingDecision decision = this.sharing.disclose(row.clientId(), Referrals.recipient(row),
					Referrals.categories(items), "Referral to " + row.serviceName(),
					"Referral viewed by the provider through its secure link", row.id(), actor(link.id()));
			this.audit.recordAs(actor(link.id()),
					AuditEntry.client(AuditAction.READ, Referrals.SUBJECT, row.id(), row.clientId())
						.withDetail("viewed through the provider link; shared: " + decision.allowed()));
			return provider(row, items, decision, link);
		});
	}

	/**
	 * The provider moves the referral on (accept, reject, start, hold, complete, fail).
	 */
	@Transactional
	public ProviderReferral changeStatus(String token, StatusChange change) {
		Link link = link(token).orElseThrow(() -> new NotFoundException("Referral"));
		ReferralRow row = locked(link);
		ReferralStatus to = ReferralStatus.of(change == null ? null : change.status())
			.orElseThrow(() -> new InvalidInputException("status", "is not a referral status"));
		this.referrals.transition(row, to, change, ReferralSide.TARGET, null, link.id());
		this.audit.recordAs(actor(link.id()),
				AuditEntry.client(AuditAction.UPDATE, Referrals.SUBJECT, row.id(), row.clientId())
					.withDetail("provider set the referral " + to.code()));
		return reread(link);
	}

	/** The provider sets or changes the appointment. */
	@Transactional
	public ProviderReferral setAppointment(String token, Appointment appointment) {
		Link link = link(token).orElseThrow(() -> new NotFoundException("Referral"));
		ReferralRow row = locked(link);
		this.referrals.appointment(row, appointment, ReferralSide.TARGET);
		this.audit.recordAs(actor(link.id()),
				AuditEntry.client(AuditAction.UPDATE, Referrals.SUBJECT, row.id(), row.clientId())
					.withDetail("provider set the appointment"));
		return reread(link);
	}

	/** The provider records whether the client attended. */
	@Transactional
	public ProviderReferral recordAttendance(String token, Attendance attendance) {
		Link link = link(token).orElseThrow(() -> new NotFoundException("Referral"));
		ReferralRow row = locked(link);
		this.referrals.attendance(row, attendance, ReferralSide.TARGET);
		this.audit.recordAs(actor(link.id()),
				AuditEntry.client(AuditAction.UPDATE, Referrals.SUBJECT, row.id(), row.clientId())
					.withDetail("provider recorded attendance: " + attendance.attended()));
		return reread(link);
	}

	private ProviderReferral reread(Link link) {
		ReferralRow row = this.referrals.row(link.referralId());
		List<SharedItem> items = this.referrals.items(row.id());
		return provider(row, items,
				this.sharing.decide(row.clientId(), Referrals.recipient(row), Referrals.categories(items)), link);
	}

	private ReferralRow locked(Link link) {
		this.jdbc.sql("SELECT id FROM referral WHERE id = ? FOR UPDATE")
			.param(link.referralId())
			.query(UUID.class)
			.single();
		return this.referrals.row(link.referralId());
	}

	private static ProviderReferral provider(ReferralRow row, List<SharedItem> items, SharingDecision decision,
			Link link) {
		boolean covered = decision.allowed().contains(InformationCategory.GENERAL);
		List<SharedItem> shown = covered
				? items.stream().filter(i -> decision.allowed().contains(i.category())).toList() : List.of();
		return new ProviderReferral(row.id(), row.organizationName(), row.serviceName(), covered,
				covered ? row.clientName() : null, covered ? row.clientBirthDate() : null,
				covered ? row.clientLanguage() : null, covered ? row.clientPhone() : null,
				covered ? row.reason() : null, row.urgency(), shown,
				covered && shown.stream().anyMatch(i -> i.category() == InformationCategory.SUBSTANCE_USE)
						&& decision.part2(),
				row.status(), row.statusReason(), row.appointmentAt(), row.appointmentNote(), row.attended(),
				row.serviceReceived(), row.outcomeNote(), ReferralLifecycle.next(row.status(), ReferralSide.TARGET),
				link.expiresAt());
	}

	private Optional<Link> link(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT id, referral_id, expires_at FROM referral_link
				WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?""")
			.params(SecretTokens.sha256(token), Timestamp.from(this.clock.instant()))
			.query((rs, n) -> new Link(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
					rs.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	private static String actor(UUID linkId) {
		return "provider-link:" + linkId;
	}

	private record Link(UUID id, UUID referralId, Instant expiresAt) {
	}

}
