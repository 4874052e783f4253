package org.casework.programs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.identity.CurrentUser;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HHS poverty guideline tables, one per year, that income rules read. Shipped with
 * the current year's figures; a program admin enters or corrects a year's table when HHS
 * publishes it. A screening uses the table of its own year, or the latest before it.
 */
@Service
public class PovertyGuidelines {

	private final JdbcClient jdbc;

	private final UserContext users;

	private final AuditLog audit;

	private final Clock clock;

	PovertyGuidelines(JdbcClient jdbc, UserContext users, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every year's table, latest first. */
	@Transactional(readOnly = true)
	public List<PovertyGuideline> all() {
		return this.jdbc.sql("SELECT year FROM poverty_guideline_year ORDER BY year DESC")
			.query(Integer.class)
			.list()
			.stream()
			.map(this::load)
			.flatMap(Optional::stream)
			.toList();
	}

	@Transactional(readOnly = true)
	public PovertyGuideline year(int year) {
		return load(year).orElseThrow(() -> new NotFoundException("Poverty guideline"));
	}

	/** The table in force in a year: its own, or the latest before it. */
	@Transactional(readOnly = true)
	public Optional<PovertyGuideline> inForce(int year) {
		return this.jdbc.sql("SELECT year FROM poverty_guideline_year WHERE year <= ? ORDER BY year DESC LIMIT 1")
			.param(year)
			.query(Integer.class)
			.optional()
			.flatMap(this::load);
	}

	/** Enters or replaces a year's table (program admins). */
	@Transactional
	public PovertyGuideline save(PovertyGuideline table) {
		CurrentUser me = this.users.current();
		if (!me.has(Role.PROGRAM_ADMIN)) {
			throw new AccessDeniedException("Only a program admin enters poverty guidelines");
		}
		check(table);
		this.jdbc.sql("""
				INSERT INTO poverty_guideline_year (year, additional_person, source, updated_by, updated_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (year) DO UPDATE SET additional_person = EXCLUDED.additional_person,
				    source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
			.params(table.year(), table.additionalPerson(), table.source().trim(), me.id(),
					Timestamp.from(Instant.now(this.clock)))
			.update();
		for (int size = 1; size <= PovertyGuideline.TABLE_SIZE; size++) {
			this.jdbc.sql("""
					INSERT INTO poverty_guideline (year, household_size, amount) VALUES (?, ?, ?)
					ON CONFLICT (year, household_size) DO UPDATE SET amount = EXCLUDED.amount""")
				.params(table.year(), size, table.amounts().get(size - 1))
				.update();
		}
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "PovertyGuideline", table.year())
			.withDetail("table for " + table.year() + " saved"));
		return year(table.year());
	}

	private static void check(PovertyGuideline table) {
		List<FieldProblem> problems = new ArrayList<>();
		if (table.year() < 1990 || table.year() > 2100) {
			problems.add(new FieldProblem("year", "must be between 1990 and 2100"));
		}
		if (table.amounts().size() != PovertyGuideline.TABLE_SIZE) {
			problems.add(new FieldProblem("amounts", "must list the amounts for households of 1 to 8 people"));
		}
		else {
			for (int i = 0; i < table.amounts().size(); i++) {
				BigDecimal amount = table.amounts().get(i);
				if (amount == null || amount.signum() <= 0) {
					problems.add(new FieldProblem("amounts[" + i + "]", "must be a positive amount"));
				}
				else if (i > 0 && table.amounts().get(i - 1) != null
						&& amount.compareTo(table.amounts().get(i - 1)) <= 0) {
					problems.add(new FieldProblem("amounts[" + i + "]", "must be more than for a household of " + i));
				}
			}
		}
		if (table.additionalPerson() == null || table.additionalPerson().signum() < 0) {
			problems.add(new FieldProblem("additionalPerson", "must not be negative"));
		}
		if (table.source() == null || table.source().isBlank() || table.source().length() > 300) {
			problems.add(new FieldProblem("source", "must name where the figures come from (at most 300 characters)"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private Optional<PovertyGuideline> load(int year) {
		return this.jdbc.sql("SELECT additional_person, source FROM poverty_guideline_year WHERE year = ?")
			.param(year)
			.query((rs, n) -> new Object[] { rs.getBigDecimal(1), rs.getString(2) })
			.optional()
			.map(head -> new PovertyGuideline(year,
					this.jdbc.sql("SELECT amount FROM poverty_guideline WHERE year = ? ORDER BY household_size")
						.param(year)
						.query(BigDecimal.class)
						.list(),
					(BigDecimal) head[0], (String) head[1]));
	}

}
