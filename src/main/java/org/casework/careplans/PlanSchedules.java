package org.casework.careplans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of many cases' plans at once, for the monitoring rules of a scheduled job and
 * a supervisor's review queue: which plan is in force and when its goals were last
 * reviewed, and which plans wait for a supervisor's approval. One read for all the cases
 * given, however many; no caller scope applies (the callers show only case numbers or
 * check the scope themselves).
 */
@Service
public class PlanSchedules {

	private final JdbcClient jdbc;

	PlanSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The plan in force of a case: the day it was agreed and the day its goals were last
	 * reviewed (progress recorded on a goal), or the agreement day when none was.
	 */
	public record PlanInForce(UUID caseId, UUID planId, int number, LocalDate agreedOn, LocalDate lastGoalReviewOn,
			LocalDate reviewDate) {
	}

	/** A plan version a worker submitted and a supervisor has not approved yet. */
	public record AwaitingApproval(UUID caseId, UUID planId, int number, Instant submittedAt) {
	}

	/** The plan in force of each case that has one. */
	@Transactional(readOnly = true)
	public Map<UUID, PlanInForce> inForce(Collection<UUID> caseIds) {
		Map<UUID, PlanInForce> plans = new HashMap<>();
		if (caseIds.isEmpty()) {
			return plans;
		}
		this.jdbc.sql("""
				SELECT p.id, p.case_id, p.number, p.agreed_at, p.review_date,
				       (SELECT max(g.recorded_at) FROM care_plan_progress g WHERE g.care_plan = p.id) AS reviewed_at
				FROM care_plan p WHERE p.status = 'AGREED' AND p.case_id = ANY(CAST(? AS uuid[]))""")
			.param(ids(caseIds))
			.query((rs, n) -> {
				LocalDate agreed = day(rs.getTimestamp("agreed_at").toInstant());
				LocalDate reviewed = rs.getTimestamp("reviewed_at") == null ? agreed
						: day(rs.getTimestamp("reviewed_at").toInstant());
				UUID caseId = rs.getObject("case_id", UUID.class);
				return plans.put(caseId,
						new PlanInForce(caseId, rs.getObject("id", UUID.class), rs.getInt("number"), agreed,
								reviewed.isBefore(agreed) ? agreed : reviewed,
								rs.getObject("review_date", LocalDate.class)));
			})
			.list();
		return plans;
	}

	/** The plans of these cases that wait for a supervisor's approval, oldest first. */
	@Transactional(readOnly = true)
	public List<AwaitingApproval> awaitingApproval(Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT case_id, id, number, updated_at FROM care_plan
				WHERE status = 'PENDING_APPROVAL' AND case_id = ANY(CAST(? AS uuid[])) ORDER BY updated_at""")
			.param(ids(caseIds))
			.query((rs, n) -> new AwaitingApproval(rs.getObject("case_id", UUID.class), rs.getObject("id", UUID.class),
					rs.getInt("number"), rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	private static String[] ids(Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

}
