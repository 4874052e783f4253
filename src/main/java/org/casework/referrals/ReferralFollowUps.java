package org.casework.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.casework.identity.IdentityManagement;
import org.casework.identity.UserContext;
import org.casework.referrals.domain.BusinessDays;
import org.casework.referrals.domain.ReferralRow;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Wording;
import org.casework.shared.Words;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing the loop: a follow-up is raised when a referral stalls — the provider has not
 * answered after the program's business days, an appointment passed without an attendance
 * recorded, or the provider rejected it (find another service). Each occurrence raises
 * one follow-up, never two, and it resolves itself when the condition ends; a worker may
 * also mark it done or dismiss it with a reason.
 */
@Service
public class ReferralFollowUps {

	private final JdbcClient jdbc;

	private final ReferralSettings settings;

	private final UserContext users;

	private final IdentityManagement identity;

	private final ReferralProperties properties;

	private final Clock clock;

	private final Words words;

	ReferralFollowUps(JdbcClient jdbc, ReferralSettings settings, UserContext users, IdentityManagement identity,
			ReferralProperties properties, Clock clock, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.settings = settings;
		this.users = users;
		this.identity = identity;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Runs the rules now and then (every 15 minutes unless configured otherwise), on one
	 * node of a cluster at a time.
	 */
	@Scheduled(fixedDelayString = "${casework.referrals.follow-up-interval:PT15M}",
			initialDelayString = "${casework.referrals.follow-up-initial-delay:PT1M}")
	@SchedulerLock(name = "referral-follow-ups", lockAtMostFor = "PT10M")
	public void scheduled() {
		evaluate(this.clock.instant());
	}

	/**
	 * Raises the follow-ups due at {@code now}: a referral requested with no answer after
	 * the program's business days, an appointment passed with no attendance. Running it
	 * twice raises nothing new.
	 * @return how many follow-ups were raised
	 */
	@Transactional
	public int evaluate(Instant now) {
		ZoneId zone = this.properties.timeZone();
		LocalDate today = LocalDate.ofInstant(now, zone);
		int raised = 0;
		List<ReferralRow> waiting = this.jdbc
			.sql("SELECT * FROM referral WHERE status = 'requested' AND requested_at < ? ORDER BY requested_at")
			.param(Timestamp.from(now.minus(java.time.Duration.ofDays(1))))
			.query(ReferralRow::map)
			.list();
		for (ReferralRow r : waiting) {
			int days = this.settings.noAnswerBusinessDays(r.programId());
			LocalDate lastDay = BusinessDays.after(LocalDate.ofInstant(r.requestedAt(), zone), days);
			if (today.isAfter(lastDay)) {
				raised += raise(r, FollowUpKind.NO_ANSWER, "no-answer:" + r.id(), today, now);
			}
		}
		List<ReferralRow> passed = this.jdbc.sql("""
				SELECT * FROM referral WHERE appointment_at < ? AND attended IS NULL
				AND status IN ('requested', 'accepted', 'in-progress', 'on-hold') ORDER BY appointment_at""")
			.param(Timestamp.from(now))
			.query(ReferralRow::map)
			.list();
		for (ReferralRow r : passed) {
			raised += raise(r, FollowUpKind.APPOINTMENT_PASSED,
					"appointment:" + r.id() + ":" + r.appointmentAt().getEpochSecond(), today, now);
		}
		return raised;
	}

	/** A follow-up still open, as the work queue mirrors it. */
	public record OpenFollowUp(UUID id, UUID referralId, UUID caseId, FollowUpKind kind, LocalDate dueOn,
			Wording wording) {
	}

	/**
	 * Every open follow-up, for the work queue's rules (a scheduled job: no caller
	 * scope). One read, however many there are.
	 */
	@Transactional(readOnly = true)
	public List<OpenFollowUp> open() {
		return this.jdbc.sql("""
				SELECT f.id AS follow_up_id, f.kind AS follow_up_kind, f.due_on AS follow_up_due_on, r.*
				FROM referral_follow_up f JOIN referral r ON r.id = f.referral_id WHERE f.status = 'OPEN'""")
			.query((rs, n) -> {
				ReferralRow r = ReferralRow.map(rs, n);
				FollowUpKind kind = FollowUpKind.valueOf(rs.getString("follow_up_kind"));
				return new OpenFollowUp(rs.getObject("follow_up_id", UUID.class), r.id(), r.caseId(), kind,
						rs.getObject("follow_up_due_on", LocalDate.class), wording(kind, r));
			})
			.list();
	}

	/** The follow-ups of a referral, newest first. */
	@Transactional(readOnly = true)
	public List<FollowUpView> ofReferral(UUID referralId) {
		List<Row> rows = this.jdbc
			.sql("SELECT * FROM referral_follow_up WHERE referral_id = ? ORDER BY created_at DESC")
			.param(referralId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
					rs.getObject("case_id", UUID.class), FollowUpKind.valueOf(rs.getString("kind")),
					rs.getObject("due_on", LocalDate.class), rs.getString("status"),
					rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
					rs.getObject("closed_by", UUID.class), rs.getString("closed_note")))
			.list();
		Map<UUID, String> names = this.identity
			.displayNames(rows.stream().map(Row::closedBy).filter(Objects::nonNull).toList());
		if (rows.isEmpty()) {
			return List.of();
		}
		ReferralRow referral = this.jdbc.sql("SELECT * FROM referral WHERE id = ?")
			.param(referralId)
			.query(ReferralRow::map)
			.single();
		return rows.stream().map(r -> {
			Wording wording = wording(r.kind(), referral);
			return new FollowUpView(r.id(), r.referralId(), r.caseId(), r.kind(), this.words.english(wording), wording,
					r.dueOn(), r.status(), r.createdAt(), r.closedAt(),
					r.closedBy() == null ? null : names.get(r.closedBy()), r.closedNote());
		}).toList();
	}

	/**
	 * A worker closes a follow-up: done (what they did, optional) or dismissed (why,
	 * required). The caller has checked the referral is in scope.
	 */
	@Transactional
	public void close(UUID referralId, UUID followUpId, boolean dismiss, String note) {
		if (dismiss && (note == null || note.isBlank())) {
			throw new InvalidInputException("note", "is required to dismiss a follow-up: say why");
		}
		if (note != null && note.length() > Referrals.MAX_TEXT) {
			throw new InvalidInputException("note", "must be at most " + Referrals.MAX_TEXT + " characters");
		}
		String status = this.jdbc.sql("SELECT status FROM referral_follow_up WHERE id = ? AND referral_id = ?")
			.params(followUpId, referralId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Follow-up"));
		if (!"OPEN".equals(status)) {
			throw new DomainRuleException("The follow-up is already " + status.toLowerCase(Locale.ROOT));
		}
		this.jdbc.sql("""
				UPDATE referral_follow_up SET status = ?, closed_at = ?, closed_by = ?, closed_note = ?
				WHERE id = ? AND status = 'OPEN'""")
			.params(dismiss ? "DISMISSED" : "DONE", Timestamp.from(this.clock.instant()), this.users.current().id(),
					note == null || note.isBlank() ? null : note.strip(), followUpId)
			.update();
	}

	// the referral's changes that raise or resolve follow-ups

	void statusChanged(ReferralRow row, ReferralStatus to, String reason, Instant now) {
		if (row.status() == ReferralStatus.REQUESTED) {
			resolve(row.id(), FollowUpKind.NO_ANSWER, now, "The provider answered: " + to.code());
		}
		if (to == ReferralStatus.REJECTED) {
			raise(row, FollowUpKind.REJECTED, "rejected:" + row.id(),
					LocalDate.ofInstant(now, this.properties.timeZone()), now);
		}
		else if (to.isFinal()) {
			resolve(row.id(), null, now, "The referral is " + to.code());
		}
	}

	void attendanceRecorded(UUID referralId, Instant now) {
		resolve(referralId, FollowUpKind.APPOINTMENT_PASSED, now, "Attendance recorded");
	}

	/**
	 * A new referral was made from the case: a rejected referral of the case (for the
	 * same plan step, or for none) found its replacement.
	 */
	void anotherServiceFound(UUID caseId, UUID stepId, Instant now) {
		this.jdbc
			.sql("""
					UPDATE referral_follow_up f SET status = 'RESOLVED', closed_at = ?, closed_note = 'Another service found'
					FROM referral r
					WHERE f.referral_id = r.id AND f.case_id = ? AND f.kind = 'REJECTED' AND f.status = 'OPEN'
					  AND (r.plan_step_id IS NULL OR r.plan_step_id = ?)""")
			.params(Timestamp.from(now), caseId, stepId)
			.update();
	}

	private int raise(ReferralRow r, FollowUpKind kind, String key, LocalDate due, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO referral_follow_up (id, referral_id, case_id, kind, rule_key, due_on, status, created_at)
				VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?)
				ON CONFLICT (rule_key) DO NOTHING""")
			.params(UUID.randomUUID(), r.id(), r.caseId(), kind.name(), key, due, Timestamp.from(now))
			.update();
	}

	private void resolve(UUID referralId, FollowUpKind kind, Instant now, String note) {
		this.jdbc.sql("""
				UPDATE referral_follow_up SET status = 'RESOLVED', closed_at = ?, closed_note = ?
				WHERE referral_id = ? AND status = 'OPEN' AND (CAST(? AS text) IS NULL OR kind = ?)""")
			.params(Timestamp.from(now), note, referralId, kind == null ? null : kind.name(),
					kind == null ? null : kind.name())
			.update();
	}

	/**
	 * What to do about a stalled referral, in words each reader sees in their language.
	 */
	private Wording wording(FollowUpKind kind, ReferralRow r) {
		return switch (kind) {
			case NO_ANSWER -> Wording.of("referrals.followUp.title.NO_ANSWER", r.organizationName(),
					this.settings.noAnswerBusinessDays(r.programId()));
			case APPOINTMENT_PASSED -> Wording.of("referrals.followUp.title.APPOINTMENT_PASSED",
					LocalDate.ofInstant(r.appointmentAt(), this.properties.timeZone()), r.clientName());
			case REJECTED -> r.statusReason() == null
					? Wording.of("referrals.followUp.title.REJECTED", r.organizationName())
					: Wording.of("referrals.followUp.title.REJECTED_BECAUSE", r.organizationName(), r.statusReason());
		};
	}

	private record Row(UUID id, UUID referralId, UUID caseId, FollowUpKind kind, LocalDate dueOn, String status,
			Instant createdAt, Instant closedAt, UUID closedBy, String closedNote) {
	}

}
