package org.casework.closure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casework.assessments.AssessmentComparison;
import org.casework.assessments.AssessmentComparison.Change;
import org.casework.assessments.AssessmentComparison.DomainSeries;
import org.casework.assessments.AssessmentComparison.Point;
import org.casework.assessments.CaseAssessments;
import org.casework.assessments.DomainRating;
import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanStatus;
import org.casework.careplans.CarePlanView;
import org.casework.careplans.GoalStatus;
import org.casework.careplans.GoalView;
import org.casework.cases.CaseFile;
import org.casework.cases.CaseManagement;
import org.casework.cases.CaseStatus;
import org.casework.cases.CaseSummary;
import org.casework.closure.ClosureEvidence.AssessmentEvidence;
import org.casework.closure.ClosureEvidence.DomainEvidence;
import org.casework.closure.ClosureEvidence.GoalEvidence;
import org.casework.closure.ClosureEvidence.Indicator;
import org.casework.closure.ClosureEvidence.ReferralEvidence;
import org.casework.closure.domain.ClosureRequest;
import org.casework.closure.domain.ClosureRequests;
import org.casework.closure.domain.OutreachAttempts;
import org.casework.closure.domain.ProgramClosureSettings;
import org.casework.clients.ClientCrisis;
import org.casework.consents.InformationCategory;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.consents.Sharing;
import org.casework.consents.SharingDecision;
import org.casework.directory.Directory;
import org.casework.directory.DirectoryService;
import org.casework.identity.ClientAccess;
import org.casework.identity.CurrentUser;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.identity.UserSummary;
import org.casework.monitoring.CaseTasks;
import org.casework.monitoring.CaseTasks.CaseTask;
import org.casework.monitoring.MonitoringRules;
import org.casework.monitoring.TaskKind;
import org.casework.monitoring.TaskView;
import org.casework.notes.ContactNotes;
import org.casework.notes.UnsignedNote;
import org.casework.programs.ProgramManagement;
import org.casework.referrals.NewReferral;
import org.casework.referrals.ReferralView;
import org.casework.referrals.Referrals;
import org.casework.referrals.SharedItem;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Priority;
import org.casework.shared.StaleVersionException;
import org.casework.shared.Wording;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a case (guide 000, "Case Closure and Transitions"): a worker starts a closure
 * with the reason and the closure date, works through the five procedures, drafts the
 * closure summary from the record, edits and signs it, may hand the client off to the
 * next provider, and submits; a supervisor of the owner's team approves it or returns it
 * with comments where the program requires it. Every blocker is found at once and
 * answered together. A closed case can be reopened within the program's window.
 * <p>
 * Every read and write is audited through {@link ClientAccess}; a case outside the
 * caller's scope answers as if it did not exist.
 */
@Service
public class Closures {

	static final String SUBJECT = "Case closure";

	/** The longest text of one field of an addendum, a reason or an outreach outcome. */
	static final int MAX_TEXT = ClosureRequest.MAX_TEXT;

	private final ClosureRequests requests;

	private final OutreachAttempts outreach;

	private final ProgramClosureSettings settings;

	private final CaseManagement cases;

	private final CarePlanManagement plans;

	private final CaseAssessments assessments;

	private final Referrals referrals;

	private final ContactNotes notes;

	private final CaseTasks tasks;

	private final MonitoringRules rules;

	private final ClientCrisis crises;

	private final Directory directory;

	private final Sharing sharing;

	private final ProgramManagement programs;

	private final IdentityManagement identity;

	private final UserContext users;

	private final ClientAccess access;

	private final AuditLog audit;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Closures(ClosureRequests requests, OutreachAttempts outreach, ProgramClosureSettings settings, CaseManagement cases,
			CarePlanManagement plans, CaseAssessments assessments, Referrals referrals, ContactNotes notes,
			CaseTasks tasks, MonitoringRules rules, ClientCrisis crises, Directory directory, Sharing sharing,
			ProgramManagement programs, IdentityManagement identity, UserContext users, ClientAccess access,
			AuditLog audit, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.outreach = outreach;
		this.settings = settings;
		this.cases = cases;
		this.plans = plans;
		this.assessments = assessments;
		this.referrals = referrals;
		this.notes = notes;
		this.tasks = tasks;
		this.rules = rules;
		this.crises = crises;
		this.directory = directory;
		this.sharing = sharing;
		this.programs = programs;
		this.identity = identity;
		this.users = users;
		this.access = access;
		this.audit = audit;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	// reading

	/**
	 * The case's closure: the one under way, else the latest (approved, withdrawn), with
	 * the checklist, the evidence and what blocks it now.
	 * @throws NotFoundException when the case is outside the caller's scope or never had
	 * a closure
	 */
	@Transactional
	public ClosureView get(UUID caseId) {
		CaseFile file = file(caseId);
		ClosureRequest r = this.requests.latestOf(caseId).orElseThrow(() -> new NotFoundException("Closure"));
		this.access.read(file.summary().clientId(), SUBJECT, r.id());
		return view(file, r);
	}

	/**
	 * Whether the case could close now, with the evidence for each readiness indicator,
	 * every blocker and the warnings; with or without a closure under way.
	 */
	@Transactional
	public ClosureReadiness readiness(UUID caseId) {
		CaseFile file = file(caseId);
		ClosureRequest r = this.requests.latestOf(caseId).filter(x -> x.status().active()).orElse(null);
		Facts facts = facts(file, r);
		this.access.read(file.summary().clientId(), SUBJECT, caseId);
		return new ClosureReadiness(caseId, file.summary().status(), facts.evidence(), blockers(file, r, facts),
				warnings(facts));
	}

	/** The outreach attempts logged on the case, the earliest first. */
	@Transactional
	public List<OutreachAttempt> outreachAttempts(UUID caseId) {
		CaseFile file = file(caseId);
		this.access.read(file.summary().clientId(), SUBJECT + " outreach", caseId);
		return attempts(caseId);
	}

	// preparing a closure

	/**
	 * Starts a closure: the case moves to the closure stage.
	 * @throws DomainRuleException when the case is closed already, or a closure is under
	 * way
	 * @throws InvalidInputException naming each field that is wrong ({@code closureDate}
	 * before the notice or the opening)
	 */
	@Transactional
	public ClosureView start(UUID caseId, StartClosure command) {
		CaseFile file = file(caseId);
		StartClosure c = command == null ? new StartClosure(null, null, null, null, null, null) : command;
		CaseSummary s = file.summary();
		AdvanceNotice notice = c.noticeGivenOn() == null && c.noticeMethod() == null ? null
				: new AdvanceNotice(c.noticeGivenOn(), c.noticeMethod(), null);
		ClosureRequest r = ClosureRequest.start(caseId, s.clientId(), s.programId(), c.reason(), c.reasonNote(),
				c.closureDate(), c.checkInDays(), notice, s.openedOn(), today(), me().id(), now());
		if (s.status() != CaseStatus.OPEN) {
			throw new DomainRuleException("The case is closed already: reopen it, or start a new intake.");
		}
		this.requests.lockCase(caseId);
		if (this.requests.latestOf(caseId).filter(x -> x.status().active()).isPresent()) {
			throw new DomainRuleException("A closure of the case is under way already: change that one.");
		}
		this.requests.insert(r, now());
		this.cases.recordClosureRequested(caseId, true);
		this.access.write(s.clientId(), AuditAction.CREATE, SUBJECT, r.id(), "closure started: " + r.reason());
		return view(file(caseId), r);
	}

	/** Changes the reason, the closure date and the check-in. */
	@Transactional
	public ClosureView update(UUID caseId, long expectedVersion, ClosureDetails details) {
		Editing e = editing(caseId, expectedVersion);
		ClosureDetails d = details == null ? new ClosureDetails(null, null, null, null) : details;
		e.request().revise(d.reason(), d.reasonNote(), d.closureDate(), d.checkInDays(), e.file().summary().openedOn());
		return save(e, "details: " + d.reason() + ", closes " + d.closureDate());
	}

	/** Records when and how the client was told of the closure. */
	@Transactional
	public ClosureView recordNotice(UUID caseId, long expectedVersion, AdvanceNotice notice) {
		Editing e = editing(caseId, expectedVersion);
		e.request().recordNotice(notice, today());
		return save(e, "advance notice given on " + notice.givenOn());
	}

	/** Records that the worker reviewed the progress with the client. */
	@Transactional
	public ClosureView reviewProgress(UUID caseId, long expectedVersion, ProgressReview review) {
		Editing e = editing(caseId, expectedVersion);
		e.request().reviewProgress(review, today());
		return save(e, "progress reviewed");
	}

	/** Sets the relapse-prevention and crisis plan. */
	@Transactional
	public ClosureView relapsePlan(UUID caseId, long expectedVersion, RelapsePlan plan) {
		Editing e = editing(caseId, expectedVersion);
		e.request().relapsePlan(plan);
		return save(e, "relapse-prevention plan");
	}

	/**
	 * Sets the ongoing resources the client leaves with, chosen from the directory.
	 * @throws InvalidInputException naming a service the directory does not have or that
	 * is inactive
	 */
	@Transactional
	public ClosureView resources(UUID caseId, long expectedVersion, List<ResourceChoice> chosen) {
		Editing e = editing(caseId, expectedVersion);
		List<ResourceChoice> list = chosen == null ? List.of() : chosen;
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			ResourceChoice r = list.get(i);
			if (r != null && r.serviceId() != null) {
				Optional<DirectoryService> service = this.directory.service(r.serviceId());
				if (service.isEmpty()) {
					problems
						.add(new FieldProblem("resources[" + i + "].serviceId", "is not a service of the directory"));
				}
				else if (!service.get().active()) {
					problems.add(new FieldProblem("resources[" + i + "].serviceId",
							"\"" + service.get().name() + "\" is inactive in the directory: choose another service"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		e.request().resources(list);
		return save(e, list.size() + " ongoing resources");
	}

	/**
	 * Logs an attempt to reach a client who disengaged (evidence for a closure for
	 * service refusal).
	 * @throws DomainRuleException when the case is closed
	 */
	@Transactional
	public OutreachAttempt addOutreachAttempt(UUID caseId, OutreachInput input) {
		CaseFile file = file(caseId);
		List<FieldProblem> problems = new ArrayList<>();
		OutreachInput in = input == null ? new OutreachInput(null, null, null) : input;
		if (in.attemptedOn() == null) {
			problems.add(new FieldProblem("attemptedOn", "is required"));
		}
		else if (in.attemptedOn().isAfter(today())) {
			problems.add(new FieldProblem("attemptedOn", "must not be in the future"));
		}
		else if (in.attemptedOn().isBefore(file.summary().openedOn())) {
			problems.add(new FieldProblem("attemptedOn",
					"must not be before the case opened (" + file.summary().openedOn() + ")"));
		}
		if (in.method() == null) {
			problems.add(new FieldProblem("method", "is required: PHONE, TEXT, EMAIL, LETTER, HOME_VISIT or OTHER"));
		}
		if (in.outcome() == null || in.outcome().isBlank()) {
			problems.add(new FieldProblem("outcome", "must say what came of it"));
		}
		else if (in.outcome().strip().length() > MAX_TEXT) {
			problems.add(new FieldProblem("outcome", "must be at most " + MAX_TEXT + " characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		requireOpen(file);
		UUID id = UUID.randomUUID();
		this.outreach.insert(id, caseId, in.attemptedOn(), in.method(), in.outcome().strip(), me().id(), now());
		this.access.write(file.summary().clientId(), AuditAction.CREATE, SUBJECT + " outreach", id,
				"outreach attempt on " + in.attemptedOn() + " by " + in.method());
		return attempts(caseId).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}

	// the closure summary

	/**
	 * Drafts the closure summary from the record (in place of an unsigned draft): the
	 * dates, the services and referrals with their outcomes, the goals achieved and not,
	 * the latest assessment against the first, the unresolved needs, and recommendations
	 * from the ongoing resources and the relapse-prevention plan.
	 */
	@Transactional
	public ClosureView draftSummary(UUID caseId, long expectedVersion) {
		Editing e = editing(caseId, expectedVersion);
		Facts facts = facts(e.file(), e.request());
		e.request().draftSummary(draft(e.file(), e.request(), facts), now());
		return save(e, "summary drafted from the record");
	}

	/** The worker's edit of the unsigned summary, as a whole. */
	@Transactional
	public ClosureView editSummary(UUID caseId, long expectedVersion, SummaryText text) {
		Editing e = editing(caseId, expectedVersion);
		e.request().editSummary(text);
		return save(e, "summary edited");
	}

	/** The worker signs the summary: it never changes again; addenda correct it. */
	@Transactional
	public ClosureView signSummary(UUID caseId, long expectedVersion) {
		Editing e = editing(caseId, expectedVersion);
		e.request().signSummary(e.me().id(), now());
		return save(e, "summary signed");
	}

	/**
	 * Adds an addendum to the signed summary, signed by its author as it is written (on a
	 * closed case too: it is the one change a closed case takes besides notes' addenda).
	 */
	@Transactional
	public ClosureView addSummaryAddendum(UUID caseId, String text) {
		CaseFile file = file(caseId);
		ClosureRequest r = this.requests.latestOf(caseId).orElseThrow(() -> new NotFoundException("Closure"));
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "is required");
		}
		if (text.strip().length() > MAX_TEXT) {
			throw new InvalidInputException("text", "must be at most " + MAX_TEXT + " characters");
		}
		if (!r.summarySigned()) {
			throw new DomainRuleException(
					"The summary is not signed: change it directly; addenda correct a signed one");
		}
		UUID id = UUID.randomUUID();
		this.requests.addAddendum(r.id(), id, text.strip(), me().id(), now());
		this.access.write(file.summary().clientId(), AuditAction.CREATE, SUBJECT + " addendum", id,
				"addendum to the closure summary " + r.id());
		return view(file, this.requests.latestOf(caseId).orElseThrow());
	}

	/**
	 * What the closure summary PDF shows: the summary, the relapse-prevention plan, the
	 * resources, in the client's language where Casework has it (English otherwise).
	 * @throws DomainRuleException while there is no summary
	 */
	@Transactional
	public SummaryDocument summaryDocument(UUID caseId) {
		CaseFile file = file(caseId);
		ClosureRequest r = this.requests.latestOf(caseId).orElseThrow(() -> new NotFoundException("Closure"));
		if (r.summary() == null) {
			throw new DomainRuleException("The closure has no summary yet: draft it from the record first");
		}
		this.access.read(file.summary().clientId(), SUBJECT + " summary", r.id());
		String language = file.client() == null ? null : file.client().preferredLanguage();
		Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("es")
				? Locale.forLanguageTag("es") : Locale.ENGLISH;
		return new SummaryDocument(view(file, r), file.summary().programName(), file.summary().openedOn(),
				file.summary().ownerName(), locale);
	}

	/** What the PDF of a closure summary is made of. */
	public record SummaryDocument(ClosureView closure, String programName, LocalDate openedOn, String workerName,
			Locale locale) {
	}

	// the warm handoff

	/**
	 * Sends the signed closure summary to the provider who takes the client on, as a
	 * referral the client's consent filters: the summary under GENERAL information, the
	 * additional items under their categories (withheld when no consent covers them).
	 * @throws DomainRuleException ({@code consent}) when no active consent lets the
	 * provider receive the referral, or while the summary is unsigned
	 */
	@Transactional
	public ReferralView handoff(UUID caseId, long expectedVersion, HandoffRequest request) {
		Editing e = editing(caseId, expectedVersion, true);
		HandoffRequest h = request == null ? new HandoffRequest(null, null, null, null) : request;
		if (h.serviceId() == null) {
			throw new InvalidInputException("serviceId", "is required: choose the service that takes the client on");
		}
		DirectoryService service = this.directory.service(h.serviceId())
			.orElseThrow(() -> new InvalidInputException("serviceId", "is not a service of the directory"));
		ClosureRequest r = e.request();
		if (!r.summarySigned()) {
			throw new DomainRuleException("Sign the closure summary first: the handoff carries it to the provider");
		}
		if (r.handoffReferralId() != null) {
			throw new DomainRuleException(
					"The handoff referral was sent already: see referral " + r.handoffReferralId());
		}
		SharingDecision decision = this.sharing.decide(r.clientId(),
				new Recipient(RecipientKind.ORGANIZATION, service.organizationId(), service.organizationName()),
				EnumSet.of(InformationCategory.GENERAL));
		if (!decision.allowed().contains(InformationCategory.GENERAL)) {
			throw new DomainRuleException(
					"consent: no active consent lets " + service.organizationName()
							+ " receive the handoff; record the client's release of information first",
					List.of("consent: " + decision.withheld().getOrDefault(InformationCategory.GENERAL, "no consent")));
		}
		List<SharedItem> shared = new ArrayList<>();
		SummaryText t = r.summary();
		// each section under its heading, so that the provider reads what each is; the
		// assessment stays out: its ratings name domains (health, substance use, safety)
		// that a consent to share general information does not cover
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("closure.summary.overview", t.overview());
		sections.put("closure.summary.services", t.services());
		sections.put("closure.summary.goalsAchieved", t.goalsAchieved());
		sections.put("closure.summary.goalsNotAchieved", t.goalsNotAchieved());
		sections.put("closure.summary.unresolvedNeeds", t.unresolvedNeeds());
		sections.put("closure.summary.recommendations", t.recommendations());
		sections.forEach((heading, text) -> {
			if (text != null) {
				String item = message(heading) + "\n" + text;
				shared.add(new SharedItem(InformationCategory.GENERAL,
						item.length() > 4000 ? item.substring(0, 3999) + "…" : item));
			}
		});
		shared.addAll(h.additional());
		String reason = h.reason() == null || h.reason().isBlank()
				? message("closure.handoff.reason", e.file().summary().programName(), r.closureDate().toString())
				: h.reason().strip();
		ReferralView referral = this.referrals.create(new NewReferral(caseId, service.id(), null, reason,
				h.urgency() == null ? Priority.ROUTINE : h.urgency(), shared, null, null, "requested"));
		r.handedOff(referral.id(), service.name() + " (" + service.organizationName() + ")", e.me().id(), now());
		save(e, "warm handoff to " + service.name());
		return referral;
	}

	// decisions

	/**
	 * The worker submits the closure. Every blocker is found at once and refused
	 * together. It goes to the supervisors of the owner's team where the program requires
	 * approval, or where the latest assessment still rates a domain in crisis; otherwise
	 * the case closes now.
	 * @throws DomainRuleException listing every blocker
	 */
	@Transactional
	public ClosureView submit(UUID caseId, long expectedVersion) {
		Editing e = editing(caseId, expectedVersion);
		ClosureRequest r = e.request();
		Facts facts = facts(e.file(), r);
		refuseBlocked(blockers(e.file(), r, facts));
		boolean approval = this.settings.of(r.programId()).requireSupervisorApproval() || !warnings(facts).isEmpty();
		r.submit(e.me().id(), now());
		if (!approval) {
			r.approve(null, null, e.me().id(), now(), today());
			return closeCase(e, "closed at submission (the program needs no approval)");
		}
		ClosureView view = save(e, "submitted for approval");
		raiseApprovalTasks(e.file().summary(), r);
		this.events.publishEvent(new ClosureSubmitted(r.id(), caseId, r.clientId(), e.me().id()));
		return view;
	}

	/**
	 * A supervisor of the owner's team approves the closure: the case closes, its tasks
	 * resolve, and the check-in after closure is scheduled.
	 * @throws DomainRuleException when the caller submitted the closure or owns the case
	 * (nobody approves their own closure), or listing every blocker found now
	 * @throws AccessDeniedException when the caller does not supervise the owner's team
	 * @throws InvalidInputException ({@code justification}) when a domain is still rated
	 * in crisis and the supervisor does not say why the case closes anyway
	 */
	@Transactional
	public ClosureView approve(UUID caseId, long expectedVersion, ClosureDecision decision) {
		Editing e = deciding(caseId, expectedVersion);
		ClosureRequest r = e.request();
		ClosureDecision d = decision == null ? new ClosureDecision(null, null) : decision;
		Facts facts = facts(e.file(), r);
		refuseBlocked(blockers(e.file(), r, facts));
		List<ClosureWarning> warnings = warnings(facts);
		if (!warnings.isEmpty() && (d.justification() == null || d.justification().isBlank())) {
			throw new InvalidInputException("justification", "must say why the case closes although "
					+ String.join("; ", warnings.stream().map(ClosureWarning::message).toList()));
		}
		r.approve(d.comments(), warnings.isEmpty() ? null : d.justification(), e.me().id(), now(), today());
		return closeCase(e, "approved" + (warnings.isEmpty() ? "" : ", justified: " + d.justification().strip()));
	}

	/**
	 * A supervisor of the owner's team returns the closure to the worker with comments.
	 * @throws InvalidInputException ({@code comments}) without comments
	 */
	@Transactional
	public ClosureView returnForChanges(UUID caseId, long expectedVersion, ClosureDecision decision) {
		Editing e = deciding(caseId, expectedVersion);
		e.request().returnForChanges(decision == null ? null : decision.comments(), e.me().id(), now());
		ClosureView view = save(e, "returned with comments");
		this.tasks.resolve(approvalKey(e.request()), "Returned to the worker with comments");
		this.events.publishEvent(new ClosureReturned(e.request().id(), caseId, e.request().clientId(), e.me().id()));
		return view;
	}

	/**
	 * The worker withdraws the closure with the reason: the case goes on, its stage
	 * follows its other milestones again.
	 */
	@Transactional
	public ClosureView withdraw(UUID caseId, long expectedVersion, String reason) {
		Editing e = editing(caseId, expectedVersion, true);
		e.request().withdraw(reason, e.me().id(), now());
		ClosureView view = save(e, "withdrawn: " + reason);
		this.cases.recordClosureRequested(caseId, false);
		this.tasks.resolve(approvalKey(e.request()), "The worker withdrew the closure");
		return view(file(caseId), e.request());
	}

	/**
	 * Reopens a closed case within the program's window, with the reason: the same case
	 * is open again, its stage recomputed from its milestones, the check-in after closure
	 * resolved.
	 * @throws DomainRuleException when the case is open, or the window has passed (a new
	 * intake then starts a new case linked to this one)
	 * @throws InvalidInputException ({@code reason}) without a reason
	 */
	@Transactional
	public CaseSummary reopen(UUID caseId, String reason) {
		CaseFile file = file(caseId);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "must say why the case is reopened");
		}
		if (reason.strip().length() > 1000) {
			throw new InvalidInputException("reason", "must be at most 1000 characters");
		}
		if (file.summary().status() != CaseStatus.CLOSED) {
			throw new DomainRuleException("The case is open: only a closed case is reopened.");
		}
		ClosureSettings rules = this.settings.of(file.summary().programId());
		LocalDate closedOn = file.summary().closedOn();
		LocalDate until = closedOn.plusDays(rules.reopenWindowDays());
		if (today().isAfter(until)) {
			throw new DomainRuleException("The case closed on " + closedOn + ", more than " + rules.reopenWindowDays()
					+ " days ago: start a new intake; the new case links to this one's history.");
		}
		CaseSummary reopened = this.cases.reopen(caseId, reason);
		this.requests.latestApprovedOf(caseId).ifPresent(r -> {
			r.reopened(reason, me().id(), now());
			this.requests.update(r, now());
			this.tasks.resolve(checkInKey(r), "The case was reopened");
		});
		this.rules.evaluateCases(List.of(caseId));
		return reopened;
	}

	// program settings

	/** A program's rules for closures (the defaults until a program admin sets them). */
	@Transactional(readOnly = true)
	public ClosureSettings settings(UUID programId) {
		this.programs.get(programId);
		return this.settings.of(programId);
	}

	/**
	 * A program admin sets a program's rules for closures; they apply to closures
	 * submitted from then on.
	 * @throws AccessDeniedException when the caller is not a program admin
	 */
	@Transactional
	public ClosureSettings changeSettings(UUID programId, long expectedVersion, ClosureSettingsChange change) {
		CurrentUser me = me();
		if (!me.has(Role.PROGRAM_ADMIN)) {
			throw new AccessDeniedException("Only a program admin sets a program's rules for closures");
		}
		String program = this.programs.get(programId).name();
		ClosureSettings saved = this.settings.change(programId, expectedVersion, change, me.id(), now());
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "Program", programId)
			.withDetail("closures of " + program + ": supervisor approval " + saved.requireSupervisorApproval()
					+ ", notice " + saved.noticeDays() + " days, outreach attempts " + saved.outreachAttempts()
					+ ", reopening within " + saved.reopenWindowDays() + " days"));
		return saved;
	}

	// helpers: the state of a case

	/** What the blockers, warnings, evidence and summary are computed from, read once. */
	private record Facts(ClosureEvidence evidence, List<UnsignedNote> unsignedNotes, List<TaskView> openTasks,
			boolean crisis, CarePlanView plan, AssessmentComparison comparison, ClosureSettings settings,
			List<ReferralView> referralList) {
	}

	private Facts facts(CaseFile file, ClosureRequest r) {
		UUID caseId = file.summary().id();
		ClosureSettings rules = this.settings.of(file.summary().programId());
		CarePlanView plan = planInForce(caseId);
		AssessmentComparison comparison = this.assessments.comparison(caseId, null).orElse(null);
		List<ReferralView> referralList = this.referrals.ofCase(caseId);
		List<GoalEvidence> goals = plan == null ? List.of()
				: plan.goals()
					.stream()
					.filter(g -> g.status() != GoalStatus.DISCONTINUED)
					.map(g -> new GoalEvidence(g.id(), g.label(), g.status(), g.targetDate(), g.progress().size(),
							g.progress().isEmpty() ? null : g.progress().get(g.progress().size() - 1).note()))
					.toList();
		UUID handoff = r == null ? null : r.handoffReferralId();
		List<ReferralEvidence> referralEvidence = referralList.stream()
			.filter(x -> x.status() != org.casework.referrals.ReferralStatus.ENTERED_IN_ERROR)
			.map(x -> new ReferralEvidence(x.id(), x.serviceName(), x.organizationName(), x.status(),
					x.serviceReceived(), x.outcomeNote(), x.status().isFinal(), x.id().equals(handoff)))
			.toList();
		List<OutreachAttempt> attempts = attempts(caseId);
		AssessmentEvidence assessment = assessment(comparison);
		long achieved = goals.stream().filter(GoalEvidence::achieved).count();
		long completed = referralEvidence.stream()
			.filter(x -> x.status() == org.casework.referrals.ReferralStatus.COMPLETED)
			.count();
		List<Indicator> indicators = indicators(goals, achieved, assessment, referralEvidence, completed, attempts,
				rules, r);
		ClosureEvidence evidence = new ClosureEvidence(goals, achieved, assessment, referralEvidence, completed,
				attempts, rules.outreachAttempts(), indicators);
		List<TaskView> open = this.tasks.openOf(caseId).stream().filter(t -> t.kind() == TaskKind.MANUAL).toList();
		return new Facts(evidence, this.notes.unsignedOf(caseId), open,
				this.crises.active(file.summary().clientId()).isPresent(), plan, comparison, rules, referralList);
	}

	/** The plan version in force: the agreed one, else the latest draft. */
	private CarePlanView planInForce(UUID caseId) {
		CarePlanView current = this.plans.current(caseId).orElse(null);
		if (current == null || current.summary().status() == CarePlanStatus.AGREED || current.inForce() == null
				|| current.inForce().number() == current.summary().number()) {
			return current;
		}
		return this.plans.version(caseId, current.inForce().number());
	}

	private static AssessmentEvidence assessment(AssessmentComparison comparison) {
		if (comparison == null) {
			return null;
		}
		LocalDate first = null;
		LocalDate latest = null;
		List<DomainEvidence> domains = new ArrayList<>();
		for (DomainSeries s : comparison.series()) {
			if (s.points().isEmpty()) {
				continue;
			}
			Point f = s.points().get(0);
			Point l = s.points().get(s.points().size() - 1);
			first = first == null || f.on().isBefore(first) ? f.on() : first;
			latest = latest == null || l.on().isAfter(latest) ? l.on() : latest;
			Change change = s.points().size() < 2 ? Change.NEW
					: Integer.compare(l.rating().ordinal(), f.rating().ordinal()) > 0 ? Change.IMPROVED
							: l.rating() == f.rating() ? Change.SAME : Change.WORSE;
			domains.add(new DomainEvidence(s.domainCode(), s.label(), f.rating(), l.rating(), change));
		}
		return new AssessmentEvidence(comparison.instrumentCode(), comparison.instrumentTitle(), first, latest,
				domains);
	}

	private List<Indicator> indicators(List<GoalEvidence> goals, long achieved, AssessmentEvidence assessment,
			List<ReferralEvidence> referralList, long completed, List<OutreachAttempt> attempts, ClosureSettings rules,
			ClosureRequest r) {
		long open = goals.stream().filter(g -> g.status().open()).count();
		long improved = assessment == null ? 0
				: assessment.domains().stream().filter(d -> d.change() == Change.IMPROVED).count();
		int people = r == null || r.relapsePlan() == null ? 0 : r.relapsePlan().peopleToCall().size();
		Optional<ReferralEvidence> handoff = referralList.stream().filter(ReferralEvidence::handoff).findFirst();
		return List.of(
				new Indicator(ClosureReason.GOALS_ACHIEVED, achieved > 0 && open == 0,
						message("closure.evidence.goals", achieved, goals.size(), open)),
				new Indicator(ClosureReason.SKILLS_DEVELOPED, improved > 0,
						assessment == null ? message("closure.evidence.noAssessment")
								: message("closure.evidence.improved", improved, assessment.domains().size())),
				new Indicator(ClosureReason.NATURAL_SUPPORTS, people > 0 || completed > 0,
						message("closure.evidence.supports", people, completed)),
				new Indicator(ClosureReason.SERVICE_REFUSAL, attempts.size() >= rules.outreachAttempts(),
						message("closure.evidence.outreach", attempts.size(), rules.outreachAttempts())),
				new Indicator(ClosureReason.ELIGIBILITY_LOST, r != null && r.reasonNote() != null,
						r != null && r.reasonNote() != null ? message("closure.evidence.eligibility", r.reasonNote())
								: message("closure.evidence.eligibilityNone")),
				new Indicator(ClosureReason.TRANSFER, handoff.isPresent(),
						handoff.map(h -> message("closure.evidence.handoff", h.serviceName(), h.organizationName()))
							.orElseGet(() -> message("closure.evidence.noHandoff"))));
	}

	/**
	 * Everything that keeps the case open now, all at once: each in English words with
	 * the ids an integrator needs, and with the facts the screens word it with.
	 */
	private List<Blocker> blockers(CaseFile file, ClosureRequest r, Facts facts) {
		List<Blocker> blockers = new ArrayList<>();
		if (file.summary().status() != CaseStatus.OPEN) {
			blockers.add(new Blocker("CASE_CLOSED", "the case is closed already", List.of()));
			return blockers;
		}
		if (!facts.unsignedNotes().isEmpty()) {
			int unsigned = facts.unsignedNotes().size();
			blockers.add(new Blocker("UNSIGNED_NOTES", unsigned
					+ (unsigned == 1 ? " contact note is" : " contact notes are") + " unsigned: sign or complete them ("
					+ facts.unsignedNotes().stream().map(n -> n.noteId().toString()).collect(Collectors.joining(", "))
					+ ")", List.of(unsigned)));
		}
		List<ReferralEvidence> pending = facts.evidence()
			.referrals()
			.stream()
			.filter(x -> !x.outcome() && !x.handoff())
			.toList();
		if (!pending.isEmpty()) {
			blockers.add(new Blocker("REFERRALS_WITHOUT_OUTCOME",
					pending.size() + (pending.size() == 1 ? " referral has" : " referrals have")
							+ " no outcome: record it, or cancel the referral ("
							+ pending.stream()
								.map(x -> x.serviceName() + ", " + x.status().code())
								.collect(Collectors.joining("; "))
							+ ")",
					List.of(pending.size(),
							pending.stream().map(ReferralEvidence::serviceName).collect(Collectors.joining("; ")))));
		}
		if (!facts.openTasks().isEmpty()) {
			String titles = facts.openTasks().stream().map(TaskView::title).collect(Collectors.joining("; "));
			blockers.add(new Blocker("OPEN_TASKS",
					facts.openTasks().size() + (facts.openTasks().size() == 1 ? " task is" : " tasks are")
							+ " open on the case: mark them done or dismiss them (" + titles + ")",
					List.of(facts.openTasks().size(), titles)));
		}
		if (facts.crisis()) {
			blockers.add(new Blocker("ACTIVE_CRISIS",
					"the client is flagged in crisis: resolve the crisis before closing the case", List.of()));
		}
		if (r == null) {
			return blockers;
		}
		ClosureSettings rules = facts.settings();
		if (!r.reason().disengaged()) {
			if (r.notice() == null) {
				blockers
					.add(new Blocker(
							"NO_ADVANCE_NOTICE", "record when the client was told of the closure (at least "
									+ rules.noticeDays() + " days before the closure date)",
							List.of(rules.noticeDays())));
			}
			else {
				long days = ChronoUnit.DAYS.between(r.notice().givenOn(), r.closureDate());
				if (days < rules.noticeDays()) {
					LocalDate earliest = r.notice().givenOn().plusDays(rules.noticeDays());
					blockers.add(new Blocker("NOTICE_TOO_SHORT",
							"the client was told " + days
									+ " days before the closure date; the program asks for at least "
									+ rules.noticeDays() + ": move the closure date to " + earliest + " or later",
							List.of(days, rules.noticeDays(), earliest.toString())));
				}
			}
			if (r.progressReview() == null) {
				blockers.add(new Blocker("PROGRESS_REVIEW", "review the progress with the client", List.of()));
			}
			if (r.relapsePlan() == null) {
				blockers.add(new Blocker("RELAPSE_PLAN", "write the relapse-prevention and crisis plan with the client",
						List.of()));
			}
			if (r.resources().isEmpty()) {
				blockers.add(
						new Blocker("ONGOING_RESOURCES", "choose the ongoing resources from the directory", List.of()));
			}
		}
		else if (facts.evidence().outreachAttempts().size() < rules.outreachAttempts()) {
			int logged = facts.evidence().outreachAttempts().size();
			blockers.add(new Blocker("OUTREACH_ATTEMPTS",
					"a closure for service refusal needs " + rules.outreachAttempts()
							+ " documented outreach attempts with their dates; " + logged + " logged",
					List.of(rules.outreachAttempts(), logged)));
		}
		if (r.reason() == ClosureReason.TRANSFER && r.handoffReferralId() == null) {
			blockers.add(new Blocker("NO_HANDOFF", "a transfer needs the warm handoff referral to the next provider",
					List.of()));
		}
		if (!r.summarySigned()) {
			blockers.add(new Blocker("SUMMARY_UNSIGNED", "draft, review and sign the closure summary", List.of()));
		}
		if (r.closureDate().isAfter(today())) {
			blockers.add(new Blocker("CLOSURE_DATE_AHEAD",
					"the closure date " + r.closureDate() + " is still to come: the case closes on that day or after",
					List.of(r.closureDate().toString())));
		}
		return blockers;
	}

	/** What a supervisor must justify: a domain still rated in crisis. */
	private static List<ClosureWarning> warnings(Facts facts) {
		AssessmentEvidence a = facts.evidence().assessment();
		if (a == null) {
			return List.of();
		}
		List<String> crisis = a.domains()
			.stream()
			.filter(d -> d.latest() == DomainRating.IN_CRISIS)
			.map(DomainEvidence::label)
			.toList();
		if (crisis.isEmpty()) {
			return List.of();
		}
		String domains = String.join(", ", crisis);
		return List.of(
				new ClosureWarning("IN_CRISIS_RATING",
						"the latest assessment (" + a.latestOn() + ") still rates " + domains
								+ " in crisis: the client is not stable yet",
						List.of(a.latestOn().toString(), domains)));
	}

	private static void refuseBlocked(List<Blocker> blockers) {
		if (!blockers.isEmpty()) {
			throw new DomainRuleException("The case cannot close yet: " + blockers.size()
					+ (blockers.size() == 1 ? " thing" : " things") + " to deal with first",
					blockers.stream().map(Blocker::reason).toList());
		}
	}

	private List<ChecklistItem> checklist(ClosureRequest r, Facts facts) {
		boolean waived = r.reason().disengaged();
		ClosureSettings rules = facts.settings();
		List<ChecklistItem> items = new ArrayList<>();
		AdvanceNotice notice = r.notice();
		long noticeDays = notice == null ? 0 : ChronoUnit.DAYS.between(notice.givenOn(), r.closureDate());
		items.add(notice == null
				? item(ClosureProcedure.ADVANCE_NOTICE, false, waived, "closure.checklist.noNotice", rules.noticeDays())
				: item(ClosureProcedure.ADVANCE_NOTICE, noticeDays >= rules.noticeDays(), waived,
						"closure.checklist.notice", notice.givenOn().toString(), notice.method(), noticeDays));
		items.add(r.progressReview() == null
				? item(ClosureProcedure.PROGRESS_REVIEW, false, waived, "closure.checklist.noReview",
						facts.evidence().goalsAchieved(), facts.evidence().goals().size())
				: item(ClosureProcedure.PROGRESS_REVIEW, true, waived, "closure.checklist.review",
						r.progressReview().reviewedOn().toString()));
		items.add(r.relapsePlan() == null
				? item(ClosureProcedure.RELAPSE_PREVENTION, false, waived, "closure.checklist.noPlan")
				: item(ClosureProcedure.RELAPSE_PREVENTION, true, waived, "closure.checklist.plan",
						r.relapsePlan().warningSigns().size(), r.relapsePlan().peopleToCall().size()));
		items.add(item(ClosureProcedure.ONGOING_RESOURCES, !r.resources().isEmpty(), waived,
				"closure.checklist.resources", r.resources().size()));
		items.add(item(ClosureProcedure.FINAL_DOCUMENTATION, r.summarySigned(), false,
				r.summarySigned() ? "closure.checklist.signed"
						: r.summary() == null ? "closure.checklist.noSummary" : "closure.checklist.unsigned"));
		return items;
	}

	/**
	 * A procedure of the checklist with its detail: in English for the API, and as a
	 * message the screens show in the reader's language.
	 */
	private ChecklistItem item(ClosureProcedure procedure, boolean done, boolean waived, String key,
			Object... arguments) {
		return new ChecklistItem(procedure, done, waived, this.messages.getMessage(key, arguments, Locale.ENGLISH), key,
				Arrays.asList(arguments));
	}

	// helpers: the summary draft

	/**
	 * The goals achieved, or those not achieved, one a line with its outcome and in full;
	 * the message {@code none} when there is no such goal.
	 */
	private String goalLines(List<GoalEvidence> goals, boolean achieved, Map<UUID, String> statements, String none) {
		String lines = goals.stream()
			.filter(g -> g.achieved() == achieved)
			.map(g -> message("closure.draft.goal", statements.getOrDefault(g.goalId(), g.label()),
					message("enum.GoalStatus." + g.status().name())))
			.collect(Collectors.joining("\n"));
		return lines.isEmpty() ? message(none) : lines;
	}

	private SummaryText draft(CaseFile file, ClosureRequest r, Facts facts) {
		CaseSummary c = file.summary();
		String reason = message("enum.ClosureReason." + r.reason().name());
		String overview = message("closure.draft.overview", c.clientName(), c.programName(), c.number(),
				c.openedOn().toString(), r.closureDate().toString(), reason)
				+ (r.reasonNote() == null ? "" : "\n" + message("closure.draft.reasonNote", r.reasonNote()));
		String services = facts.evidence().referrals().isEmpty() ? message("closure.draft.noReferrals") : facts
			.evidence()
			.referrals()
			.stream()
			.map(x -> message("closure.draft.referral", x.serviceName(), x.organizationName(),
					message("enum.ReferralStatus." + x.status().name()))
					+ (x.serviceReceived() == null ? ""
							: "; " + message(
									x.serviceReceived() ? "closure.draft.received" : "closure.draft.notReceived"))
					+ (x.outcomeNote() == null ? "" : "; " + x.outcomeNote()))
			.collect(Collectors.joining("\n"));
		List<GoalEvidence> goals = facts.evidence().goals();
		// the summary goes home with the client and to the next provider: goals in full,
		// not shortened as the lists on the screens show them
		Map<UUID, String> statements = new LinkedHashMap<>();
		if (facts.plan() != null) {
			facts.plan()
				.goals()
				.forEach(g -> statements.put(g.id(),
						g.statement() != null && !g.statement().isBlank() ? g.statement().strip() : g.label()));
		}
		String achieved = facts.plan() == null ? message("closure.draft.noPlan")
				: goalLines(goals, true, statements, "closure.draft.noGoalsAchieved");
		String notAchieved = facts.plan() == null ? null
				: goalLines(goals, false, statements, "closure.draft.allGoalsAchieved");
		AssessmentEvidence a = facts.evidence().assessment();
		String assessment = a == null ? message("closure.draft.noAssessment") : message("closure.draft.assessment", a
			.instrumentTitle(), String.valueOf(a.firstOn()), String.valueOf(a.latestOn())) + "\n" + a.domains()
				.stream()
				.map(d -> message("closure.draft.domain", d.label(), message("enum.DomainRating." + d.first().name()),
						message("enum.DomainRating." + d.latest().name())))
				.collect(Collectors.joining("\n"));
		List<String> unresolved = new ArrayList<>();
		if (a != null) {
			a.domains()
				.stream()
				.filter(d -> d.latest().needsAttention())
				.forEach(d -> unresolved.add(message("closure.draft.unresolvedDomain", d.label(),
						message("enum.DomainRating." + d.latest().name()))));
		}
		goals.stream()
			.filter(g -> g.status().open() || g.status() == GoalStatus.PARTIALLY_ACHIEVED
					|| g.status() == GoalStatus.NOT_ACHIEVED)
			.forEach(g -> unresolved
				.add(message("closure.draft.unresolvedGoal", statements.getOrDefault(g.goalId(), g.label()))));
		String unresolvedNeeds = unresolved.isEmpty() ? message("closure.draft.noUnresolved")
				: String.join("\n", unresolved);
		List<String> recommendations = new ArrayList<>();
		List<ResourceView> resources = resources(r);
		if (!resources.isEmpty()) {
			recommendations.add(message("closure.draft.resources",
					resources.stream()
						.map(x -> x.serviceName() + " (" + x.organizationName() + ")")
						.collect(Collectors.joining(", "))));
		}
		if (r.relapsePlan() != null) {
			recommendations.add(message("closure.draft.seekHelp", r.relapsePlan().howToSeekHelp()));
		}
		if (recommendations.isEmpty()) {
			recommendations.add(message("closure.draft.noRecommendations"));
		}
		return new SummaryText(overview, services, achieved, notAchieved, assessment, unresolvedNeeds,
				String.join("\n", recommendations));
	}

	// helpers: closing

	private ClosureView closeCase(Editing e, String detail) {
		ClosureRequest r = e.request();
		UUID caseId = r.caseId();
		this.requests.update(r, now());
		this.access.write(r.clientId(), AuditAction.UPDATE, SUBJECT, r.id(), detail);
		CaseSummary closed = this.cases.close(caseId, r.closedOn(), message("enum.ClosureReason." + r.reason().name())
				+ (r.reasonNote() == null ? "" : ": " + r.reasonNote()));
		this.tasks.resolve(approvalKey(r), "The closure was decided");
		this.rules.evaluateCases(List.of(caseId));
		if (r.checkInDays() != null) {
			this.tasks.raise(List.of(new CaseTask(TaskKind.CLOSURE_CHECK_IN, checkInKey(r),
					Wording.of("task.title.CLOSURE_CHECK_IN", r.checkInDays(), closed.number(), r.closedOn()), caseId,
					closed.number(), r.clientId(), closed.ownerId(), closed.priority(),
					r.closedOn().plusDays(r.checkInDays()))));
		}
		this.events
			.publishEvent(new ClosureApproved(r.id(), caseId, r.clientId(), r.reason(), r.closedOn(), e.me().id()));
		return view(file(caseId), r);
	}

	private void raiseApprovalTasks(CaseSummary c, ClosureRequest r) {
		UUID team = this.identity.user(c.ownerId()).map(UserSummary::teamId).orElse(null);
		if (team == null) {
			return;
		}
		List<CaseTask> raised = this.identity.users()
			.stream()
			.filter(u -> u.active() && team.equals(u.teamId()) && u.roles().contains(Role.SUPERVISOR)
					&& !u.id().equals(r.submittedBy()))
			.map(u -> new CaseTask(TaskKind.CLOSURE_APPROVAL, approvalKey(r) + u.id(),
					Wording.of("task.title.CLOSURE_APPROVAL", c.number(), "#enum.ClosureReason." + r.reason().name()),
					c.id(), c.number(), c.clientId(), u.id(), c.priority(), today()))
			.toList();
		this.tasks.raise(raised);
	}

	private static String approvalKey(ClosureRequest r) {
		return "closure-approval:" + r.id() + ":";
	}

	private static String checkInKey(ClosureRequest r) {
		return "closure-check-in:" + r.id();
	}

	// helpers: loading and saving

	private record Editing(CaseFile file, ClosureRequest request, CurrentUser me) {
	}

	private Editing editing(UUID caseId, long expectedVersion) {
		return editing(caseId, expectedVersion, false);
	}

	/**
	 * The closure under way, when the caller read its current version and the case is
	 * open.
	 * @param anyActive also a submitted one (to withdraw it, or hand the client off)
	 */
	private Editing editing(UUID caseId, long expectedVersion, boolean anyActive) {
		CaseFile file = file(caseId);
		ClosureRequest r = this.requests.latestOf(caseId).orElseThrow(() -> new NotFoundException("Closure"));
		if (r.version() != expectedVersion) {
			throw StaleVersionException.stale("closure");
		}
		if (file.summary().status() != CaseStatus.OPEN || r.status() == ClosureStatus.APPROVED) {
			throw new DomainRuleException("The case is closed already: the closure no longer changes.");
		}
		if (!anyActive && r.status() == ClosureStatus.SUBMITTED) {
			throw new DomainRuleException(
					"The closure awaits the supervisor's decision: it changes only once returned (or withdraw it)");
		}
		if (r.status() == ClosureStatus.WITHDRAWN) {
			throw new DomainRuleException("The closure was withdrawn: start a new one");
		}
		return new Editing(file, r, me());
	}

	private Editing deciding(UUID caseId, long expectedVersion) {
		CaseFile file = file(caseId);
		ClosureRequest r = this.requests.latestOf(caseId).orElseThrow(() -> new NotFoundException("Closure"));
		CurrentUser me = me();
		if (r.status() == ClosureStatus.APPROVED || file.summary().status() != CaseStatus.OPEN) {
			throw new DomainRuleException("The case is closed already.");
		}
		if (me.id().equals(r.submittedBy()) || me.id().equals(r.requestedBy())
				|| me.id().equals(file.summary().ownerId())) {
			throw new DomainRuleException("Nobody approves or returns their own closure: a supervisor of the "
					+ "owner's team decides on it.");
		}
		if (!this.cases.supervisesOwner(file.summary().ownerId())) {
			throw new AccessDeniedException("Only a supervisor of the case owner's team approves or returns a closure");
		}
		if (r.version() != expectedVersion) {
			throw StaleVersionException.stale("closure");
		}
		if (r.status() != ClosureStatus.SUBMITTED) {
			throw new DomainRuleException("The closure is " + r.status().name().toLowerCase(Locale.ROOT)
					+ ": only a submitted closure is decided");
		}
		return new Editing(file, r, me);
	}

	private ClosureView save(Editing e, String detail) {
		this.requests.update(e.request(), now());
		this.access.write(e.request().clientId(), AuditAction.UPDATE, SUBJECT, e.request().id(), detail);
		return view(e.file(), e.request());
	}

	private CaseFile file(UUID caseId) {
		return this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
	}

	private static void requireOpen(CaseFile file) {
		if (file.summary().status() != CaseStatus.OPEN) {
			throw new DomainRuleException("The case is closed: it takes no more outreach attempts.");
		}
	}

	private ClosureView view(CaseFile file, ClosureRequest r) {
		boolean active = r.status().active();
		Facts facts = active ? facts(file, r) : null;
		List<Blocker> blockers = active ? blockers(file, r, facts) : List.of();
		List<ClosureWarning> warnings = active ? warnings(facts) : List.of();
		ClosureEvidence evidence = active ? facts.evidence() : null;
		List<ChecklistItem> checklist = active ? checklist(r, facts) : List.of();
		ClosureSettings rules = this.settings.of(r.programId());
		List<ClosureRequests.EventRow> history = this.requests.history(r.id());
		List<ClosureRequests.AddendumRow> addenda = this.requests.addenda(r.id());
		Set<UUID> people = new HashSet<>();
		people.add(r.requestedBy());
		Stream.of(r.decidedBy(), r.summarySignedBy()).filter(Objects::nonNull).forEach(people::add);
		history.forEach(h -> people.add(h.by()));
		addenda.forEach(a -> people.add(a.authorId()));
		Map<UUID, String> names = this.identity.displayNames(people);
		ClosureSummaryView summary = r.summary() == null ? null
				: new ClosureSummaryView(r.summary(), r.summaryDraftedAt(), r.summarySignedAt(), r.summarySignedBy(),
						r.summarySignedBy() == null ? null : names.get(r.summarySignedBy()),
						addenda.stream()
							.map(a -> new ClosureSummaryView.Addendum(a.id(), a.text(), a.authorId(),
									names.get(a.authorId()), a.signedAt()))
							.toList());
		boolean requiresApproval = rules.requireSupervisorApproval() || !warnings.isEmpty();
		CurrentUser me = me();
		boolean mayDecide = r.status() == ClosureStatus.SUBMITTED && !me.id().equals(r.submittedBy())
				&& !me.id().equals(file.summary().ownerId()) && this.cases.supervisesOwner(file.summary().ownerId());
		CaseSummary c = file.summary();
		LocalDate reopenableUntil = r.status() == ClosureStatus.APPROVED && r.reopenedAt() == null
				&& r.closedOn() != null ? r.closedOn().plusDays(rules.reopenWindowDays()) : null;
		return new ClosureView(r.id(), r.version(), c.id(), c.number(), c.clientId(), c.clientName(), r.status(),
				r.reason(), r.reasonNote(), r.closureDate(), r.checkInDays(), r.notice(), r.progressReview(),
				r.relapsePlan(), resources(r), checklist, evidence, blockers, warnings, summary, r.handoffReferralId(),
				requiresApproval, mayDecide, r.requestedBy(), names.get(r.requestedBy()), r.requestedAt(),
				r.submittedAt(), r.decidedBy(), r.decidedBy() == null ? null : names.get(r.decidedBy()), r.decidedAt(),
				r.justification(), r.closedOn(), reopenableUntil, r.reopenedAt(), r.reopenReason(),
				history.stream()
					.map(h -> new ClosureView.HistoryEntry(h.action(), h.comments(), names.get(h.by()), h.at()))
					.toList());
	}

	private List<ResourceView> resources(ClosureRequest r) {
		Map<UUID, DirectoryService> services = new LinkedHashMap<>();
		r.resources().forEach(x -> this.directory.service(x.serviceId()).ifPresent(s -> services.put(s.id(), s)));
		return r.resources().stream().filter(x -> services.containsKey(x.serviceId())).map(x -> {
			DirectoryService s = services.get(x.serviceId());
			return new ResourceView(s.id(), s.name(), s.organizationName(), s.phone(), s.address(), s.url(), s.active(),
					x.note());
		}).toList();
	}

	private List<OutreachAttempt> attempts(UUID caseId) {
		List<OutreachAttempts.Row> rows = this.outreach.ofCase(caseId);
		Map<UUID, String> names = this.identity
			.displayNames(rows.stream().map(OutreachAttempts.Row::recordedBy).distinct().toList());
		return rows.stream()
			.map(a -> new OutreachAttempt(a.id(), a.attemptedOn(), a.method(), a.outcome(), names.get(a.recordedBy()),
					a.recordedAt()))
			.toList();
	}

	private CurrentUser me() {
		return this.users.current();
	}

	private Instant now() {
		return this.clock.instant();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(now(), ZoneOffset.UTC);
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
