package org.casework.assessments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.casework.assessments.AssessmentComparison.Change;
import org.casework.assessments.AssessmentComparison.DomainChange;
import org.casework.assessments.AssessmentComparison.DomainSeries;
import org.casework.assessments.AssessmentComparison.Point;
import org.casework.assessments.ReassessmentSchedule.Basis;
import org.casework.assessments.domain.Assessment;
import org.casework.assessments.domain.Assessments;
import org.casework.assessments.domain.DiscrepancyRules;
import org.casework.assessments.domain.RecordedChange;
import org.casework.assessments.domain.RecordedChanges;
import org.casework.assessments.domain.ScoreRow;
import org.casework.assessments.instruments.AnswerValue;
import org.casework.assessments.instruments.Answers;
import org.casework.assessments.instruments.Instrument;
import org.casework.assessments.instruments.InstrumentEvaluator;
import org.casework.assessments.instruments.SectionProgress;
import org.casework.audit.AuditAction;
import org.casework.cases.CaseManagement;
import org.casework.cases.CaseStatus;
import org.casework.cases.CaseSummary;
import org.casework.cases.OpenCaseFacts;
import org.casework.identity.ClientAccess;
import org.casework.identity.IdentityManagement;
import org.casework.identity.UserContext;
import org.casework.identity.UserSummary;
import org.casework.intake.IntakeManagement;
import org.casework.intake.IntakeView;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramManagement;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Priority;
import org.casework.shared.StaleVersionException;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments of a case: start one with an instrument of the case's program, answer
 * it over as many contacts as it takes, complete it, correct it with addenda or void it;
 * the reassessment schedule; the comparison of the latest assessment with the one before.
 * A case's assessments are visible exactly when the case is (404 otherwise), and every
 * read and write is audited against the client.
 *
 * <p>
 * Completing the core assessment moves the case on to planning and, when it finds more
 * risk than the case's priority says, raises the priority (any domain in crisis:
 * EMERGENCY; vulnerable: URGENT); the domains in crisis or vulnerable are published as
 * goal areas for the care plan ({@link AssessmentCompleted}).
 */
@Service
public class CaseAssessments {

	static final String SUBJECT = "Assessment";

	/** Days from the opening of a case to its first core assessment. */
	static final int INITIAL_WITHIN_DAYS = 14;

	/**
	 * The cadence when the case has no intensity level yet (guide 000: at most 12
	 * months).
	 */
	static final int DEFAULT_REASSESSMENT_MONTHS = 12;

	private final Assessments assessments;

	private final RecordedChanges changes;

	private final InstrumentCatalog catalog;

	private final CaseManagement cases;

	private final IntakeManagement intakes;

	private final ProgramManagement programs;

	private final IdentityManagement identity;

	private final ClientAccess access;

	private final UserContext users;

	private final FhirContext fhir;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcClient jdbc;

	CaseAssessments(Assessments assessments, RecordedChanges changes, InstrumentCatalog catalog, CaseManagement cases,
			IntakeManagement intakes, ProgramManagement programs, IdentityManagement identity, ClientAccess access,
			UserContext users, FhirContext fhir, ApplicationEventPublisher events, Clock clock, JdbcClient jdbc) {
		this.assessments = assessments;
		this.changes = changes;
		this.catalog = catalog;
		this.cases = cases;
		this.intakes = intakes;
		this.programs = programs;
		this.identity = identity;
		this.access = access;
		this.users = users;
		this.fhir = fhir;
		this.events = events;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	// reading

	/** A case's assessments, the latest started first. */
	@Transactional
	public List<AssessmentSummary> ofCase(UUID caseId) {
		CaseSummary c = caseInScope(caseId);
		this.access.read(c.clientId(), SUBJECT, caseId);
		return this.assessments.findByCaseIdOrderByStartedAtDesc(caseId).stream().map(this::summary).toList();
	}

	/**
	 * What the case page shows of a case's assessments: the list, the schedule and the
	 * program's instruments. The caller has read the case in its scope.
	 */
	@Transactional
	public CaseAssessmentsOverview overview(CaseSummary c) {
		this.access.read(c.clientId(), SUBJECT, c.id());
		List<AssessmentSummary> list = this.assessments.findByCaseIdOrderByStartedAtDesc(c.id())
			.stream()
			.map(this::summary)
			.toList();
		return new CaseAssessmentsOverview(c.id(), c.status() == CaseStatus.OPEN, list, schedule(c),
				this.catalog.forProgram(c.programId()));
	}

	/** One assessment of a case in full. */
	@Transactional
	public AssessmentView get(UUID caseId, UUID assessmentId) {
		Loaded loaded = load(caseId, assessmentId);
		Assessment a = loaded.assessment();
		CaseSummary c = loaded.caseSummary();
		this.access.read(a.clientId(), SUBJECT, assessmentId);
		return view(a, c);
	}

	/**
	 * The instrument version an assessment was taken with (to show its questions).
	 */
	@Transactional(readOnly = true)
	public Instrument instrumentOf(AssessmentView view) {
		return this.catalog.version(view.summary().instrumentCode(), view.summary().instrumentVersion());
	}

	/** The instruments the case's program uses, its core assessment first. */
	@Transactional
	public ProgramInstruments instrumentsFor(UUID caseId) {
		return this.catalog.forProgram(caseInScope(caseId).programId());
	}

	// writing

	/**
	 * Starts an assessment of an open case with one of its program's instruments (the
	 * core assessment unless another is named), at the instrument's latest version. It is
	 * a reassessment when the case was assessed with the instrument before.
	 * @throws InvalidInputException when the program does not use the instrument
	 * @throws DomainRuleException when the case is closed, the program has no core
	 * assessment, or a draft with the instrument is under way (continue it)
	 */
	@Transactional
	public AssessmentView start(UUID caseId, StartAssessment command) {
		CaseSummary c = caseInScope(caseId);
		if (c.status() != CaseStatus.OPEN) {
			throw new DomainRuleException("The case is closed: it takes no new assessments.");
		}
		ProgramInstruments chosen = this.catalog.forProgram(c.programId());
		String code = command == null || command.instrumentCode() == null || command.instrumentCode().isBlank() ? null
				: command.instrumentCode().trim();
		if (code == null) {
			code = chosen.core()
				.map(ProgramInstrument::code)
				.orElseThrow(() -> new DomainRuleException("The program " + c.programName()
						+ " has no core assessment yet: a program admin chooses its instruments."));
		}
		else if (!chosen.uses(code)) {
			throw new InvalidInputException("instrumentCode", "is not an instrument of the program ("
					+ String.join(", ", chosen.instruments().stream().map(ProgramInstrument::code).toList()) + ")");
		}
		String instrumentCode = code;
		List<Assessment> earlier = this.assessments.findByCaseIdOrderByStartedAtDesc(caseId);
		earlier.stream()
			.filter(a -> a.instrumentCode().equals(instrumentCode) && a.status() == AssessmentStatus.DRAFT)
			.findFirst()
			.ifPresent(draft -> {
				throw new DomainRuleException("A draft of this assessment is under way (" + draft.id() + ", started "
						+ draft.startedAt() + "): continue it.");
			});
		boolean assessedBefore = earlier.stream()
			.anyMatch(a -> a.instrumentCode().equals(instrumentCode) && a.status() == AssessmentStatus.COMPLETED);
		Instrument instrument = this.catalog.forNewAssessment(instrumentCode);
		boolean core = chosen.core().map(p -> p.code().equals(instrumentCode)).orElse(false);
		Instant now = Instant.now(this.clock);
		UUID me = this.users.current().id();
		Assessment a = Assessment.start(caseId, c.clientId(), instrumentCode, instrument.version(), core,
				assessedBefore ? AssessmentKind.REASSESSMENT : AssessmentKind.INITIAL,
				encode(response(instrument, Answers.none(), QuestionnaireResponseStatus.INPROGRESS, c, me, now)), me,
				now);
		this.access.write(c.clientId(), AuditAction.CREATE, SUBJECT, a.id(),
				"started " + instrumentCode + " version " + instrument.version());
		this.assessments.save(a);
		return view(a, c);
	}

	/**
	 * Saves answers: each linkId given replaces that question's answer, {@code null} or
	 * an empty value clears it, questions not given keep theirs. A draft takes any
	 * answer; a completed assessment only answers to questions still unanswered (sections
	 * left for later), which amend its QuestionnaireResponse.
	 * @throws InvalidInputException naming each linkId that is unknown or whose value
	 * does not fit the question
	 * @throws DomainRuleException when a completed assessment's answer would change, or
	 * the assessment is voided
	 */
	@Transactional
	public AssessmentView answer(UUID caseId, UUID assessmentId, long expectedVersion, Map<String, ?> given) {
		Loaded loaded = load(caseId, assessmentId, expectedVersion);
		Assessment a = loaded.assessment();
		CaseSummary c = loaded.caseSummary();
		if (a.status() == AssessmentStatus.VOIDED) {
			throw new DomainRuleException("The assessment was voided: it takes no answers.");
		}
		Instrument instrument = this.catalog.version(a.instrumentCode(), a.instrumentVersion());
		InstrumentEvaluator evaluator = this.catalog.evaluator(instrument);
		Answers current = evaluator.answers(decode(a.response()));
		Map<String, ?> raw = given == null ? Map.of() : given;
		Map<String, Object> merged = new LinkedHashMap<>(current.only(k -> !raw.containsKey(k)).asMap());
		merged.putAll(raw);
		Answers accepted = evaluator.accept(merged, false);
		if (a.status() == AssessmentStatus.COMPLETED) {
			List<String> changed = raw.keySet()
				.stream()
				.filter(current::answered)
				.filter(linkId -> !current.get(linkId).equals(accepted.get(linkId)))
				.sorted()
				.map(linkId -> "item[linkId=" + linkId
						+ "]: was answered at completion; write an addendum to correct it")
				.toList();
			if (!changed.isEmpty()) {
				throw new DomainRuleException("The assessment is completed: its answers are kept as given.", changed);
			}
		}
		UUID me = this.users.current().id();
		Instant now = Instant.now(this.clock);
		boolean completed = a.status() == AssessmentStatus.COMPLETED;
		a.answer(encode(response(instrument, accepted,
				completed ? QuestionnaireResponseStatus.AMENDED : QuestionnaireResponseStatus.INPROGRESS, c, me, now)),
				completed ? evaluator.scores(accepted) : List.of(), me, now);
		this.access.write(a.clientId(), AuditAction.UPDATE, SUBJECT, assessmentId,
				(completed ? "amended: " : "answered: ") + String.join(", ", raw.keySet()));
		this.assessments.save(a);
		if (completed) {
			escalate(a, c);
		}
		return view(a, c);
	}

	/**
	 * Completes a draft once every required question that is asked has an answer: scores
	 * it, records the core assessment on the case, raises the case's priority when the
	 * assessment finds more risk, and publishes {@link AssessmentCompleted}.
	 * @throws InvalidInputException naming each required linkId still unanswered
	 * @throws DomainRuleException when it was completed or voided already
	 */
	@Transactional
	public AssessmentView complete(UUID caseId, UUID assessmentId, long expectedVersion) {
		Loaded loaded = load(caseId, assessmentId, expectedVersion);
		Assessment a = loaded.assessment();
		CaseSummary c = loaded.caseSummary();
		if (a.status() != AssessmentStatus.DRAFT) {
			throw new DomainRuleException(a.status() == AssessmentStatus.COMPLETED
					? "The assessment was completed already; correct it with an addendum."
					: "The assessment was voided.");
		}
		Instrument instrument = this.catalog.version(a.instrumentCode(), a.instrumentVersion());
		InstrumentEvaluator evaluator = this.catalog.evaluator(instrument);
		Answers answers = evaluator.accept(evaluator.answers(decode(a.response())), true);
		List<DomainScore> scores = evaluator.scores(answers);
		UUID me = this.users.current().id();
		Instant now = Instant.now(this.clock);
		a.complete(encode(response(instrument, answers, QuestionnaireResponseStatus.COMPLETED, c, me, now)), scores, me,
				now);
		this.access.write(a.clientId(), AuditAction.UPDATE, SUBJECT, assessmentId, "completed " + a.instrumentCode());
		this.assessments.save(a);
		if (a.core()) {
			this.cases.recordAssessment(caseId, true);
		}
		escalate(a, c);
		this.events.publishEvent(new AssessmentCompleted(a.id(), caseId, a.clientId(), a.instrumentCode(),
				a.instrumentVersion(), a.core(), a.kind(), scores,
				scores.stream()
					.filter(s -> s.rated() && s.rating().needsAttention())
					.map(DomainScore::domainCode)
					.toList(),
				now));
		return view(a, c);
	}

	/**
	 * Adds an addendum to a completed assessment: the answers stay as they were given.
	 */
	@Transactional
	public AssessmentView addendum(UUID caseId, UUID assessmentId, long expectedVersion, String text) {
		Loaded loaded = load(caseId, assessmentId, expectedVersion, true);
		Assessment a = loaded.assessment();
		CaseSummary c = loaded.caseSummary();
		a.addendum(text, this.users.current().id(), Instant.now(this.clock));
		this.access.write(a.clientId(), AuditAction.UPDATE, SUBJECT, assessmentId, "addendum");
		this.assessments.save(a);
		return view(a, c);
	}

	/**
	 * Voids an assessment with the reason; it stays readable. When it was the case's only
	 * completed core assessment, the case goes back to the assessment stage.
	 */
	@Transactional
	public AssessmentView voidAssessment(UUID caseId, UUID assessmentId, long expectedVersion, String reason) {
		Loaded loaded = load(caseId, assessmentId, expectedVersion);
		Assessment a = loaded.assessment();
		CaseSummary c = loaded.caseSummary();
		boolean countedAsCore = a.core() && a.status() == AssessmentStatus.COMPLETED;
		a.voidWith(reason, this.users.current().id(), Instant.now(this.clock));
		this.access.write(a.clientId(), AuditAction.UPDATE, SUBJECT, assessmentId, "voided: " + a.voidReason());
		this.assessments.save(a);
		if (countedAsCore && latestCompletedCore(caseId).isEmpty()) {
			this.cases.recordAssessment(caseId, false);
		}
		return view(a, c);
	}

	/**
	 * Records a significant change in the client's life: a reassessment is due at once.
	 * @throws InvalidInputException without a change, or without a note for OTHER
	 */
	@Transactional
	public ReassessmentSchedule recordChange(UUID caseId, RecordChange command) {
		CaseSummary c = caseInScope(caseId);
		if (c.status() != CaseStatus.OPEN) {
			throw new DomainRuleException("The case is closed.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String note = command.note() == null || command.note().isBlank() ? null : command.note().trim();
		if (command.change() == null) {
			problems.add(new FieldProblem("change", "must be CRISIS, GOAL_ACHIEVED, SERVICE_REFUSED, MOVED or OTHER"));
		}
		else if (command.change() == SignificantChange.OTHER && note == null) {
			problems.add(new FieldProblem("note", "must say what changed"));
		}
		if (note != null && note.length() > 1000) {
			problems.add(new FieldProblem("note", "must be at most 1000 characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		RecordedChange recorded = RecordedChange.of(caseId, command.change(), note, this.users.current().id(),
				Instant.now(this.clock));
		this.access.write(c.clientId(), AuditAction.CREATE, SUBJECT, caseId, "significant change: " + command.change());
		this.changes.save(recorded);
		return schedule(c);
	}

	// schedule and comparison

	/** When the case is next assessed, and why then. */
	@Transactional
	public ReassessmentSchedule schedule(UUID caseId) {
		return schedule(caseInScope(caseId));
	}

	private ReassessmentSchedule schedule(CaseSummary c) {
		Optional<Assessment> last = latestCompletedCore(c.id());
		Instant since = last.map(Assessment::completedAt).orElse(null);
		Optional<RecordedChange> change = this.changes.findByCaseIdOrderByRecordedAtDesc(c.id())
			.stream()
			.filter(r -> since == null || r.recordedAt().isAfter(since))
			.reduce((later, earlier) -> earlier);
		return schedule(c.openedOn(), c.programId(), c.intensityCode(), since, change.orElse(null),
				LocalDate.now(this.clock), new HashMap<>());
	}

	/**
	 * The reassessment schedule of many open cases at once, for the monitoring rules of a
	 * scheduled job (no caller scope): two reads for all the cases, however many.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, ReassessmentSchedule> schedules(Collection<OpenCaseFacts> cases) {
		if (cases.isEmpty()) {
			return Map.of();
		}
		String[] ids = cases.stream().map(c -> c.caseId().toString()).toArray(String[]::new);
		Map<UUID, Instant> lastCompleted = new HashMap<>();
		this.jdbc.sql("""
				SELECT case_id, max(completed_at) AS completed_at FROM assessment
				WHERE core AND status = 'COMPLETED' AND case_id = ANY(CAST(? AS uuid[])) GROUP BY case_id""")
			.param(ids)
			.query((rs, n) -> lastCompleted.put(rs.getObject("case_id", UUID.class),
					rs.getTimestamp("completed_at").toInstant()))
			.list();
		Map<UUID, RecordedChange> firstChanges = new HashMap<>();
		this.jdbc.sql("""
				SELECT t.id, t.case_id, t.change, t.note, t.recorded_by, t.recorded_at FROM assessment_trigger t
				WHERE t.case_id = ANY(CAST(? AS uuid[]))
				  AND t.recorded_at > coalesce((SELECT max(a.completed_at) FROM assessment a WHERE a.case_id = t.case_id
				      AND a.core AND a.status = 'COMPLETED'), '-infinity')
				ORDER BY t.recorded_at""")
			.param(ids)
			.query((rs, n) -> firstChanges.putIfAbsent(rs.getObject("case_id", UUID.class),
					new RecordedChange(rs.getObject("id", UUID.class), 0, rs.getObject("case_id", UUID.class),
							SignificantChange.valueOf(rs.getString("change")), rs.getString("note"),
							rs.getObject("recorded_by", UUID.class), rs.getTimestamp("recorded_at").toInstant())))
			.list();
		LocalDate today = LocalDate.now(this.clock);
		Map<UUID, List<IntensityLevel>> levels = this.programs.intensityLevels();
		Map<String, Integer> cadences = new HashMap<>();
		for (OpenCaseFacts c : cases) {
			cadences.computeIfAbsent(c.programId() + "/" + c.intensityCode(),
					k -> levels.getOrDefault(c.programId(), List.of())
						.stream()
						.filter(l -> l.code().equals(c.intensityCode()))
						.map(IntensityLevel::reassessmentMonths)
						.findFirst()
						.orElse(DEFAULT_REASSESSMENT_MONTHS));
		}
		Map<UUID, ReassessmentSchedule> schedules = new HashMap<>();
		for (OpenCaseFacts c : cases) {
			schedules.put(c.caseId(), schedule(c.openedOn(), c.programId(), c.intensityCode(),
					lastCompleted.get(c.caseId()), firstChanges.get(c.caseId()), today, cadences));
		}
		return schedules;
	}

	/**
	 * Before the first completed core assessment it is due within days of the opening;
	 * after it, at the cadence of the intensity level, or on the day of the first
	 * significant change recorded since when that comes sooner.
	 */
	private ReassessmentSchedule schedule(LocalDate openedOn, UUID programId, String intensityCode,
			Instant lastCompletedAt, RecordedChange change, LocalDate today, Map<String, Integer> cadences) {
		LocalDate lastOn = day(lastCompletedAt);
		LocalDate due;
		Basis basis;
		Integer months = null;
		if (lastCompletedAt == null) {
			due = openedOn.plusDays(INITIAL_WITHIN_DAYS);
			basis = Basis.INITIAL;
		}
		else {
			months = cadences.computeIfAbsent(programId + "/" + intensityCode,
					k -> this.programs.find(programId)
						.flatMap(p -> intensityCode == null ? Optional.empty() : p.intensity(intensityCode))
						.map(IntensityLevel::reassessmentMonths)
						.orElse(DEFAULT_REASSESSMENT_MONTHS));
			due = lastOn.plusMonths(months);
			basis = Basis.CADENCE;
		}
		if (change != null && lastCompletedAt != null && day(change.recordedAt()).isBefore(due)) {
			due = day(change.recordedAt());
			basis = Basis.SIGNIFICANT_CHANGE;
		}
		return new ReassessmentSchedule(lastOn, due, basis, basis == Basis.SIGNIFICANT_CHANGE ? change.change() : null,
				basis == Basis.SIGNIFICANT_CHANGE ? change.note() : null, months, due.isBefore(today));
	}

	/**
	 * The latest completed assessment with an instrument (the core assessment's unless
	 * named) beside the one before, domain by domain, and the ratings over time.
	 * @return empty when the case has no completed assessment with the instrument
	 */
	@Transactional
	public Optional<AssessmentComparison> comparison(UUID caseId, String instrumentCode) {
		CaseSummary c = caseInScope(caseId);
		List<Assessment> completed = new ArrayList<>(this.assessments.findByCaseIdOrderByStartedAtDesc(caseId)
			.stream()
			.filter(a -> a.status() == AssessmentStatus.COMPLETED)
			.toList());
		String code = instrumentCode != null && !instrumentCode.isBlank() ? instrumentCode
				: completed.stream().filter(Assessment::core).map(Assessment::instrumentCode).findFirst().orElse(null);
		completed.removeIf(a -> !a.instrumentCode().equals(code));
		if (completed.isEmpty()) {
			return Optional.empty();
		}
		this.access.read(c.clientId(), SUBJECT, caseId);
		completed.sort(Comparator.comparing(Assessment::completedAt));
		Assessment latest = completed.get(completed.size() - 1);
		Assessment previous = completed.size() > 1 ? completed.get(completed.size() - 2) : null;
		Map<String, DomainRating> before = new HashMap<>();
		if (previous != null) {
			previous.scores()
				.stream()
				.filter(s -> s.rating() != null)
				.forEach(s -> before.put(s.domainCode(), s.rating()));
		}
		List<DomainChange> domains = latest.scores()
			.stream()
			.map(s -> new DomainChange(s.domainCode(), s.label(), before.get(s.domainCode()), s.rating(),
					change(before.get(s.domainCode()), s.rating())))
			.toList();
		List<DomainSeries> series = latest.scores().stream().map(s -> {
			List<Point> points = new ArrayList<>();
			for (Assessment a : completed) {
				a.scores()
					.stream()
					.filter(x -> x.domainCode().equals(s.domainCode()) && x.rating() != null)
					.findFirst()
					.ifPresent(x -> points.add(new Point(day(a.completedAt()), x.rating())));
			}
			return new DomainSeries(s.domainCode(), s.label(), points);
		}).toList();
		return Optional.of(new AssessmentComparison(code, this.catalog.summary(code).title(), summary(latest),
				previous == null ? null : summary(previous), domains, series));
	}

	/**
	 * Better means towards thriving: the ratings run from in crisis (first) to thriving
	 * (last).
	 */
	static Change change(DomainRating previous, DomainRating latest) {
		if (previous == null || latest == null) {
			return Change.NEW;
		}
		int diff = Integer.compare(latest.ordinal(), previous.ordinal());
		return diff > 0 ? Change.IMPROVED : diff < 0 ? Change.WORSE : Change.SAME;
	}

	/**
	 * The priority the assessed risk calls for: any domain in crisis is an emergency, any
	 * vulnerable domain urgent.
	 */
	static Priority risk(List<DomainScore> scores) {
		if (scores.stream().anyMatch(s -> s.rating() == DomainRating.IN_CRISIS)) {
			return Priority.EMERGENCY;
		}
		if (scores.stream().anyMatch(s -> s.rating() == DomainRating.VULNERABLE)) {
			return Priority.URGENT;
		}
		return Priority.ROUTINE;
	}

	private void escalate(Assessment a, CaseSummary c) {
		List<DomainScore> scores = a.scores().stream().map(ScoreRow::toScore).toList();
		Priority risk = risk(scores);
		DomainRating worst = risk == Priority.EMERGENCY ? DomainRating.IN_CRISIS : DomainRating.VULNERABLE;
		List<String> domains = scores.stream().filter(s -> s.rating() == worst).map(DomainScore::label).toList();
		if (risk != Priority.ROUTINE) {
			this.cases.escalate(c.id(), risk, "The assessment of " + day(a.updatedAt()) + " rates "
					+ String.join(", ", domains) + " as " + worst.code().replace('-', ' ') + ".");
		}
	}

	// helpers

	private CaseSummary caseInScope(UUID caseId) {
		return this.cases.find(caseId).orElseThrow(() -> new NotFoundException("Case"));
	}

	/** The assessment to change, when the caller read its current version. */
	private Loaded load(UUID caseId, UUID assessmentId, long expectedVersion) {
		return load(caseId, assessmentId, expectedVersion, false);
	}

	/**
	 * The assessment to change, when the caller read its current version; on a closed
	 * case only an addendum is written.
	 */
	private Loaded load(UUID caseId, UUID assessmentId, long expectedVersion, boolean addendum) {
		Loaded loaded = load(caseId, assessmentId);
		if (!addendum && loaded.caseSummary().status() != CaseStatus.OPEN) {
			throw new DomainRuleException(
					"The case is closed: its assessments are kept as they were; correct one with an addendum.");
		}
		if (loaded.assessment().version() != expectedVersion) {
			throw StaleVersionException.stale("assessment");
		}
		return loaded;
	}

	private Loaded load(UUID caseId, UUID assessmentId) {
		CaseSummary c = caseInScope(caseId);
		return new Loaded(c,
				this.assessments.findById(assessmentId)
					.filter(a -> a.caseId().equals(caseId))
					.orElseThrow(() -> new NotFoundException(SUBJECT)));
	}

	/** An assessment and its case, read once per request. */
	private record Loaded(CaseSummary caseSummary, Assessment assessment) {
	}

	private Optional<Assessment> latestCompletedCore(UUID caseId) {
		return this.assessments.findByCaseIdOrderByStartedAtDesc(caseId)
			.stream()
			.filter(a -> a.core() && a.status() == AssessmentStatus.COMPLETED)
			.max(Comparator.comparing(Assessment::completedAt));
	}

	private QuestionnaireResponse response(Instrument instrument, Answers answers, QuestionnaireResponseStatus status,
			CaseSummary c, UUID author, Instant at) {
		QuestionnaireResponse response = this.catalog.evaluator(instrument)
			.response(answers, status != QuestionnaireResponseStatus.INPROGRESS, at);
		response.setStatus(status);
		response.setSubject(new Reference("Patient/" + c.clientId()).setDisplay(c.clientName()));
		response.setAuthor(new Reference("Practitioner/" + author));
		return response;
	}

	private String encode(QuestionnaireResponse response) {
		return this.fhir.newJsonParser().encodeResourceToString(response);
	}

	private QuestionnaireResponse decode(String json) {
		return this.fhir.newJsonParser().parseResource(QuestionnaireResponse.class, json);
	}

	private static LocalDate day(Instant at) {
		return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
	}

	/** An assessment's instrument version, its evaluator, and its answers read back. */
	private record Evaluated(Instrument instrument, InstrumentEvaluator evaluator, Answers answers) {
	}

	private Evaluated evaluated(Assessment a) {
		Instrument instrument = this.catalog.version(a.instrumentCode(), a.instrumentVersion());
		InstrumentEvaluator evaluator = this.catalog.evaluator(instrument);
		return new Evaluated(instrument, evaluator, evaluator.answers(decode(a.response())));
	}

	private AssessmentSummary summary(Assessment a) {
		Evaluated e = evaluated(a);
		Instrument instrument = e.instrument();
		int required = 0;
		int requiredAnswered = 0;
		for (SectionProgress p : e.evaluator().progress(e.answers())) {
			required += p.required();
			requiredAnswered += p.requiredAnswered();
		}
		return new AssessmentSummary(a.id(), a.caseId(), a.instrumentCode(), instrument.title(), a.instrumentVersion(),
				a.core(), a.kind(), a.status(), a.startedAt(), name(a.startedBy()), a.updatedAt(), a.completedAt(),
				a.completedBy() == null ? null : name(a.completedBy()), requiredAnswered, required, a.version());
	}

	private AssessmentView view(Assessment a, CaseSummary c) {
		Evaluated e = evaluated(a);
		Instrument instrument = e.instrument();
		InstrumentEvaluator evaluator = e.evaluator();
		Answers answers = e.answers();
		List<DomainScore> scores = a.status() == AssessmentStatus.DRAFT ? evaluator.scores(answers)
				: a.scores().stream().map(ScoreRow::toScore).toList();
		List<AssessmentAddendum> addenda = a.addenda()
			.stream()
			.map(r -> new AssessmentAddendum(r.text(), r.writtenBy(), name(r.writtenBy()), r.writtenAt()))
			.toList();
		return new AssessmentView(summary(a), answers.asMap(), evaluator.progress(answers),
				evaluator.missing(answers).stream().map(FieldProblem::field).toList(), scores,
				discrepancies(c, instrument, answers), addenda, a.voidReason(), a.response());
	}

	private List<Discrepancy> discrepancies(CaseSummary c, Instrument instrument, Answers answers) {
		UUID intakeId = c.intakeId();
		if (intakeId == null) {
			return List.of();
		}
		IntakeView intake = this.intakes.find(intakeId).orElse(null);
		if (intake == null) {
			return List.of();
		}
		Instant when = intake.decision() != null ? intake.decision().decidedAt() : intake.startedAt();
		return DiscrepancyRules.between(intake.urgency(), "Intake of " + day(when), instrument, answers);
	}

	private String name(UUID userId) {
		return userId == null ? null
				: this.identity.user(userId).map(UserSummary::displayName).orElse(Objects.toString(userId));
	}

}
