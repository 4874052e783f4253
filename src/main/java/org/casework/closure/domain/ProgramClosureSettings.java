package org.casework.closure.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.casework.closure.ClosureSettings;
import org.casework.closure.ClosureSettingsChange;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The programs' rules for closures, kept by the closure module (programs do not know
 * about closures). A program without a row uses the defaults.
 */
@Repository
public class ProgramClosureSettings {

	private final JdbcClient jdbc;

	ProgramClosureSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ClosureSettings of(UUID programId) {
		return find(programId).orElseGet(() -> ClosureSettings.defaults(programId));
	}

	private Optional<ClosureSettings> find(UUID programId) {
		return this.jdbc
			.sql("""
					SELECT program_id, require_supervisor_approval, notice_days, outreach_attempts, reopen_window_days, version
					FROM closure_settings WHERE program_id = ?""")
			.param(programId)
			.query((rs, n) -> new ClosureSettings(rs.getObject("program_id", UUID.class),
					rs.getBoolean("require_supervisor_approval"), rs.getInt("notice_days"),
					rs.getInt("outreach_attempts"), rs.getInt("reopen_window_days"), rs.getLong("version")))
			.optional();
	}

	/**
	 * Sets a program's rules, when nobody changed them since the caller read them.
	 * @throws InvalidInputException naming each number out of its range
	 * @throws StaleVersionException when someone did
	 */
	public ClosureSettings change(UUID programId, long expectedVersion, ClosureSettingsChange change, UUID by,
			Instant at) {
		ClosureSettingsChange c = change == null ? new ClosureSettingsChange(null, null, null, null) : change;
		java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
		int notice = range(c.noticeDays(), ClosureSettings.DEFAULT_NOTICE_DAYS, 0, 180, "noticeDays", problems);
		int attempts = range(c.outreachAttempts(), ClosureSettings.DEFAULT_OUTREACH_ATTEMPTS, 1, 20, "outreachAttempts",
				problems);
		int window = range(c.reopenWindowDays(), ClosureSettings.DEFAULT_REOPEN_WINDOW_DAYS, 0, 730, "reopenWindowDays",
				problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean approval = c.requireSupervisorApproval() == null || c.requireSupervisorApproval();
		long current = find(programId).map(ClosureSettings::version).orElse(0L);
		if (current != expectedVersion) {
			throw StaleVersionException.stale("closure settings");
		}
		int n = this.jdbc.sql("""
				INSERT INTO closure_settings (program_id, version, require_supervisor_approval, notice_days,
				    outreach_attempts, reopen_window_days, updated_by, updated_at)
				VALUES (:program, 1, :approval, :notice, :attempts, :window, :by, :at)
				ON CONFLICT (program_id) DO UPDATE SET version = closure_settings.version + 1,
				    require_supervisor_approval = :approval, notice_days = :notice, outreach_attempts = :attempts,
				    reopen_window_days = :window, updated_by = :by, updated_at = :at
				WHERE closure_settings.version = :version""")
			.param("program", programId)
			.param("approval", approval)
			.param("notice", notice)
			.param("attempts", attempts)
			.param("window", window)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("version", expectedVersion)
			.update();
		if (n != 1) {
			throw StaleVersionException.stale("closure settings");
		}
		return of(programId);
	}

	private static int range(Integer value, int fallback, int min, int max, String field,
			java.util.List<FieldProblem> problems) {
		int v = value == null ? fallback : value;
		if (v < min || v > max) {
			problems.add(new FieldProblem(field, "must be between " + min + " and " + max));
		}
		return v;
	}

}
