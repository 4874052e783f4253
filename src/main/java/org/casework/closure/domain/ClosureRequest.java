package org.casework.closure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.casework.closure.AdvanceNotice;
import org.casework.closure.ClosureReason;
import org.casework.closure.ClosureStatus;
import org.casework.closure.ProgressReview;
import org.casework.closure.RelapsePlan;
import org.casework.closure.RelapsePlan.Contact;
import org.casework.closure.ResourceChoice;
import org.casework.closure.SummaryText;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;

/**
 * The closure of a case, from the worker's first step to the supervisor's decision.
 * <p>
 * Lifecycle: DRAFT (being prepared; the case is in the closure stage) → SUBMITTED
 * (awaiting a supervisor where needed) → APPROVED (the case closed) or RETURNED with
 * comments (prepared again and submitted again); DRAFT or RETURNED → WITHDRAWN by the
 * worker. An approved closure may later record that its case was reopened. The summary is
 * drafted from the record, edited, and signed; once signed it never changes (addenda
 * correct it). Each state change is recorded as an event for the request's history.
 */
public class ClosureRequest {

	public static final int MAX_TEXT = 8000;

	public static final int MAX_ENTRY = 300;

	public static final int MAX_ENTRIES = 30;

	private final UUID id;

	private long version;

	private final UUID caseId;

	private final UUID clientId;

	private final UUID programId;

	private ClosureStatus status;

	private ClosureReason reason;

	private String reasonNote;

	private LocalDate closureDate;

	private Integer checkInDays;

	private AdvanceNotice notice;

	private ProgressReview progressReview;

	private RelapsePlan relapsePlan;

	private List<ResourceChoice> resources = new ArrayList<>();

	private SummaryText summary;

	private Instant summaryDraftedAt;

	private Instant summarySignedAt;

	private UUID summarySignedBy;

	private UUID handoffReferralId;

	private final UUID requestedBy;

	private final Instant requestedAt;

	private UUID submittedBy;

	private Instant submittedAt;

	private UUID decidedBy;

	private Instant decidedAt;

	private String justification;

	private LocalDate closedOn;

	private UUID reopenedBy;

	private Instant reopenedAt;

	private String reopenReason;

	private final List<Event> events = new ArrayList<>();

	/** Something that happened to the request, to be appended to its history. */
	public record Event(String action, String comments, UUID by, Instant at) {
	}

	ClosureRequest(UUID id, long version, UUID caseId, UUID clientId, UUID programId, UUID requestedBy,
			Instant requestedAt) {
		this.id = id;
		this.version = version;
		this.caseId = caseId;
		this.clientId = clientId;
		this.programId = programId;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	/**
	 * Starts a closure.
	 * @param openedOn the day the case opened: a closure date before it is refused
	 * @throws InvalidInputException naming each field that is wrong
	 */
	public static ClosureRequest start(UUID caseId, UUID clientId, UUID programId, ClosureReason reason,
			String reasonNote, LocalDate closureDate, Integer checkInDays, AdvanceNotice notice, LocalDate openedOn,
			LocalDate today, UUID by, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		details(reason, reasonNote, closureDate, checkInDays, openedOn, problems);
		if (notice != null) {
			notice(notice, today, problems);
			if (problems.isEmpty() && closureDate.isBefore(notice.givenOn())) {
				problems.add(new FieldProblem("closureDate",
						"must not be before the day the client was told (" + notice.givenOn() + ")"));
			}
		}
		refuse(problems);
		ClosureRequest request = new ClosureRequest(UUID.randomUUID(), 0, caseId, clientId, programId, by, at);
		request.status = ClosureStatus.DRAFT;
		request.reason = reason;
		request.reasonNote = strip(reasonNote);
		request.closureDate = closureDate;
		request.checkInDays = checkInDays;
		request.notice = notice == null ? null : cleaned(notice);
		request.events.add(new Event("STARTED", reason.name(), by, at));
		return request;
	}

	/** Changes the reason, the closure date and the check-in. */
	public void revise(ClosureReason reason, String reasonNote, LocalDate closureDate, Integer checkInDays,
			LocalDate openedOn) {
		requireEditable();
		List<FieldProblem> problems = new ArrayList<>();
		details(reason, reasonNote, closureDate, checkInDays, openedOn, problems);
		if (problems.isEmpty() && this.notice != null && closureDate.isBefore(this.notice.givenOn())) {
			problems.add(new FieldProblem("closureDate",
					"must not be before the day the client was told (" + this.notice.givenOn() + ")"));
		}
		refuse(problems);
		this.reason = reason;
		this.reasonNote = strip(reasonNote);
		this.closureDate = closureDate;
		this.checkInDays = checkInDays;
	}

	/** Records when and how the client was told. */
	public void recordNotice(AdvanceNotice notice, LocalDate today) {
		requireEditable();
		List<FieldProblem> problems = new ArrayList<>();
		if (notice == null) {
			problems.add(new FieldProblem("givenOn", "is required"));
		}
		else {
			notice(notice, today, problems);
			if (problems.isEmpty() && notice.givenOn().isAfter(this.closureDate)) {
				problems.add(new FieldProblem("givenOn",
						"must not be after the closure date (" + this.closureDate + "): tell the client before"));
			}
		}
		refuse(problems);
		this.notice = cleaned(notice);
	}

	/** Records that the worker reviewed the progress with the client. */
	public void reviewProgress(ProgressReview review, LocalDate today) {
		requireEditable();
		List<FieldProblem> problems = new ArrayList<>();
		if (review == null || review.reviewedOn() == null) {
			problems.add(new FieldProblem("reviewedOn", "is required"));
		}
		else if (review.reviewedOn().isAfter(today)) {
			problems.add(new FieldProblem("reviewedOn", "must not be in the future"));
		}
		max(review == null ? null : review.note(), "note", MAX_TEXT, problems);
		refuse(problems);
		this.progressReview = new ProgressReview(review.reviewedOn(), strip(review.note()));
	}

	/** Sets the relapse-prevention and crisis plan as a whole. */
	public void relapsePlan(RelapsePlan plan) {
		requireEditable();
		List<FieldProblem> problems = new ArrayList<>();
		if (plan == null) {
			throw new InvalidInputException("howToSeekHelp", "is required");
		}
		entries(plan.warningSigns(), "warningSigns", problems);
		entries(plan.copingStrategies(), "copingStrategies", problems);
		contacts(plan.peopleToCall(), "peopleToCall", true, problems);
		contacts(plan.emergencyContacts(), "emergencyContacts", false, problems);
		if (blank(plan.howToSeekHelp())) {
			problems.add(new FieldProblem("howToSeekHelp", "must say how the client comes back or finds help again"));
		}
		max(plan.howToSeekHelp(), "howToSeekHelp", MAX_TEXT, problems);
		refuse(problems);
		this.relapsePlan = new RelapsePlan(plan.warningSigns().stream().map(String::strip).toList(),
				plan.copingStrategies().stream().map(String::strip).toList(), cleaned(plan.peopleToCall()),
				cleaned(plan.emergencyContacts()), plan.howToSeekHelp().strip());
	}

	/**
	 * Sets the ongoing resources; the caller has checked that each is a service of the
	 * directory.
	 */
	public void resources(List<ResourceChoice> chosen) {
		requireEditable();
		List<FieldProblem> problems = new ArrayList<>();
		List<ResourceChoice> list = chosen == null ? List.of() : chosen;
		if (list.size() > MAX_ENTRIES) {
			problems.add(new FieldProblem("resources", "must have at most " + MAX_ENTRIES + " entries"));
		}
		for (int i = 0; i < list.size(); i++) {
			ResourceChoice r = list.get(i);
			if (r == null || r.serviceId() == null) {
				problems.add(new FieldProblem("resources[" + i + "].serviceId", "is required"));
			}
			else if (list.subList(0, i).stream().anyMatch(o -> o != null && r.serviceId().equals(o.serviceId()))) {
				problems.add(new FieldProblem("resources[" + i + "].serviceId", "is chosen already"));
			}
			max(r == null ? null : r.note(), "resources[" + i + "].note", MAX_ENTRY, problems);
		}
		refuse(problems);
		this.resources = new ArrayList<>(
				list.stream().map(r -> new ResourceChoice(r.serviceId(), strip(r.note()))).toList());
	}

	/** Puts a summary drafted from the record in place of the unsigned one. */
	public void draftSummary(SummaryText drafted, Instant at) {
		requireEditable();
		requireUnsigned();
		this.summary = drafted;
		this.summaryDraftedAt = at;
	}

	/** The worker's edit of the unsigned summary, as a whole. */
	public void editSummary(SummaryText text) {
		requireEditable();
		requireUnsigned();
		if (this.summary == null) {
			throw new DomainRuleException("Draft the summary from the record first: POST …/closure/summary");
		}
		List<FieldProblem> problems = new ArrayList<>();
		SummaryText t = text == null ? new SummaryText(null, null, null, null, null, null, null) : text;
		if (blank(t.overview())) {
			problems.add(new FieldProblem("overview", "is required"));
		}
		max(t.overview(), "overview", MAX_TEXT, problems);
		max(t.services(), "services", MAX_TEXT, problems);
		max(t.goalsAchieved(), "goalsAchieved", MAX_TEXT, problems);
		max(t.goalsNotAchieved(), "goalsNotAchieved", MAX_TEXT, problems);
		max(t.assessment(), "assessment", MAX_TEXT, problems);
		max(t.unresolvedNeeds(), "unresolvedNeeds", MAX_TEXT, problems);
		max(t.recommendations(), "recommendations", MAX_TEXT, problems);
		refuse(problems);
		this.summary = new SummaryText(strip(t.overview()), strip(t.services()), strip(t.goalsAchieved()),
				strip(t.goalsNotAchieved()), strip(t.assessment()), strip(t.unresolvedNeeds()),
				strip(t.recommendations()));
	}

	/** The worker signs the summary: it never changes again. */
	public void signSummary(UUID by, Instant at) {
		requireEditable();
		requireUnsigned();
		if (this.summary == null) {
			throw new DomainRuleException("There is no summary to sign: draft it from the record first");
		}
		if (blank(this.summary.overview())) {
			throw new DomainRuleException("The summary has no overview: write one before signing");
		}
		this.summarySignedAt = at;
		this.summarySignedBy = by;
		this.events.add(new Event("SUMMARY_SIGNED", null, by, at));
	}

	/** Records the warm handoff referral sent with the signed summary. */
	public void handedOff(UUID referralId, String to, UUID by, Instant at) {
		if (!this.status.active()) {
			throw new DomainRuleException("The closure is " + this.status.name().toLowerCase()
					+ ": a handoff goes with a closure being prepared");
		}
		if (this.summarySignedAt == null) {
			throw new DomainRuleException("Sign the closure summary first: the handoff carries it to the provider");
		}
		if (this.handoffReferralId != null) {
			throw new DomainRuleException("The handoff referral was sent already (" + this.handoffReferralId + ")");
		}
		this.handoffReferralId = referralId;
		this.events.add(new Event("HANDOFF_SENT", to, by, at));
	}

	/** The worker submits the closure; the caller has found no blocker. */
	public void submit(UUID by, Instant at) {
		requireEditable();
		this.status = ClosureStatus.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = at;
		this.justification = null;
		this.events.add(new Event("SUBMITTED", null, by, at));
	}

	/**
	 * The closure is approved (by a supervisor, or at submission where none is needed):
	 * the case closes on the day given.
	 * @param justification why the case closes while a domain is rated in crisis, if it
	 * is
	 */
	public void approve(String comments, String justification, UUID by, Instant at, LocalDate on) {
		if (this.status != ClosureStatus.SUBMITTED) {
			throw new DomainRuleException(this.status == ClosureStatus.APPROVED ? "The case is closed already."
					: "The closure is " + this.status.name().toLowerCase() + ": only a submitted closure is approved");
		}
		List<FieldProblem> problems = new ArrayList<>();
		max(comments, "comments", MAX_TEXT, problems);
		max(justification, "justification", MAX_TEXT, problems);
		refuse(problems);
		this.status = ClosureStatus.APPROVED;
		this.decidedBy = by;
		this.decidedAt = at;
		this.justification = strip(justification);
		this.closedOn = on;
		this.events.add(new Event("APPROVED", strip(comments), by, at));
		this.events.add(new Event("CLOSED", on.toString(), by, at));
	}

	/** A supervisor returns the closure to the worker, saying what is to change. */
	public void returnForChanges(String comments, UUID by, Instant at) {
		if (this.status != ClosureStatus.SUBMITTED) {
			throw new DomainRuleException(this.status == ClosureStatus.APPROVED ? "The case is closed already."
					: "The closure is " + this.status.name().toLowerCase() + ": only a submitted closure is returned");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(comments)) {
			problems.add(new FieldProblem("comments", "must say what the worker is to change"));
		}
		max(comments, "comments", MAX_TEXT, problems);
		refuse(problems);
		this.status = ClosureStatus.RETURNED;
		this.decidedBy = by;
		this.decidedAt = at;
		this.events.add(new Event("RETURNED", comments.strip(), by, at));
	}

	/** The worker withdraws the closure: the case goes on. */
	public void withdraw(String reason, UUID by, Instant at) {
		if (!this.status.active()) {
			throw new DomainRuleException(this.status == ClosureStatus.APPROVED ? "The case is closed already."
					: "The closure was withdrawn already.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(reason)) {
			problems.add(new FieldProblem("reason", "must say why the case goes on"));
		}
		max(reason, "reason", MAX_TEXT, problems);
		refuse(problems);
		this.status = ClosureStatus.WITHDRAWN;
		this.events.add(new Event("WITHDRAWN", reason.strip(), by, at));
	}

	/** The case of this approved closure was reopened. */
	public void reopened(String reason, UUID by, Instant at) {
		if (this.status != ClosureStatus.APPROVED || this.reopenedAt != null) {
			throw new DomainRuleException("Only the closure that closed the case records its reopening");
		}
		this.reopenedBy = by;
		this.reopenedAt = at;
		this.reopenReason = reason.strip();
		this.events.add(new Event("REOPENED", this.reopenReason, by, at));
	}

	private void requireEditable() {
		if (!this.status.editable()) {
			throw new DomainRuleException(switch (this.status) {
				case SUBMITTED -> "The closure awaits the supervisor's decision: it changes only once returned";
				case APPROVED ->
					"The case is closed: the closure no longer changes; correct the summary with an addendum";
				default -> "The closure was withdrawn: start a new one";
			});
		}
	}

	private void requireUnsigned() {
		if (this.summarySignedAt != null) {
			throw new DomainRuleException("The summary is signed and never changes: correct it with an addendum");
		}
	}

	private static void details(ClosureReason reason, String reasonNote, LocalDate closureDate, Integer checkInDays,
			LocalDate openedOn, List<FieldProblem> problems) {
		if (reason == null) {
			problems.add(new FieldProblem("reason", "is required: GOALS_ACHIEVED, SKILLS_DEVELOPED, NATURAL_SUPPORTS, "
					+ "SERVICE_REFUSAL, ELIGIBILITY_LOST or TRANSFER"));
		}
		else if (reason == ClosureReason.ELIGIBILITY_LOST && blank(reasonNote)) {
			problems.add(new FieldProblem("reasonNote", "must say what changed (income, moved out of the area…)"));
		}
		max(reasonNote, "reasonNote", MAX_TEXT, problems);
		if (closureDate == null) {
			problems.add(new FieldProblem("closureDate", "is required"));
		}
		else if (openedOn != null && closureDate.isBefore(openedOn)) {
			problems.add(new FieldProblem("closureDate", "must not be before the case opened (" + openedOn + ")"));
		}
		if (checkInDays != null && checkInDays != 30 && checkInDays != 90) {
			problems.add(new FieldProblem("checkInDays", "must be 30 or 90, or empty for no check-in"));
		}
	}

	private static void notice(AdvanceNotice notice, LocalDate today, List<FieldProblem> problems) {
		if (notice.givenOn() == null) {
			problems.add(new FieldProblem("noticeGivenOn", "is required"));
		}
		else if (notice.givenOn().isAfter(today)) {
			problems.add(new FieldProblem("noticeGivenOn", "must not be in the future"));
		}
		if (blank(notice.method())) {
			problems.add(new FieldProblem("noticeMethod", "must say how the client was told"));
		}
		max(notice.method(), "noticeMethod", MAX_ENTRY, problems);
		max(notice.note(), "noticeNote", MAX_TEXT, problems);
	}

	private static AdvanceNotice cleaned(AdvanceNotice notice) {
		return new AdvanceNotice(notice.givenOn(), notice.method().strip(), strip(notice.note()));
	}

	private static void entries(List<String> list, String field, List<FieldProblem> problems) {
		if (list.isEmpty()) {
			problems.add(new FieldProblem(field, "needs at least one entry"));
		}
		if (list.size() > MAX_ENTRIES) {
			problems.add(new FieldProblem(field, "must have at most " + MAX_ENTRIES + " entries"));
		}
		for (int i = 0; i < list.size(); i++) {
			if (blank(list.get(i))) {
				problems.add(new FieldProblem(field + "[" + i + "]", "is empty"));
			}
			max(list.get(i), field + "[" + i + "]", MAX_ENTRY, problems);
		}
	}

	private static void contacts(List<Contact> list, String field, boolean required, List<FieldProblem> problems) {
		if (required && list.isEmpty()) {
			problems.add(new FieldProblem(field, "needs at least one person, with a phone number"));
		}
		if (list.size() > MAX_ENTRIES) {
			problems.add(new FieldProblem(field, "must have at most " + MAX_ENTRIES + " entries"));
		}
		for (int i = 0; i < list.size(); i++) {
			Contact c = list.get(i);
			if (c == null || blank(c.name())) {
				problems.add(new FieldProblem(field + "[" + i + "].name", "is required"));
			}
			if (c == null || blank(c.phone())) {
				problems.add(new FieldProblem(field + "[" + i + "].phone", "is required"));
			}
			else if (!c.phone().matches("[0-9+()./\\- ]{3,40}")) {
				problems.add(new FieldProblem(field + "[" + i + "].phone", "must be a phone number"));
			}
			if (c != null) {
				max(c.name(), field + "[" + i + "].name", MAX_ENTRY, problems);
				max(c.relationship(), field + "[" + i + "].relationship", MAX_ENTRY, problems);
			}
		}
	}

	private static List<Contact> cleaned(List<Contact> contacts) {
		return contacts.stream()
			.map(c -> new Contact(c.name().strip(), strip(c.relationship()), c.phone().strip()))
			.toList();
	}

	private static void max(String value, String field, int max, List<FieldProblem> problems) {
		if (value != null && value.strip().length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String strip(String s) {
		return blank(s) ? null : s.strip();
	}

	private static void refuse(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/** The events not yet written to the history; taken once by the repository. */
	List<Event> takeEvents() {
		List<Event> taken = List.copyOf(this.events);
		this.events.clear();
		return taken;
	}

	void restore(ClosureStatus status, ClosureReason reason, String reasonNote, LocalDate closureDate,
			Integer checkInDays, AdvanceNotice notice, ProgressReview progressReview, RelapsePlan relapsePlan,
			List<ResourceChoice> resources, SummaryText summary, Instant summaryDraftedAt, Instant summarySignedAt,
			UUID summarySignedBy, UUID handoffReferralId, UUID submittedBy, Instant submittedAt, UUID decidedBy,
			Instant decidedAt, String justification, LocalDate closedOn, UUID reopenedBy, Instant reopenedAt,
			String reopenReason) {
		this.status = status;
		this.reason = reason;
		this.reasonNote = reasonNote;
		this.closureDate = closureDate;
		this.checkInDays = checkInDays;
		this.notice = notice;
		this.progressReview = progressReview;
		this.relapsePlan = relapsePlan;
		this.resources = new ArrayList<>(resources);
		this.summary = summary;
		this.summaryDraftedAt = summaryDraftedAt;
		this.summarySignedAt = summarySignedAt;
		this.summarySignedBy = summarySignedBy;
		this.handoffReferralId = handoffReferralId;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
		this.justification = justification;
		this.closedOn = closedOn;
		this.reopenedBy = reopenedBy;
		this.reopenedAt = reopenedAt;
		this.reopenReason = reopenReason;
	}

	void saved(long newVersion) {
		this.version = newVersion;
	}

	public UUID id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public UUID caseId() {
		return this.caseId;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public UUID programId() {
		return this.programId;
	}

	public ClosureStatus status() {
		return this.status;
	}

	public ClosureReason reason() {
		return this.reason;
	}

	public String reasonNote() {
		return this.reasonNote;
	}

	public LocalDate closureDate() {
		return this.closureDate;
	}

	public Integer checkInDays() {
		return this.checkInDays;
	}

	public AdvanceNotice notice() {
		return this.notice;
	}

	public ProgressReview progressReview() {
		return this.progressReview;
	}

	public RelapsePlan relapsePlan() {
		return this.relapsePlan;
	}

	public List<ResourceChoice> resources() {
		return List.copyOf(this.resources);
	}

	public SummaryText summary() {
		return this.summary;
	}

	public Instant summaryDraftedAt() {
		return this.summaryDraftedAt;
	}

	public Instant summarySignedAt() {
		return this.summarySignedAt;
	}

	public UUID summarySignedBy() {
		return this.summarySignedBy;
	}

	public boolean summarySigned() {
		return this.summarySignedAt != null;
	}

	public UUID handoffReferralId() {
		return this.handoffReferralId;
	}

	public UUID requestedBy() {
		return this.requestedBy;
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	public UUID submittedBy() {
		return this.submittedBy;
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public UUID decidedBy() {
		return this.decidedBy;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	public String justification() {
		return this.justification;
	}

	public LocalDate closedOn() {
		return this.closedOn;
	}

	public UUID reopenedBy() {
		return this.reopenedBy;
	}

	public Instant reopenedAt() {
		return this.reopenedAt;
	}

	public String reopenReason() {
		return this.reopenReason;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ClosureRequest other && Objects.equals(this.id, other.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.id);
	}

}
