package org.casework.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.intake.DecisionInput;
import org.casework.intake.InitialDocumentation;
import org.casework.intake.IntakeDecision;
import org.casework.intake.IntakeStatus;
import org.casework.intake.MissingItem;
import org.casework.intake.PresentingIssue;
import org.casework.intake.Rapport;
import org.casework.intake.Screening;
import org.casework.intake.Triage;
import org.casework.intake.UrgencyItem;
import org.casework.intake.UrgencyScreen;
import org.casework.programs.Eligibility;
import org.casework.programs.EligibilityStatus;
import org.casework.programs.RuleOutcome;
import org.casework.programs.RuleResult;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.Priority;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One client's intake for one program: five sections filled in any order and saved as a
 * draft (field work gets interrupted), then one decision. Decided intakes stay readable
 * and do not change.
 */
@Table("intake")
public class Intake {

	static final int TEXT_LIMIT = 4000;

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID agencyId;

	private final UUID clientId;

	private final UUID programId;

	private final UUID workerId;

	private final Instant startedAt;

	private Instant updatedAt;

	private IntakeStatus status;

	@Embedded.Empty
	private Rapport rapport = Rapport.empty();

	@Embedded.Empty
	private PresentingIssue presentingIssue = PresentingIssue.empty();

	@Embedded.Empty
	private ScreeningFacts screening = new ScreeningFacts(null, null, null, null, null);

	@MappedCollection(idColumn = "intake", keyColumn = "rule_key")
	private Map<String, IntakeAnswer> answers = new HashMap<>();

	private EligibilityStatus eligibilityStatus;

	private LocalDate eligibilityEvaluatedOn;

	@MappedCollection(idColumn = "intake", keyColumn = "position")
	private List<IntakeRuleResult> ruleResults = new ArrayList<>();

	@Embedded.Empty
	private UrgencyScreen urgency = UrgencyScreen.empty();

	private Priority priority;

	@Embedded.Empty
	private InitialDocumentation documentation = InitialDocumentation.empty();

	private IntakeDecision decision;

	private String decisionReason;

	private String referredTo;

	private UUID decidedBy;

	private Instant decidedAt;

	private UUID caseId;

	private Instant enrolledFromWaitlistAt;

	@PersistenceCreator
	Intake(UUID id, Integer version, UUID agencyId, UUID clientId, UUID programId, UUID workerId, Instant startedAt) {
		this.id = id;
		this.version = version;
		this.agencyId = agencyId;
		this.clientId = clientId;
		this.programId = programId;
		this.workerId = workerId;
		this.startedAt = startedAt;
	}

	public static Intake start(UUID agencyId, UUID clientId, UUID programId, UUID workerId, String whyNow, Instant at) {
		Intake intake = new Intake(UUID.randomUUID(), null, agencyId, clientId, programId, workerId, at);
		intake.status = IntakeStatus.DRAFT;
		intake.updatedAt = at;
		if (whyNow != null && !whyNow.isBlank()) {
			intake.recordPresentingIssue(new PresentingIssue(whyNow, null, null, null), at);
		}
		intake.priority = intake.triage().priority();
		return intake;
	}

	public void recordRapport(Rapport rapport, LocalDate today, Instant at) {
		draft();
		List<FieldProblem> problems = new ArrayList<>();
		limit(problems, "explainedBy", rapport.explainedBy(), 200);
		limit(problems, "preferredLanguage", rapport.preferredLanguage(), 60);
		if (rapport.explainedOn() != null && rapport.explainedOn().isAfter(today)) {
			problems.add(new FieldProblem("explainedOn", "must not be in the future"));
		}
		if (Boolean.TRUE.equals(rapport.confidentialityExplained())
				&& (rapport.explainedBy() == null || rapport.explainedBy().isBlank())) {
			problems.add(new FieldProblem("explainedBy", "say who explained confidentiality"));
		}
		refuse(problems);
		this.rapport = new Rapport(rapport.confidentialityExplained(), trim(rapport.explainedBy()),
				rapport.explainedOn(), trim(rapport.preferredLanguage()), rapport.interpreterUsed());
		this.updatedAt = at;
	}

	public void recordPresentingIssue(PresentingIssue issue, Instant at) {
		draft();
		List<FieldProblem> problems = new ArrayList<>();
		limit(problems, "whyNow", issue.whyNow(), TEXT_LIMIT);
		limit(problems, "hopes", issue.hopes(), TEXT_LIMIT);
		limit(problems, "workerSummary", issue.workerSummary(), TEXT_LIMIT);
		refuse(problems);
		this.presentingIssue = new PresentingIssue(trim(issue.whyNow()), trim(issue.hopes()),
				trim(issue.workerSummary()), issue.immediateCrisis());
		this.priority = triage().priority();
		this.updatedAt = at;
	}

	/**
	 * Keeps the screening answers and the program's evaluation of them (done by the
	 * programs module, which refuses impossible answers first).
	 */
	public void recordScreening(Screening screening, Eligibility eligibility, Instant at) {
		draft();
		List<FieldProblem> problems = new ArrayList<>();
		limit(problems, "county", screening.county(), 80);
		refuse(problems);
		this.screening = new ScreeningFacts(screening.dateOfBirth(), screening.householdSize(),
				screening.annualIncome(), trim(screening.county()), trim(screening.zipCode()));
		this.answers = new HashMap<>();
		screening.answers().forEach((key, answer) -> {
			if (answer != null) {
				this.answers.put(key, new IntakeAnswer(answer));
			}
		});
		evaluated(eligibility);
		this.updatedAt = at;
	}

	/** Keeps a new evaluation of the same answers (the program's rules changed). */
	public void evaluated(Eligibility eligibility) {
		this.eligibilityStatus = eligibility.status();
		this.eligibilityEvaluatedOn = eligibility.evaluatedOn();
		this.ruleResults = new ArrayList<>(eligibility.results().stream().map(IntakeRuleResult::of).toList());
	}

	public void recordUrgency(UrgencyScreen urgency, Instant at) {
		draft();
		List<FieldProblem> problems = new ArrayList<>();
		limit(problems, "otherCrisisDetail", urgency.otherCrisisDetail(), 1000);
		if (Boolean.TRUE.equals(urgency.otherCrisis())
				&& (urgency.otherCrisisDetail() == null || urgency.otherCrisisDetail().isBlank())) {
			problems.add(new FieldProblem("otherCrisisDetail", "describe the other crisis"));
		}
		refuse(problems);
		this.urgency = new UrgencyScreen(urgency.dangerToSelf(), urgency.dangerToOthers(), urgency.safetyConcern(),
				urgency.medicalEmergency(), urgency.noSafePlaceTonight(), urgency.noFood(), urgency.otherCrisis(),
				trim(urgency.otherCrisisDetail()));
		this.priority = triage().priority();
		this.updatedAt = at;
	}

	public void recordDocumentation(InitialDocumentation documentation, Instant at) {
		draft();
		List<FieldProblem> problems = new ArrayList<>();
		limit(problems, "referralSource", documentation.referralSource(), 200);
		limit(problems, "initialImpressions", documentation.initialImpressions(), TEXT_LIMIT);
		refuse(problems);
		this.documentation = new InitialDocumentation(trim(documentation.referralSource()),
				documentation.contactConfirmed(), trim(documentation.initialImpressions()));
		this.updatedAt = at;
	}

	public Triage triage() {
		return this.urgency.triage(this.presentingIssue.immediateCrisis());
	}

	/**
	 * What is still missing. Blocking: any unanswered urgency question and any
	 * eligibility rule the screening cannot decide yet. Recommended: the other sections'
	 * essentials.
	 */
	public List<MissingItem> missing() {
		List<MissingItem> missing = new ArrayList<>();
		for (UrgencyItem item : triage().unanswered()) {
			missing.add(new MissingItem("urgency", item.field(), "not asked yet: " + item.description(), true));
		}
		if (this.eligibilityStatus == null) {
			missing
				.add(new MissingItem("eligibility", "screening", "the eligibility screening has not been done", true));
		}
		else {
			for (IntakeRuleResult result : this.ruleResults) {
				if (result.outcome() == RuleOutcome.UNKNOWN) {
					missing.add(new MissingItem("eligibility", "rules." + result.ruleKey(), result.basis(), true));
				}
			}
		}
		if (!Boolean.TRUE.equals(this.rapport.confidentialityExplained())) {
			missing.add(
					new MissingItem("rapport", "confidentialityExplained", "confidentiality not explained yet", false));
		}
		if (this.presentingIssue.whyNow() == null) {
			missing.add(new MissingItem("presentingIssue", "whyNow",
					"why the client seeks help now, in their own words", false));
		}
		if (this.documentation.referralSource() == null) {
			missing.add(new MissingItem("documentation", "referralSource", "who referred the client", false));
		}
		if (this.documentation.contactConfirmed() == null) {
			missing.add(new MissingItem("documentation", "contactConfirmed",
					"contact details not confirmed with the client", false));
		}
		return missing;
	}

	/**
	 * Checks that a decision may be made now and records it; enrolling is completed by
	 * {@link #enrolled} once the case is open.
	 * @throws DomainRuleException (409) with every reason when the intake is decided
	 * already, urgency or eligibility is incomplete, or the screening found the client
	 * ineligible for an enrollment or waitlist
	 */
	public void decide(DecisionInput input, UUID by, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		if (input.decision() == null) {
			problems
				.add(new FieldProblem("decision", "must be one of ENROLL, WAITLIST, REFER_OUT, DECLINE, INELIGIBLE"));
		}
		else if ((input.decision() == IntakeDecision.DECLINE || input.decision() == IntakeDecision.INELIGIBLE)
				&& (input.reason() == null || input.reason().isBlank())) {
			problems.add(new FieldProblem("reason", "is required to "
					+ (input.decision() == IntakeDecision.DECLINE ? "decline" : "find the client ineligible")));
		}
		else if (input.decision() == IntakeDecision.REFER_OUT
				&& (input.referredTo() == null || input.referredTo().isBlank())) {
			problems.add(new FieldProblem("referredTo", "say where the client was referred"));
		}
		limit(problems, "reason", input.reason(), 2000);
		limit(problems, "referredTo", input.referredTo(), 500);
		refuse(problems);
		List<String> reasons = new ArrayList<>();
		if (this.status == IntakeStatus.DECIDED) {
			throw new DomainRuleException("the intake was decided already (" + this.decision + ")");
		}
		for (MissingItem item : missing()) {
			if (item.blocks(input.decision())) {
				reasons.add(item.section() + "." + item.field() + ": " + item.message());
			}
		}
		if (input.decision().enrolls() && this.eligibilityStatus == EligibilityStatus.INELIGIBLE) {
			reasons.add("eligibility: the screening found the client ineligible; decide INELIGIBLE or REFER_OUT");
		}
		if (!reasons.isEmpty()) {
			throw new DomainRuleException("The intake is not complete enough for this decision", reasons);
		}
		this.status = IntakeStatus.DECIDED;
		this.decision = input.decision();
		this.decisionReason = trim(input.reason());
		this.referredTo = trim(input.referredTo());
		this.decidedBy = by;
		this.decidedAt = at;
		this.updatedAt = at;
	}

	/** The program is at capacity: an enrollment waits its turn instead. */
	public void waitlistInstead(String why) {
		if (this.decision != IntakeDecision.ENROLL || this.caseId != null) {
			throw new IllegalStateException("only an enrollment without a case can be waitlisted");
		}
		this.decision = IntakeDecision.WAITLIST;
		this.decisionReason = this.decisionReason == null ? why : this.decisionReason + " (" + why + ")";
	}

	/** The case this intake opened, directly or from the waitlist. */
	public void enrolled(UUID caseId, Instant at) {
		if (this.caseId != null) {
			throw new DomainRuleException("the client was enrolled from this intake already");
		}
		if (this.decision == IntakeDecision.WAITLIST) {
			this.enrolledFromWaitlistAt = at;
		}
		else if (this.decision != IntakeDecision.ENROLL) {
			throw new DomainRuleException("only an enrollment or a waitlisted intake opens a case");
		}
		this.caseId = caseId;
		this.updatedAt = at;
	}

	private void draft() {
		if (this.status == IntakeStatus.DECIDED) {
			throw new DomainRuleException("the intake was decided already; it can be read but not changed");
		}
	}

	private static void limit(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	private static void refuse(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public UUID id() {
		return this.id;
	}

	public int version() {
		return this.version == null ? 0 : this.version;
	}

	public UUID agencyId() {
		return this.agencyId;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public UUID programId() {
		return this.programId;
	}

	public UUID workerId() {
		return this.workerId;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public IntakeStatus status() {
		return this.status;
	}

	public Rapport rapport() {
		return this.rapport;
	}

	public PresentingIssue presentingIssue() {
		return this.presentingIssue;
	}

	public Screening screening() {
		Map<String, Boolean> yesNo = new HashMap<>();
		this.answers.forEach((key, answer) -> yesNo.put(key, answer.answer()));
		return new Screening(this.screening.dateOfBirth(), this.screening.householdSize(),
				this.screening.annualIncome(), this.screening.county(), this.screening.zipCode(), yesNo);
	}

	/** The evaluation kept with the screening, or null before the screening. */
	public Eligibility eligibility() {
		if (this.eligibilityStatus == null) {
			return null;
		}
		List<RuleResult> results = this.ruleResults.stream().map(IntakeRuleResult::view).toList();
		return new Eligibility(this.eligibilityStatus, results, this.eligibilityEvaluatedOn);
	}

	public UrgencyScreen urgency() {
		return this.urgency;
	}

	public Priority priority() {
		return this.priority;
	}

	public InitialDocumentation documentation() {
		return this.documentation;
	}

	public IntakeDecision decision() {
		return this.decision;
	}

	public String decisionReason() {
		return this.decisionReason;
	}

	public String referredTo() {
		return this.referredTo;
	}

	public UUID decidedBy() {
		return this.decidedBy;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public UUID caseId() {
		return this.caseId;
	}

}
