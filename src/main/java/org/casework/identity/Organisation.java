package org.casework.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.shared.InvalidInputException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agencies and their teams: plain reference data kept by a system admin. */
@Service
public class Organisation {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Organisation(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<AgencySummary> agencies() {
		return this.jdbc.sql("SELECT id, name FROM agency ORDER BY name").query(AgencySummary.class).list();
	}

	@Transactional(readOnly = true)
	public List<TeamSummary> teams() {
		return this.jdbc.sql("""
				SELECT t.id, t.name, t.agency_id, a.name AS agency_name
				FROM team t JOIN agency a ON a.id = t.agency_id ORDER BY a.name, t.name""")
			.query(TeamSummary.class)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<TeamSummary> team(UUID id) {
		return teams().stream().filter(t -> t.id().equals(id)).findFirst();
	}

	@Transactional
	public AgencySummary createAgency(String name) {
		String clean = required("name", name, 200);
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("INSERT INTO agency (id, name) VALUES (?, ?)").params(id, clean).update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("name", "an agency with this name exists already");
		}
		this.audit.record(AuditEntry.of(AuditAction.USER_UPDATE, "Agency", id).withDetail("agency created"));
		return new AgencySummary(id, clean);
	}

	@Transactional
	public TeamSummary createTeam(UUID agencyId, String name) {
		String clean = required("name", name, 200);
		AgencySummary agency = agencies().stream()
			.filter(a -> a.id().equals(agencyId))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("agencyId", "no such agency"));
		UUID id = UUID.randomUUID();
		try {
			this.jdbc.sql("INSERT INTO team (id, agency_id, name) VALUES (?, ?, ?)")
				.params(id, agencyId, clean)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("name", "this agency has a team with this name already");
		}
		this.audit.record(AuditEntry.of(AuditAction.USER_UPDATE, "Team", id).withDetail("team created"));
		return new TeamSummary(id, clean, agencyId, agency.name());
	}

	static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "must not be empty");
		}
		if (value.length() > max) {
			throw new InvalidInputException(field, "must be at most " + max + " characters");
		}
		return value.trim();
	}

}
