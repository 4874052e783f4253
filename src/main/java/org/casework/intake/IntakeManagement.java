package org.casework.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.cases.CaseManagement;
import org.casework.cases.CaseSummary;
import org.casework.cases.OpenCase;
import org.casework.clients.ClientCrisis;
import org.casework.clients.ClientRegistry;
import org.casework.clients.ClientSummary;
import org.casework.identity.AccessBasis;
import org.casework.identity.ClientAccess;
import org.casework.identity.CurrentUser;
import org.casework.identity.IdentityManagement;
import org.casework.identity.UserContext;
import org.casework.identity.UserSummary;
import org.casework.identity.VisibleClients;
import org.casework.intake.domain.Intake;
import org.casework.intake.domain.Intakes;
import org.casework.programs.Eligibility;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.programs.ScreeningAnswers;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;
import org.casework.shared.StaleVersionException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intakes: start one for a client and a program, fill in the five sections in any order
 * (each save is checked and kept as a draft), see what is missing, and decide. Every read
 * and change of an intake is a read or change of the client's data: the scope service
 * decides and audits it, and an intake outside the caller's scope does not exist.
 */
@Service
public class IntakeManagement {

	private static final String SUBJECT = "Intake";

	private final Intakes intakes;

	private final ProgramManagement programs;

	private final ClientRegistry clients;

	private final ClientCrisis crisis;

	private final ClientAccess access;

	private final CaseManagement cases;

	private final UserContext users;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	IntakeManagement(Intakes intakes, ProgramManagement programs, ClientRegistry clients, ClientCrisis crisis,
			ClientAccess access, CaseManagement cases, UserContext users, IdentityManagement identity,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.intakes = intakes;
		this.programs = programs;
		this.clients = clients;
		this.crisis = crisis;
		this.access = access;
		this.cases = cases;
		this.users = users;
		this.identity = identity;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Starts an intake. The client may be outside the caller's scope (found through the
	 * duplicate check): starting puts them in it, with the intake as the recorded basis.
	 * @throws NotFoundException for an unknown client or program
	 * @throws DomainRuleException for a retired program
	 */
	@Transactional
	public IntakeView start(StartIntake command) {
		CurrentUser me = this.users.current();
		List<FieldProblem> problems = new ArrayList<>();
		if (command.clientId() == null) {
			problems.add(new FieldProblem("clientId", "must name the client"));
		}
		if (command.programId() == null) {
			problems.add(new FieldProblem("programId", "must name the program"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!me.worksWithClients() || !this.clients.existsInAgency(command.clientId(), me.agencyId())) {
			throw new NotFoundException("Client");
		}
		ProgramView program = this.programs.get(command.programId());
		if (!program.active()) {
			throw new DomainRuleException("the program is retired and takes no new intakes");
		}
		this.access.grant(command.clientId(), me.id(), AccessBasis.INTAKE);
		Intake intake = Intake.start(me.agencyId(), command.clientId(), program.id(), me.id(),
				command.presentingIssue(), now());
		this.access.write(command.clientId(), AuditAction.CREATE, SUBJECT, intake.id(), "intake for " + program.name());
		this.intakes.save(intake);
		return view(intake, program);
	}

	@Transactional
	public IntakeView get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException(SUBJECT));
	}

	/**
	 * An intake in the caller's scope, recorded as read; empty when unknown or out of
	 * scope.
	 */
	@Transactional
	public Optional<IntakeView> find(UUID id) {
		Optional<Intake> intake = this.intakes.findById(id).filter(i -> this.access.canSee(i.clientId()));
		intake.ifPresent(i -> this.access.read(i.clientId(), SUBJECT, id));
		return intake.map(i -> view(i, this.programs.get(i.programId())));
	}

	/** The intakes of clients in the caller's scope, most recently changed first. */
	@Transactional
	public Page<IntakeSummary> list(IntakeStatus status, UUID clientId, PageRequest page) {
		VisibleClients visible = this.access.visibleClients();
		if (visible.none()) {
			return new Page<>(List.of(), page.page(), page.size(), 0);
		}
		String where = " WHERE " + visible.condition("i.client_id", "i.agency_id")
				+ (status == null ? "" : " AND i.status = :status")
				+ (clientId == null ? "" : " AND i.client_id = :clientId");
		var params = new HashMap<String, Object>(visible.parameters());
		if (status != null) {
			params.put("status", status.name());
		}
		if (clientId != null) {
			params.put("clientId", clientId);
		}
		long total = this.jdbc.sql("SELECT count(*) FROM intake i" + where).params(params).query(Long.class).single();
		List<UUID> ids = this.jdbc
			.sql("SELECT i.id FROM intake i" + where + " ORDER BY i.updated_at DESC LIMIT " + page.size() + " OFFSET "
					+ page.offset())
			.params(params)
			.query(UUID.class)
			.list();
		List<Intake> found = new ArrayList<>();
		this.intakes.findAllById(ids).forEach(found::add);
		found.sort((a, b) -> b.updatedAt().compareTo(a.updatedAt()));
		Map<UUID, String> programNames = new HashMap<>();
		this.programs.list(true).forEach(p -> programNames.put(p.id(), p.name()));
		Map<UUID, ClientSummary> clients = this.clients.summaries(found.stream().map(Intake::clientId).toList(),
				"intakes");
		List<IntakeSummary> items = found.stream()
			.map(i -> new IntakeSummary(i.id(), i.clientId(),
					clients.containsKey(i.clientId()) ? clients.get(i.clientId()).displayName() : null, i.programId(),
					programNames.get(i.programId()), i.status(), i.priority(), i.decision(), i.caseId(), i.updatedAt(),
					waitlistPosition(i)))
			.toList();
		return new Page<>(items, page.page(), page.size(), total);
	}

	@Transactional
	public IntakeView saveRapport(UUID id, long version, Rapport rapport) {
		Intake intake = current(id, version);
		intake.recordRapport(rapport, LocalDate.now(this.clock), now());
		return save(intake);
	}

	@Transactional
	public IntakeView savePresentingIssue(UUID id, long version, PresentingIssue issue) {
		Intake intake = current(id, version);
		Priority before = intake.priority();
		intake.recordPresentingIssue(issue, now());
		return saveTriaged(intake, before);
	}

	/**
	 * Keeps the screening answers with the program's evaluation of them.
	 * @throws InvalidInputException for impossible answers (household of none, negative
	 * income, a birth date in the future), nothing saved
	 */
	@Transactional
	public IntakeView saveScreening(UUID id, long version, Screening screening) {
		Intake intake = current(id, version);
		ProgramView program = this.programs.get(intake.programId());
		Eligibility eligibility = this.programs.evaluate(
				intake.programId(), new ScreeningAnswers(screening.dateOfBirth(), screening.householdSize(),
						screening.annualIncome(), screening.county(), screening.zipCode(), screening.answers()),
				LocalDate.now(this.clock));
		List<FieldProblem> problems = new ArrayList<>();
		screening.answers()
			.keySet()
			.stream()
			.filter(key -> program.rule(key).isEmpty())
			.forEach(key -> problems.add(new FieldProblem("answers." + key, "is not a question of this program")));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		intake.recordScreening(screening, eligibility, now());
		return save(intake, program);
	}

	/**
	 * Keeps the urgency screen; an EMERGENCY raises the crisis banner on the client and
	 * alerts the supervisors in the same transaction.
	 */
	@Transactional
	public IntakeView saveUrgency(UUID id, long version, UrgencyScreen urgency) {
		Intake intake = current(id, version);
		Priority before = intake.priority();
		intake.recordUrgency(urgency, now());
		return saveTriaged(intake, before);
	}

	@Transactional
	public IntakeView saveDocumentation(UUID id, long version, InitialDocumentation documentation) {
		Intake intake = current(id, version);
		intake.recordDocumentation(documentation, now());
		return save(intake);
	}

	/**
	 * Decides the intake. ENROLL opens a case owned by the intake's worker, or waitlists
	 * the client when the program is at capacity. Without a version the decision is still
	 * safe: a decided intake refuses a second one.
	 * @throws DomainRuleException (409) with every missing item when urgency or
	 * eligibility is incomplete, or when the intake is decided already
	 */
	@Transactional
	public IntakeView decide(UUID id, Long version, DecisionInput input) {
		Intake intake = version == null ? load(id) : current(id, version);
		this.access.write(intake.clientId(), AuditAction.UPDATE, SUBJECT, id,
				"decision " + (input.decision() == null ? "?" : input.decision()));
		ProgramView program = this.programs.get(intake.programId());
		if ((input.decision() == IntakeDecision.ENROLL || input.decision() == IntakeDecision.WAITLIST)
				&& !program.active()) {
			throw new DomainRuleException("the program is retired and takes no new enrollments");
		}
		String intensity = intensity(program, intake.priority(), input.intensityCode());
		intake.decide(input, this.users.current().id(), now());
		if (input.decision() == IntakeDecision.ENROLL) {
			if (full(program)) {
				intake.waitlistInstead("the program is at capacity");
			}
			else {
				CaseSummary opened = this.cases.open(new OpenCase(intake.clientId(), program.id(), intake.workerId(),
						intake.priority(), intensity, intake.id()));
				intake.enrolled(opened.id(), now());
			}
		}
		this.intakes.save(intake);
		this.events.publishEvent(new IntakeDecided(intake.id(), intake.clientId(), intake.programId(),
				intake.decision(), intake.priority(), intake.caseId()));
		return view(intake, program);
	}

	/**
	 * Enrolls a waitlisted client when their turn has come: first in line and a place
	 * free in the program.
	 */
	@Transactional
	public IntakeView enrollFromWaitlist(UUID id, long version, String intensityCode) {
		Intake intake = current(id, version);
		this.access.write(intake.clientId(), AuditAction.UPDATE, SUBJECT, id, "enrolled from the waitlist");
		if (intake.decision() != IntakeDecision.WAITLIST || intake.caseId() != null) {
			throw new DomainRuleException("only a waitlisted intake is enrolled from the waitlist");
		}
		ProgramView program = this.programs.get(intake.programId());
		List<String> reasons = new ArrayList<>();
		int position = waitlistPosition(intake);
		if (position > 1) {
			reasons.add("the client is number " + position + " on the waitlist; those before them are enrolled first");
		}
		if (full(program)) {
			reasons.add("the program is at capacity (" + program.capacity() + " open cases)");
		}
		if (!program.active()) {
			reasons.add("the program is retired");
		}
		if (!reasons.isEmpty()) {
			throw new DomainRuleException("The client cannot be enrolled yet", reasons);
		}
		CaseSummary opened = this.cases.open(new OpenCase(intake.clientId(), program.id(), intake.workerId(),
				intake.priority(), intensity(program, intake.priority(), intensityCode), intake.id()));
		intake.enrolled(opened.id(), now());
		this.intakes.save(intake);
		return view(intake, program);
	}

	private boolean full(ProgramView program) {
		return program.capacity() != null && this.cases.openCases(program.id()) >= program.capacity();
	}

	/**
	 * The chosen intensity level, or by default the program's first (most intensive)
	 * level for an urgent intake and its last otherwise.
	 */
	private static String intensity(ProgramView program, Priority priority, String chosen) {
		if (chosen != null && !chosen.isBlank()) {
			if (program.intensity(chosen).isEmpty()) {
				throw new InvalidInputException("intensityCode", "is not an intensity level of " + program.name());
			}
			return chosen;
		}
		List<IntensityLevel> levels = program.intensityLevels();
		if (levels.isEmpty()) {
			return null;
		}
		return (priority == Priority.ROUTINE ? levels.get(levels.size() - 1) : levels.get(0)).code();
	}

	private Integer waitlistPosition(Intake intake) {
		if (intake.decision() != IntakeDecision.WAITLIST || intake.caseId() != null) {
			return null;
		}
		return this.jdbc.sql("""
				SELECT count(*) + 1 FROM intake
				WHERE program_id = ? AND decision = 'WAITLIST' AND case_id IS NULL AND decided_at < ?""")
			.params(intake.programId(), Timestamp.from(intake.decidedAt()))
			.query(Integer.class)
			.single();
	}

	private IntakeView saveTriaged(Intake intake, Priority before) {
		if (intake.priority() == Priority.EMERGENCY && before != Priority.EMERGENCY) {
			this.crisis.raise(intake.clientId(), String.join("; ", intake.triage().reasons()), "intake urgency screen");
		}
		return save(intake);
	}

	private IntakeView save(Intake intake) {
		return save(intake, this.programs.get(intake.programId()));
	}

	private IntakeView save(Intake intake, ProgramView program) {
		this.access.write(intake.clientId(), AuditAction.UPDATE, SUBJECT, intake.id(), null);
		this.intakes.save(intake);
		return view(intake, program);
	}

	private Intake current(UUID id, long version) {
		Intake intake = load(id);
		if (intake.version() != version) {
			throw StaleVersionException.stale("intake");
		}
		return intake;
	}

	private Intake load(UUID id) {
		return this.intakes.findById(id)
			.filter(i -> this.access.canSee(i.clientId()))
			.orElseThrow(() -> new NotFoundException(SUBJECT));
	}

	private IntakeView view(Intake intake, ProgramView program) {
		String clientName = this.clients.summary(intake.clientId()).map(ClientSummary::displayName).orElse(null);
		IntakeView.Decided decided = intake.decision() == null ? null
				: new IntakeView.Decided(intake.decision(), intake.decisionReason(), intake.referredTo(),
						name(intake.decidedBy()), intake.decidedAt(), intake.caseId(), waitlistPosition(intake));
		return new IntakeView(intake.id(), intake.version(), intake.clientId(), clientName, program.id(),
				program.name(), intake.workerId(), name(intake.workerId()), intake.status(), intake.startedAt(),
				intake.updatedAt(), intake.rapport(), intake.presentingIssue(), intake.screening(),
				intake.eligibility(), intake.urgency(), intake.triage(), intake.documentation(), intake.missing(),
				decided);
	}

	private String name(UUID userId) {
		return userId == null ? null : this.identity.user(userId).map(UserSummary::displayName).orElse(null);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
