package org.casework.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.casework.cases.CaseSummary;
import org.casework.cases.CaseTestData;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases of a program with two intensity levels (HIGH: a contact every 7 days, goals
 * reviewed monthly, reassessment every 6 months) and the tasks the rules raise on them.
 */
public final class MonitoringTestData {

	/** The agency's time zone, what "today" means to the work queue. */
	public static final ZoneId ZONE = ZoneId.of("America/New_York");

	private final CaseTestData cases;

	private final JdbcClient jdbc;

	private ProgramView program;

	public MonitoringTestData(ApplicationContext context) {
		this.cases = new CaseTestData(context);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	public CaseTestData cases() {
		return this.cases;
	}

	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/**
	 * A HIGH intensity case of a new client of the worker, opened {@code daysAgo} days
	 * ago, its last activity and its last contact (a signed phone note) {@code quietDays}
	 * days ago (no contact at all when that is not after the opening); returns once the
	 * listeners of the opening have run.
	 */
	public CaseSummary openCase(String worker, String first, String last, Priority priority, int daysAgo,
			int quietDays) {
		if (this.program == null) {
			this.program = this.cases.program("Monitoring");
		}
		UUID client = this.cases.client(worker, first, last);
		CaseSummary c = this.cases.open(worker, client, this.program.id(), priority);
		this.cases.openedOn(c.id(), today().minusDays(daysAgo));
		this.cases.quietFor(c.id(), quietDays);
		if (quietDays < daysAgo) {
			contactAt(c.id(), Instant.now().minus(Duration.ofDays(quietDays)));
		}
		// the listeners of the opening may have read the case before its dates were set
		settled();
		return c;
	}

	/** The statuses of a case's tasks of a kind, oldest first. */
	public List<String> statuses(UUID caseId, TaskKind kind) {
		return this.jdbc.sql("SELECT status FROM task WHERE case_id = ? AND kind = ? ORDER BY created_at, id")
			.params(caseId, kind.name())
			.query(String.class)
			.list();
	}

	/**
	 * Waits (at most ten seconds) until the monitoring listeners have handled every event
	 * published so far (a case opened re-runs its rules after the commit, on another
	 * thread), so that a test's own rule runs are not raced by them.
	 */
	public void settled() {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE completion_date IS NULL AND listener_id LIKE '%RuleTriggers%'
				    AND publication_date > now() - interval '1 minute'""").query(Long.class).single() > 0) {
			if (System.nanoTime() > until) {
				throw new IllegalStateException("The monitoring listeners did not finish within ten seconds");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/** The ids of a case's open tasks of a kind. */
	public List<UUID> open(UUID caseId, TaskKind kind) {
		return this.jdbc.sql("SELECT id FROM task WHERE case_id = ? AND kind = ? AND status = 'OPEN'")
			.params(caseId, kind.name())
			.query(UUID.class)
			.list();
	}

	/** Someone was in touch with the client just now. */
	public void contactNow(UUID caseId) {
		contactAt(caseId, Instant.now());
	}

	/**
	 * A signed note of a phone contact with the case's client at that moment, by its
	 * owner.
	 */
	public void contactAt(UUID caseId, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO contact_note (id, case_id, client_id, type, method, contact_at, author_id, created_at,
					    updated_at, signed_at)
					SELECT ?, c.id, c.client_id, 'CONTACT', 'PHONE', ?, c.owner_id, ?, ?, ? FROM client_case c WHERE c.id = ?""")
			.params(UUID.randomUUID(), Timestamp.from(at), Timestamp.from(at), Timestamp.from(at), Timestamp.from(at),
					caseId)
			.update();
	}

	/** The worker's plan version 1 of the case, in the given status, agreed days ago. */
	public UUID plan(CaseSummary c, String status, int agreedDaysAgo) {
		UUID id = UUID.randomUUID();
		Timestamp agreed = Timestamp.from(Instant.now().minus(Duration.ofDays(agreedDaysAgo)));
		this.jdbc.sql("""
				INSERT INTO care_plan (id, case_id, client_id, number, status, horizon, started_by, started_at,
				                       updated_by, updated_at, agreed_at)
				VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, c.id(), c.clientId(), status, today().plusMonths(6), c.ownerId(), agreed, c.ownerId(), agreed,
					"AGREED".equals(status) ? agreed : null)
			.update();
		return id;
	}

	/** Progress recorded on a goal of the plan just now: the goals were reviewed. */
	public void progressNow(UUID planId, UUID by) {
		this.jdbc.sql("""
				INSERT INTO care_plan_progress (care_plan, position, goal_id, on_date, note, recorded_by, recorded_at)
				VALUES (?, 1, ?, ?, 'Reviewed with the client', ?, ?)""")
			.params(planId, UUID.randomUUID(), today(), by, Timestamp.from(Instant.now()))
			.update();
	}

	/** A completed core assessment of the case just now. */
	public void assessedNow(CaseSummary c) {
		var instrument = this.jdbc.sql("SELECT code, version FROM instrument_version ORDER BY code LIMIT 1")
			.query((rs, n) -> new Object[] { rs.getString("code"), rs.getInt("version") })
			.single();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc
			.sql("""
					INSERT INTO assessment (id, case_id, client_id, instrument_code, instrument_version, core, kind, status,
					                        response, started_by, started_at, updated_by, updated_at, completed_by, completed_at)
					VALUES (?, ?, ?, ?, ?, true, 'INITIAL', 'COMPLETED', '{}', ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), c.id(), c.clientId(), instrument[0], instrument[1], c.ownerId(), now,
					c.ownerId(), now, c.ownerId(), now)
			.update();
	}

	/** A referral of the case with an open follow-up (no answer from the provider). */
	public UUID openFollowUp(CaseSummary c) {
		UUID referral = UUID.randomUUID();
		Timestamp then = Timestamp.from(Instant.now().minus(Duration.ofDays(10)));
		this.jdbc.sql("""
				INSERT INTO referral (id, case_id, client_id, program_id, agency_id, case_number, client_name,
				                      service_id, service_name, organization_name, reason, urgency, status,
				                      created_by, created_at, requested_at, updated_at)
				SELECT ?, ?, ?, ?, agency_id, ?, 'Test Client', ?, 'Food pantry', 'Test Pantry Org', 'Food', 'ROUTINE',
				       'requested', ?, ?, ?, ? FROM app_user WHERE id = ?""")
			.params(referral, c.id(), c.clientId(), c.programId(), c.number(), UUID.randomUUID(), c.ownerId(), then,
					then, then, c.ownerId())
			.update();
		UUID followUp = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO referral_follow_up (id, referral_id, case_id, kind, rule_key, due_on, status, created_at)
				VALUES (?, ?, ?, 'NO_ANSWER', ?, ?, 'OPEN', ?)""")
			.params(followUp, referral, c.id(), "no-answer:" + referral, today(), Timestamp.from(Instant.now()))
			.update();
		return followUp;
	}

	/** The provider answered: the referrals module resolved the follow-up. */
	public void followUpResolved(UUID followUpId) {
		this.jdbc.sql("UPDATE referral_follow_up SET status = 'RESOLVED', closed_at = now() WHERE id = ?")
			.param(followUpId)
			.update();
	}

	/** The plan waiting for approval was returned to the worker. */
	public void planReturned(UUID planId) {
		this.jdbc.sql("UPDATE care_plan SET status = 'DRAFT' WHERE id = ?").param(planId).update();
	}

	/** The client revoked the consent today. */
	public void revoked(UUID consentId) {
		this.jdbc.sql("UPDATE consent SET revoked_on = ?, revocation_received = 'IN_WRITING' WHERE id = ?")
			.params(today(), consentId)
			.update();
	}

}
