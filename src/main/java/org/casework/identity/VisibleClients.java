package org.casework.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Which clients the caller may see, as a condition that list and search queries add to
 * their own SQL: every client of an agency (agency-wide roles), the clients the caller
 * has an open access grant for (registered, case owner, care team, emergency), and for a
 * supervisor those of every member of their team, or nobody (system admins, auditors).
 * <p>
 * The scope stays in the database: a team's history can hold tens of thousands of
 * clients, and sending their ids back and forth costs more than the query itself.
 *
 * @param agencyId set when the caller sees the whole agency
 * @param userId the caller, when the scope is their grants
 * @param supervisedTeam the caller's team, when they see its members' clients
 * @param at when the grants are evaluated (expired emergency access no longer counts)
 */
public record VisibleClients(UUID agencyId, UUID userId, UUID supervisedTeam, Instant at) {

	/**
	 * The open grants of the caller, and for a supervisor those of their team's members
	 * (except emergency access, which is personal), as a {@code FROM ... WHERE} clause on
	 * {@code client_access a}.
	 */
	String grants() {
		String sql = """
				FROM client_access a
				WHERE a.ended_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > :scopeNow)
				  AND\s""";
		if (this.supervisedTeam == null) {
			return sql + "a.user_id = :scopeUser";
		}
		return sql + """
				(a.user_id = :scopeUser OR (a.basis <> 'EMERGENCY'
				     AND a.user_id IN (SELECT u.id FROM app_user u WHERE u.team_id = :scopeTeam)))""";
	}

	public static VisibleClients nobody() {
		return new VisibleClients(null, null, null, null);
	}

	public static VisibleClients agency(UUID agencyId) {
		return new VisibleClients(agencyId, null, null, null);
	}

	static VisibleClients grants(UUID userId, UUID supervisedTeam, Instant at) {
		return new VisibleClients(null, userId, supervisedTeam, at);
	}

	public boolean agencyWide() {
		return this.agencyId != null;
	}

	/** True when the caller sees no client at all. */
	public boolean none() {
		return this.agencyId == null && this.userId == null;
	}

	/**
	 * The condition for a query over many clients (a list): a semi-join the planner can
	 * hash.
	 * @param alias the alias of the {@code client} table in the query
	 */
	public String condition(String alias) {
		return condition(alias + ".id", alias + ".agency_id");
	}

	/**
	 * The same condition for another module's table that carries the client's id and
	 * agency (an intake, a case).
	 */
	public String condition(String clientIdColumn, String agencyIdColumn) {
		if (agencyWide()) {
			return agencyIdColumn + " = :scopeAgency";
		}
		if (none()) {
			return "false";
		}
		return clientIdColumn + " IN (SELECT a.client_id " + grants() + ")";
	}

	/**
	 * The condition for a query whose other conditions already narrow the clients to a
	 * few hundred (a search on indexed names). A supervisor's candidates are each probed
	 * on the grants' client index instead of reading every grant of the team
	 * ({@code OFFSET 0} keeps the planner from turning the probe into a join); a worker's
	 * own grants are few, and read first.
	 * @param alias the alias of the {@code client} table in the query
	 */
	public String probe(String alias) {
		if (this.supervisedTeam == null) {
			return condition(alias);
		}
		return "EXISTS (SELECT 1 " + grants() + " AND a.client_id = " + alias + ".id OFFSET 0)";
	}

	/** The parameters that {@link #condition} and {@link #probe} refer to. */
	public Map<String, Object> parameters() {
		if (agencyWide()) {
			return Map.of("scopeAgency", this.agencyId);
		}
		if (none()) {
			return Map.of();
		}
		return Map.of("scopeNow", Timestamp.from(this.at), "scopeUser", this.userId, "scopeSupervisor",
				this.supervisedTeam != null, "scopeTeam",
				this.supervisedTeam == null ? this.userId : this.supervisedTeam);
	}

}
