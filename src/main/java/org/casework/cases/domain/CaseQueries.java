package org.casework.cases.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casework.cases.CareTeamRole;
import org.casework.cases.CaseFilter;
import org.casework.cases.CaseStatus;
import org.casework.cases.OpenCaseFacts;
import org.casework.identity.VisibleClients;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read models of cases: lists, caseloads, team counts and handoffs. */
@Component
public class CaseQueries {

	private static final String COLUMNS = """
			k.id, k.number, k.client_id, k.program_id, k.owner_id, k.status, k.priority, k.intensity_code,
			k.opened_on, k.intake_id, k.last_activity_at, k.version, k.assessed,
			k.plan_agreed, k.reviewed, k.closure_requested, k.closed_on, k.previous_case_id""";

	/**
	 * Reads {@link #COLUMNS} by name. Written out rather than a
	 * {@code DataClassRowMapper}: that one asks the result set for each camel-case name
	 * first ({@code clientId}), and the driver answers each miss with an exception, seven
	 * per row.
	 */
	private static final RowMapper<CaseRow> CASE_ROW = (rs, n) -> new CaseRow(rs.getObject("id", UUID.class),
			rs.getString("number"), rs.getObject("client_id", UUID.class), rs.getObject("program_id", UUID.class),
			rs.getObject("owner_id", UUID.class), CaseStatus.valueOf(rs.getString("status")),
			Priority.valueOf(rs.getString("priority")), rs.getString("intensity_code"),
			rs.getObject("opened_on", LocalDate.class), rs.getObject("intake_id", UUID.class),
			rs.getTimestamp("last_activity_at").toInstant(), rs.getLong("version"), rs.getBoolean("assessed"),
			rs.getBoolean("plan_agreed"), rs.getBoolean("reviewed"), rs.getBoolean("closure_requested"),
			rs.getObject("closed_on", LocalDate.class), rs.getObject("previous_case_id", UUID.class));

	/**
	 * {@link CaseRow#CASELOAD_ORDER} in SQL: priorities in the order of {@link Priority},
	 * case numbers compared character by character as Java compares them.
	 */
	private static final String CASELOAD_ORDER = Arrays.stream(Priority.values())
		.map(p -> "WHEN '" + p.name() + "' THEN " + p.ordinal())
		.collect(Collectors.joining(" ", "CASE k.priority ", " END, k.last_activity_at, k.number COLLATE \"C\""));

	private final JdbcClient jdbc;

	CaseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Cases in scope, newest first. */
	public Page<CaseRow> search(CaseFilter filter, VisibleClients scope, PageRequest page) {
		if (scope.none()) {
			return new Page<>(List.of(), page.page(), page.size(), 0);
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, scope, params);
		long total = this.jdbc.sql("SELECT count(*) " + where).paramSource(params).query(Long.class).single();
		List<CaseRow> rows = total == 0 ? List.of()
				: this.jdbc
					.sql("SELECT " + COLUMNS + " " + where
							+ " ORDER BY k.opened_at DESC, k.number DESC LIMIT :limit OFFSET :offset")
					.paramSource(params.addValue("limit", page.size()).addValue("offset", page.offset()))
					.query(CASE_ROW)
					.list();
		return new Page<>(rows, page.page(), page.size(), total);
	}

	/**
	 * A page of an owner's open cases in scope that the filter takes, in caseload order
	 * ({@link CaseRow#CASELOAD_ORDER}: the most urgent first, then the longest quiet,
	 * then by number), and how many there are in all.
	 */
	public Page<CaseRow> caseload(UUID ownerId, UUID programId, Priority priority, VisibleClients scope,
			PageRequest page) {
		if (scope.none()) {
			return new Page<>(List.of(), page.page(), page.size(), 0);
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		// the status as a literal, so that the plan can use the index of open cases
		String where = where(new CaseFilter(ownerId, null, programId, priority), scope, params)
				+ " AND k.status = 'OPEN'";
		long[] total = { 0 };
		List<CaseRow> rows = this.jdbc
			.sql("SELECT " + COLUMNS + ", count(*) OVER () AS total " + where + " ORDER BY " + CASELOAD_ORDER
					+ " LIMIT :limit OFFSET :offset")
			.paramSource(params.addValue("limit", page.size()).addValue("offset", page.offset()))
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return CASE_ROW.mapRow(rs, n);
			})
			.list();
		if (rows.isEmpty() && page.offset() > 0) {
			total[0] = this.jdbc.sql("SELECT count(*) " + where).paramSource(params).query(Long.class).single();
		}
		return new Page<>(rows, page.page(), page.size(), total[0]);
	}

	/**
	 * The cases in scope that the filter takes, as a {@code FROM ... WHERE} clause; the
	 * scope condition of {@link VisibleClients} finds the client as {@code c.id} and the
	 * agency as {@code c.agency_id}.
	 */
	private static String where(CaseFilter filter, VisibleClients scope, MapSqlParameterSource params) {
		params.addValues(scope.parameters());
		List<String> where = new ArrayList<>(List.of(scope.condition("c")));
		if (filter.ownerId() != null) {
			where.add("k.owner_id = :owner");
			params.addValue("owner", filter.ownerId());
		}
		if (filter.status() != null) {
			where.add("k.status = :status");
			params.addValue("status", filter.status().name());
		}
		if (filter.programId() != null) {
			where.add("k.program_id = :program");
			params.addValue("program", filter.programId());
		}
		if (filter.priority() != null) {
			where.add("k.priority = :priority");
			params.addValue("priority", filter.priority().name());
		}
		return "FROM client_case k CROSS JOIN LATERAL (SELECT k.client_id AS id, k.agency_id AS agency_id) c WHERE "
				+ String.join(" AND ", where);
	}

	/** One case's row, without its care team and history. */
	public Optional<CaseRow> row(UUID caseId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM client_case k WHERE k.id = ?")
			.param(caseId)
			.query(CASE_ROW)
			.optional();
	}

	/**
	 * One case as its page shows it, read with three plain queries rather than by loading
	 * the {@link Case} aggregate, whose generic mapping costs the page more than its
	 * queries do (the page is the most frequent request on cases).
	 */
	public Optional<CasePage> page(UUID caseId) {
		Optional<CaseRow> row = row(caseId);
		if (row.isEmpty()) {
			return Optional.empty();
		}
		List<TeamMembership> careTeam = this.jdbc.sql("""
				SELECT user_id, role, joined_at, added_by, left_at, left_by, leave_reason FROM case_team_member
				WHERE client_case = ? ORDER BY position""")
			.param(caseId)
			.query((rs, n) -> TeamMembership.read(rs.getObject("user_id", UUID.class),
					CareTeamRole.valueOf(rs.getString("role")), rs.getTimestamp("joined_at").toInstant(),
					rs.getObject("added_by", UUID.class), instant(rs.getTimestamp("left_at")),
					rs.getObject("left_by", UUID.class), rs.getString("leave_reason")))
			.list();
		List<Transfer> transfers = this.jdbc.sql("""
				SELECT from_owner, to_owner, reason, handoff_note, transferred_by, transferred_at FROM case_transfer
				WHERE client_case = ? ORDER BY position""")
			.param(caseId)
			.query((rs, n) -> new Transfer(rs.getObject("from_owner", UUID.class), rs.getObject("to_owner", UUID.class),
					rs.getString("reason"), rs.getString("handoff_note"), rs.getObject("transferred_by", UUID.class),
					rs.getTimestamp("transferred_at").toInstant()))
			.list();
		List<PriorityChange> priorityChanges = this.jdbc.sql("""
				SELECT priority_from, priority_to, intensity_from, intensity_to, reason, changed_by, changed_at
				FROM case_priority_change WHERE client_case = ? ORDER BY position""")
			.param(caseId)
			.query((rs, n) -> new PriorityChange(Priority.valueOf(rs.getString("priority_from")),
					Priority.valueOf(rs.getString("priority_to")), rs.getString("intensity_from"),
					rs.getString("intensity_to"), rs.getString("reason"), rs.getObject("changed_by", UUID.class),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
		List<StatusChange> statusChanges = this.jdbc.sql("""
				SELECT status_to, reason, closed_on, changed_by, changed_at FROM case_status_change
				WHERE client_case = ? ORDER BY position""")
			.param(caseId)
			.query((rs, n) -> new StatusChange(CaseStatus.valueOf(rs.getString("status_to")), rs.getString("reason"),
					rs.getObject("closed_on", LocalDate.class), rs.getObject("changed_by", UUID.class),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
		return Optional.of(new CasePage(row.get(), careTeam, transfers, priorityChanges, statusChanges));
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}

	/** The client's latest closed case in the program, if any. */
	public Optional<UUID> latestClosed(UUID clientId, UUID programId) {
		return this.jdbc.sql("""
				SELECT id FROM client_case WHERE client_id = ? AND program_id = ? AND status = 'CLOSED'
				ORDER BY opened_at DESC LIMIT 1""").params(clientId, programId).query(UUID.class).optional();
	}

	/** A client's cases, newest first. */
	public List<CaseRow> ofClient(UUID clientId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM client_case k WHERE k.client_id = ? ORDER BY k.opened_at DESC")
			.param(clientId)
			.query(CASE_ROW)
			.list();
	}

	/**
	 * Open cases per owner: all, EMERGENCY and URGENT; owners without any are left out.
	 */
	public Map<UUID, OpenCounts> openCounts(Collection<UUID> owners) {
		if (owners.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("""
				SELECT owner_id, count(*) AS open_cases,
				       count(*) FILTER (WHERE priority = 'EMERGENCY') AS emergency,
				       count(*) FILTER (WHERE priority = 'URGENT') AS urgent
				FROM client_case WHERE status = 'OPEN' AND owner_id = ANY(CAST(:owners AS uuid[]))
				GROUP BY owner_id""")
			.param("owners", owners.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getObject("owner_id", UUID.class),
					new OpenCounts(rs.getLong("open_cases"), rs.getLong("emergency"), rs.getLong("urgent"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Cases transferred to a worker since a moment that they still own and that are still
	 * open, the latest transfer first.
	 */
	public List<HandoffRow> handoffsTo(UUID ownerId, Instant since, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				, t.from_owner, t.reason, t.handoff_note, t.transferred_by, t.transferred_at
				FROM case_transfer t JOIN client_case k ON k.id = t.client_case
				WHERE t.to_owner = :owner AND t.transferred_at >= :since AND k.owner_id = :owner AND k.status = 'OPEN'
				  AND t.position = (SELECT max(l.position) FROM case_transfer l WHERE l.client_case = k.id)
				ORDER BY t.transferred_at DESC LIMIT :limit""")
			.param("owner", ownerId)
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query((rs, n) -> new HandoffRow(CASE_ROW.mapRow(rs, n), rs.getObject("from_owner", UUID.class),
					rs.getString("reason"), rs.getString("handoff_note"), rs.getObject("transferred_by", UUID.class),
					rs.getTimestamp("transferred_at").toInstant()))
			.list();
	}

	/**
	 * The open cases, all of them or only those given, in one read (for the monitoring
	 * rules, which evaluate every open case on a schedule).
	 */
	public List<OpenCaseFacts> openCaseFacts(Collection<UUID> only) {
		return openCaseFacts("id", only);
	}

	/** The open cases of these clients. */
	public List<OpenCaseFacts> openCaseFactsOfClients(Collection<UUID> clients) {
		return openCaseFacts("client_id", clients);
	}

	private List<OpenCaseFacts> openCaseFacts(String column, Collection<UUID> only) {
		String sql = """
				SELECT id, number, client_id, program_id, owner_id, priority, intensity_code, opened_on, last_activity_at
				FROM client_case WHERE status = 'OPEN'""";
		JdbcClient.StatementSpec spec = only == null ? this.jdbc.sql(sql)
				: this.jdbc.sql(sql + " AND " + column + " = ANY(CAST(? AS uuid[]))")
					.param(only.stream().map(UUID::toString).toArray(String[]::new));
		return spec
			.query((rs, n) -> new OpenCaseFacts(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("client_id", UUID.class), rs.getObject("program_id", UUID.class),
					rs.getObject("owner_id", UUID.class), Priority.valueOf(rs.getString("priority")),
					rs.getString("intensity_code"), rs.getObject("opened_on", LocalDate.class),
					rs.getTimestamp("last_activity_at").toInstant()))
			.list();
	}

	/**
	 * A case, everyone who was ever on its care team (in the order they joined), its
	 * transfers and its changes of priority, oldest first.
	 */
	public record CasePage(CaseRow row, List<TeamMembership> careTeam, List<Transfer> transfers,
			List<PriorityChange> priorityChanges, List<StatusChange> statusChanges) {
	}

	/** A worker's open cases: all, EMERGENCY and URGENT. */
	public record OpenCounts(long openCases, long emergency, long urgent) {

		public static final OpenCounts NONE = new OpenCounts(0, 0, 0);

	}

	/** A case and the transfer that gave it to its owner. */
	public record HandoffRow(CaseRow row, UUID fromOwner, String reason, String handoffNote, UUID transferredBy,
			Instant transferredAt) {
	}

}
