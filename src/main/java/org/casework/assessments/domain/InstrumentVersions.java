package org.casework.assessments.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casework.assessments.InstrumentVersionInfo;
import org.casework.assessments.VersionOrigin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored versions of instruments: documents that are only ever added (the database
 * refuses to change or delete one), so they are written and read as rows, not as part of
 * an aggregate that would be rewritten whole.
 */
@Repository
public class InstrumentVersions {

	private final JdbcClient jdbc;

	InstrumentVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void append(String code, int version, String title, String questionnaire, VersionOrigin origin,
			UUID uploadedBy, String uploadedByUsername, Instant at) {
		this.jdbc.sql("""
				INSERT INTO instrument_version (code, version, title, questionnaire, origin, uploaded_by,
				    uploaded_by_username, uploaded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(code, version, title, questionnaire, origin.name(), uploadedBy, uploadedByUsername,
					Timestamp.from(at))
			.update();
	}

	public boolean exists(String code, int version) {
		return this.jdbc.sql("SELECT count(*) > 0 FROM instrument_version WHERE code = ? AND version = ?")
			.params(code, version)
			.query(Boolean.class)
			.single();
	}

	/** The Questionnaire JSON of a version. */
	public Optional<String> questionnaire(String code, int version) {
		return this.jdbc.sql("SELECT questionnaire FROM instrument_version WHERE code = ? AND version = ?")
			.params(code, version)
			.query(String.class)
			.optional();
	}

	/** The versions of an instrument, the latest first. */
	public List<InstrumentVersionInfo> of(String code) {
		return this.jdbc.sql("""
				SELECT code, version, title, origin, uploaded_by_username, uploaded_at
				FROM instrument_version WHERE code = ? ORDER BY version DESC""")
			.param(code)
			.query((rs, row) -> new InstrumentVersionInfo(rs.getString("code"), rs.getInt("version"),
					rs.getString("title"), VersionOrigin.valueOf(rs.getString("origin")),
					rs.getString("uploaded_by_username"), rs.getTimestamp("uploaded_at").toInstant()))
			.list();
	}

}
