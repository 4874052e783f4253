package org.casework.closure.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.closure.OutreachMethod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outreach attempts logged on cases; never changed, never deleted. */
@Repository
public class OutreachAttempts {

	private final JdbcClient jdbc;

	OutreachAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An attempt as it was logged. */
	public record Row(UUID id, LocalDate attemptedOn, OutreachMethod method, String outcome, UUID recordedBy,
			Instant recordedAt) {
	}

	public void insert(UUID id, UUID caseId, LocalDate on, OutreachMethod method, String outcome, UUID by, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO closure_outreach_attempt (id, case_id, attempted_on, method, outcome, recorded_by, recorded_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, caseId, on, method.name(), outcome, by, Timestamp.from(at))
			.update();
	}

	/** The attempts of a case, the earliest first. */
	public List<Row> ofCase(UUID caseId) {
		return this.jdbc.sql("""
				SELECT id, attempted_on, method, outcome, recorded_by, recorded_at FROM closure_outreach_attempt
				WHERE case_id = ? ORDER BY attempted_on, recorded_at""")
			.param(caseId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("attempted_on", LocalDate.class),
					OutreachMethod.valueOf(rs.getString("method")), rs.getString("outcome"),
					rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

}
