package org.casework.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.identity.CurrentUser;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramManagement;
import org.casework.shared.InvalidInputException;
import org.casework.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each program waits for a provider's answer to a referral before a follow-up:
 * the agency's default until a program admin sets the program's own.
 */
@Service
public class ReferralSettings {

	/** A program's setting. */
	public record ProgramSetting(UUID programId, int noAnswerBusinessDays, boolean programOwn, long version) {
	}

	private final JdbcClient jdbc;

	private final ProgramManagement programs;

	private final UserContext users;

	private final AuditLog audit;

	private final ReferralProperties properties;

	private final Clock clock;

	ReferralSettings(JdbcClient jdbc, ProgramManagement programs, UserContext users, AuditLog audit,
			ReferralProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.users = users;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public int noAnswerBusinessDays(UUID programId) {
		return this.jdbc.sql("SELECT no_answer_business_days FROM referral_program_setting WHERE program_id = ?")
			.param(programId)
			.query(Integer.class)
			.optional()
			.orElse(this.properties.noAnswerBusinessDays());
	}

	@Transactional(readOnly = true)
	public ProgramSetting of(UUID programId) {
		this.programs.get(programId);
		return this.jdbc
			.sql("SELECT no_answer_business_days, version FROM referral_program_setting WHERE program_id = ?")
			.param(programId)
			.query((rs, n) -> new ProgramSetting(programId, rs.getInt(1), true, rs.getLong(2)))
			.optional()
			.orElse(new ProgramSetting(programId, this.properties.noAnswerBusinessDays(), false, 0));
	}

	/** Sets a program's waiting days (program admins), 1 to 30 business days. */
	@Transactional
	public ProgramSetting change(UUID programId, long expectedVersion, Integer days) {
		CurrentUser me = this.users.current();
		if (!me.has(Role.PROGRAM_ADMIN)) {
			throw new AccessDeniedException("Only a program admin sets how long referrals wait for an answer");
		}
		ProgramSetting current = of(programId);
		if (current.version() != expectedVersion) {
			throw StaleVersionException.stale("Referral setting");
		}
		if (days == null || days < 1 || days > 30) {
			throw new InvalidInputException("noAnswerBusinessDays", "must be between 1 and 30 business days");
		}
		this.jdbc.sql("""
				INSERT INTO referral_program_setting (program_id, no_answer_business_days, updated_by, updated_at)
				VALUES (?, ?, ?, ?)
				ON CONFLICT (program_id) DO UPDATE SET no_answer_business_days = EXCLUDED.no_answer_business_days,
				    version = referral_program_setting.version + 1, updated_by = EXCLUDED.updated_by,
				    updated_at = EXCLUDED.updated_at""")
			.params(programId, days, me.id(), Timestamp.from(Instant.now(this.clock)))
			.update();
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "ReferralSetting", programId)
			.withDetail("no answer after " + days + " business days"));
		return of(programId);
	}

}
