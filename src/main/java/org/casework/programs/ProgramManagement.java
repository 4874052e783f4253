package org.casework.programs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.identity.CurrentUser;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.programs.domain.EligibilityEvaluator;
import org.casework.programs.domain.Program;
import org.casework.programs.domain.Programs;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.StaleVersionException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programs of the caller's agency: everyone signed in reads them (workers screen
 * clients against them); program admins define, revise, retire and reactivate them.
 * Eligibility is evaluated here, so every module screens with the same rules.
 */
@Service
public class ProgramManagement {

	private static final String SUBJECT = "Program";

	private final Programs programs;

	private final PovertyGuidelines guidelines;

	private final UserContext users;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	ProgramManagement(Programs programs, PovertyGuidelines guidelines, UserContext users, AuditLog audit,
			JdbcClient jdbc, Clock clock) {
		this.programs = programs;
		this.guidelines = guidelines;
		this.users = users;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The agency's programs, active first, then by name. */
	@Transactional(readOnly = true)
	public List<ProgramView> list(boolean includeRetired) {
		UUID agency = this.users.current().agencyId();
		if (agency == null) {
			return List.of();
		}
		return this.programs.findByAgencyIdOrderByName(agency)
			.stream()
			.map(Program::view)
			.filter(p -> includeRetired || p.active())
			.sorted((a, b) -> Boolean.compare(b.active(), a.active()))
			.toList();
	}

	/** A program of the caller's agency; another agency's program does not exist. */
	@Transactional(readOnly = true)
	public Optional<ProgramView> find(UUID id) {
		return load(id).map(Program::view);
	}

	/**
	 * The intensity levels of every program of every agency, by program, for the rules of
	 * a scheduled job that has no caller (cadences are not client data).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<IntensityLevel>> intensityLevels() {
		Map<UUID, List<IntensityLevel>> levels = new HashMap<>();
		for (Program p : this.programs.findAll()) {
			levels.put(p.id(), p.view().intensityLevels());
		}
		return levels;
	}

	/**
	 * The names of programs of the caller's agency, in one query, for lists that name
	 * many (a caseload); another agency's program, or an unknown id, is left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> names(Collection<UUID> ids) {
		UUID agency = this.users.current().agencyId();
		if (agency == null || ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT id, name FROM program WHERE agency_id = ? AND id = ANY(CAST(? AS uuid[]))")
			.params(agency, ids.stream().distinct().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Transactional(readOnly = true)
	public ProgramView get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException(SUBJECT));
	}

	@Transactional
	public ProgramView create(ProgramInput input) {
		CurrentUser me = admin();
		Instant now = Instant.now(this.clock);
		Program program = Program.define(me.agencyId(), input, me.id(), now);
		requireUniqueName(me.agencyId(), program.name(), null);
		this.programs.save(program);
		this.audit.record(AuditEntry.of(AuditAction.CREATE, SUBJECT, program.id()).withDetail(program.name()));
		return program.view();
	}

	@Transactional
	public ProgramView revise(UUID id, long version, ProgramInput input) {
		CurrentUser me = admin();
		Program program = current(id, version);
		program.revise(input, me.id(), Instant.now(this.clock));
		requireUniqueName(program.agencyId(), program.name(), id);
		this.programs.save(program);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, SUBJECT, id).withDetail("definition revised"));
		return program.view();
	}

	@Transactional
	public ProgramView retire(UUID id, long version, String reason) {
		CurrentUser me = admin();
		Program program = current(id, version);
		program.retire(reason, me.id(), Instant.now(this.clock));
		this.programs.save(program);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, SUBJECT, id).withDetail("retired: " + reason.trim()));
		return program.view();
	}

	@Transactional
	public ProgramView reactivate(UUID id, long version) {
		CurrentUser me = admin();
		Program program = current(id, version);
		program.reactivate(me.id(), Instant.now(this.clock));
		this.programs.save(program);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, SUBJECT, id).withDetail("reactivated"));
		return program.view();
	}

	/**
	 * Screens answers against a program's rules on a date (the intake's date), with the
	 * poverty guideline in force that year.
	 * @throws InvalidInputException for answers no screening can have (a household of
	 * none, a negative income, a birth date after the screening)
	 */
	@Transactional(readOnly = true)
	public Eligibility evaluate(UUID programId, ScreeningAnswers answers, LocalDate on) {
		ProgramView program = get(programId);
		ScreeningChecks.check(answers, on);
		return new EligibilityEvaluator(this.guidelines::inForce).evaluate(program.rules(), answers, on);
	}

	private Program current(UUID id, long version) {
		Program program = load(id).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (program.version() != version) {
			throw StaleVersionException.stale("program");
		}
		return program;
	}

	private Optional<Program> load(UUID id) {
		UUID agency = this.users.current().agencyId();
		return this.programs.findById(id).filter(p -> p.agencyId().equals(agency));
	}

	private CurrentUser admin() {
		CurrentUser me = this.users.current();
		if (!me.has(Role.PROGRAM_ADMIN) || me.agencyId() == null) {
			throw new AccessDeniedException("Only a program admin of an agency defines its programs");
		}
		return me;
	}

	private void requireUniqueName(UUID agency, String name, UUID except) {
		boolean taken = this.jdbc.sql(
				"SELECT count(*) > 0 FROM program WHERE agency_id = ? AND lower(name) = lower(?) AND id IS DISTINCT FROM ?")
			.params(agency, name, except)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new InvalidInputException("name", "another program of the agency has this name");
		}
	}

}
