package org.casework.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casework.assessments.CaseAssessments;
import org.casework.assessments.ReassessmentSchedule;
import org.casework.careplans.PlanSchedules;
import org.casework.careplans.PlanSchedules.AwaitingApproval;
import org.casework.careplans.PlanSchedules.PlanInForce;
import org.casework.cases.CaseManagement;
import org.casework.cases.OpenCaseFacts;
import org.casework.clients.ClientCrisis;
import org.casework.consents.ConsentExpiries;
import org.casework.identity.ClientAccess;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Role;
import org.casework.identity.UserSummary;
import org.casework.monitoring.ContactActivity.UnsignedContact;
import org.casework.monitoring.domain.Occurrence;
import org.casework.monitoring.domain.Tasks;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramManagement;
import org.casework.referrals.ReferralFollowUps;
import org.casework.referrals.ReferralFollowUps.OpenFollowUp;
import org.casework.shared.Wording;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring rules (guide 000, "Systematic Progress Monitoring"), driven by each
 * case's intensity level: a contact at least every so many days, goals reviewed monthly
 * or quarterly, a formal reassessment every 6 to 12 months or on a significant change;
 * besides them the referrals' open follow-ups, notes unsigned 24 hours after the contact,
 * consents expiring within 30 days, clients in crisis, emergency access (for the
 * supervisor) and plans waiting for a supervisor's approval.
 *
 * <p>
 * Each occurrence of a condition raises one task with its rule key (a rule run twice
 * raises nothing new), and the task resolves itself when the condition ends. The rules
 * read every open case with a handful of set-based reads and write in batches, so a run
 * over all open cases costs the same dozen statements however many cases there are.
 */
@Service
public class MonitoringRules {

	private static final Logger log = LoggerFactory.getLogger(MonitoringRules.class);

	/** The rules that raise tasks about a case (evaluated again when a case changes). */
	private static final Set<TaskKind> CASE_RULES = Set.of(TaskKind.NO_CONTACT, TaskKind.GOAL_REVIEW,
			TaskKind.REASSESSMENT, TaskKind.REFERRAL_FOLLOW_UP, TaskKind.UNSIGNED_NOTE, TaskKind.CONSENT_EXPIRING,
			TaskKind.CRISIS, TaskKind.PLAN_APPROVAL);

	/**
	 * The rules a contact note changes: the last contact, and the drafts left unsigned.
	 */
	static final Set<TaskKind> NOTE_RULES = Set.of(TaskKind.NO_CONTACT, TaskKind.UNSIGNED_NOTE);

	private final CaseManagement cases;

	private final ProgramManagement programs;

	private final CaseAssessments assessments;

	private final PlanSchedules plans;

	private final ReferralFollowUps followUps;

	private final ConsentExpiries consents;

	private final ClientCrisis crisis;

	private final ClientAccess access;

	private final IdentityManagement identity;

	private final ContactActivity contacts;

	private final Tasks tasks;

	private final MonitoringProperties properties;

	private final Clock clock;

	MonitoringRules(CaseManagement cases, ProgramManagement programs, CaseAssessments assessments, PlanSchedules plans,
			ReferralFollowUps followUps, ConsentExpiries consents, ClientCrisis crisis, ClientAccess access,
			IdentityManagement identity, ContactActivity contacts, Tasks tasks, MonitoringProperties properties,
			Clock clock) {
		this.cases = cases;
		this.programs = programs;
		this.assessments = assessments;
		this.plans = plans;
		this.followUps = followUps;
		this.consents = consents;
		this.crisis = crisis;
		this.access = access;
		this.identity = identity;
		this.contacts = contacts;
		this.tasks = tasks;
		this.properties = properties;
		this.clock = clock;
	}

	/** How many tasks a run raised and resolved. */
	public record Outcome(int raised, int resolved) {
	}

	/** Runs every rule over every open case, on one node of a cluster at a time. */
	@Scheduled(fixedDelayString = "${casework.monitoring.rule-interval:PT15M}",
			initialDelayString = "${casework.monitoring.rule-initial-delay:PT2M}")
	@SchedulerLock(name = "monitoring-rules", lockAtMostFor = "PT30M")
	public void scheduled() {
		long start = System.nanoTime();
		Outcome outcome = evaluate();
		log.info("Monitoring rules: {} tasks raised, {} resolved in {} ms", outcome.raised(), outcome.resolved(),
				Duration.ofNanos(System.nanoTime() - start).toMillis());
	}

	/** Runs every rule over every open case now. */
	@Transactional
	public Outcome evaluate() {
		Instant now = this.clock.instant();
		List<OpenCaseFacts> open = this.cases.openCaseFacts(null);
		Outcome cases = evaluate(open, null, now, CASE_RULES);
		Outcome alerts = emergencyAccess(open, now);
		return new Outcome(cases.raised() + alerts.raised(), cases.resolved() + alerts.resolved());
	}

	/**
	 * Runs the rules about these cases now (a case changed: a contact, an assessment, a
	 * plan agreed, a transfer): their tasks follow at once instead of at the next run. A
	 * case no longer open has its tasks resolved.
	 */
	@Transactional
	public Outcome evaluateCases(Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return new Outcome(0, 0);
		}
		return evaluateCases(caseIds, CASE_RULES);
	}

	/**
	 * Runs only these rules about these cases now: those that what happened can change (a
	 * contact note signed changes the last contact and the unsigned notes, nothing else).
	 */
	@Transactional
	public Outcome evaluateCases(Collection<UUID> caseIds, Set<TaskKind> kinds) {
		if (caseIds.isEmpty()) {
			return new Outcome(0, 0);
		}
		return evaluate(this.cases.openCaseFacts(caseIds), caseIds, this.clock.instant(), kinds);
	}

	/**
	 * Runs these rules about a client's open cases now (the client's crisis flag was
	 * raised or resolved).
	 */
	@Transactional
	public Outcome evaluateClient(UUID clientId, Set<TaskKind> kinds) {
		List<OpenCaseFacts> open = this.cases.openCaseFactsOfClients(List.of(clientId));
		if (open.isEmpty()) {
			return new Outcome(0, 0);
		}
		return evaluate(open, open.stream().map(OpenCaseFacts::caseId).toList(), this.clock.instant(), kinds);
	}

	/**
	 * Whether a note signed on the case can change its tasks: signing only moves the last
	 * contact on and leaves one draft fewer, so it never raises a no-contact or
	 * unsigned-note task, and can only resolve one that is open.
	 */
	public boolean contactTaskOpen(UUID caseId) {
		return this.tasks.hasOpen(caseId, NOTE_RULES.stream().map(TaskKind::name).toList());
	}

	/** Runs the no-contact and unsigned-note rules of one case now. */
	@Transactional
	public Outcome evaluateContactRules(UUID caseId) {
		return evaluateCases(List.of(caseId), NOTE_RULES);
	}

	/** Runs the emergency access rule now (someone just broke the glass). */
	@Transactional
	public Outcome evaluateEmergencyAccess() {
		return emergencyAccess(null, this.clock.instant());
	}

	private Outcome evaluate(List<OpenCaseFacts> open, Collection<UUID> scope, Instant now, Set<TaskKind> kinds) {
		LocalDate today = LocalDate.ofInstant(now, this.properties.timeZone());
		Map<UUID, OpenCaseFacts> byCase = open.stream()
			.collect(Collectors.toMap(OpenCaseFacts::caseId, Function.identity()));
		Map<UUID, List<OpenCaseFacts>> byClient = open.stream().collect(Collectors.groupingBy(OpenCaseFacts::clientId));
		Cadences cadences = new Cadences(this.programs);
		Map<TaskKind, List<Occurrence>> found = new EnumMap<>(TaskKind.class);
		for (TaskKind kind : kinds) {
			if (!CASE_RULES.contains(kind)) {
				throw new IllegalArgumentException(kind + " is not a rule about cases");
			}
			found.put(kind, new ArrayList<>());
		}
		if (kinds.contains(TaskKind.NO_CONTACT)) {
			noContact(open, cadences, today, found.get(TaskKind.NO_CONTACT));
		}
		if (kinds.contains(TaskKind.GOAL_REVIEW)) {
			goalReviews(open, cadences, today, found.get(TaskKind.GOAL_REVIEW));
		}
		if (kinds.contains(TaskKind.REASSESSMENT)) {
			reassessments(open, today, found.get(TaskKind.REASSESSMENT));
		}
		if (kinds.contains(TaskKind.REFERRAL_FOLLOW_UP)) {
			referralFollowUps(byCase, found.get(TaskKind.REFERRAL_FOLLOW_UP));
		}
		if (kinds.contains(TaskKind.UNSIGNED_NOTE)) {
			unsignedNotes(byCase, now, found.get(TaskKind.UNSIGNED_NOTE));
		}
		if (kinds.contains(TaskKind.CONSENT_EXPIRING)) {
			consentsExpiring(byClient, today, found.get(TaskKind.CONSENT_EXPIRING));
		}
		if (kinds.contains(TaskKind.CRISIS)) {
			crises(byClient, found.get(TaskKind.CRISIS));
		}
		if (kinds.contains(TaskKind.PLAN_APPROVAL)) {
			plansAwaitingApproval(byCase, found.get(TaskKind.PLAN_APPROVAL));
		}
		int raised = 0;
		int resolved = 0;
		for (TaskKind kind : found.keySet()) {
			List<Occurrence> occurrences = found.get(kind);
			raised += this.tasks.raise(occurrences, now);
			resolved += this.tasks.resolveOthers(kind, occurrences.stream().map(Occurrence::ruleKey).toList(), scope,
					now);
		}
		return new Outcome(raised, resolved);
	}

	/**
	 * No contact within the minimum contact frequency: due the day the frequency runs out
	 * after the last contact (or the opening), raised from that day; resolved when a
	 * contact moves the day on.
	 */
	private void noContact(List<OpenCaseFacts> open, Cadences cadences, LocalDate today, List<Occurrence> found) {
		Map<UUID, Instant> last = this.contacts.lastContacts(open.stream().map(OpenCaseFacts::caseId).toList());
		for (OpenCaseFacts c : open) {
			Optional<IntensityLevel> level = cadences.of(c);
			if (level.isEmpty()) {
				continue;
			}
			Instant contact = last.get(c.caseId());
			LocalDate since = contact == null ? c.openedOn() : LocalDate.ofInstant(contact, this.properties.timeZone());
			if (since.isBefore(c.openedOn())) {
				since = c.openedOn();
			}
			int days = level.get().contactEveryDays();
			LocalDate due = since.plusDays(days);
			if (!today.isBefore(due)) {
				found.add(occurrence(TaskKind.NO_CONTACT, "no-contact:" + c.caseId() + ":" + due,
						Wording.of("task.title.NO_CONTACT", since, days, level.get().name()), c, c.ownerId(), due));
			}
		}
	}

	/**
	 * Goals reviewed monthly or quarterly by intensity, counted from the last progress
	 * recorded on a goal of the plan in force (or its agreement).
	 */
	private void goalReviews(List<OpenCaseFacts> open, Cadences cadences, LocalDate today, List<Occurrence> found) {
		Map<UUID, PlanInForce> inForce = this.plans.inForce(open.stream().map(OpenCaseFacts::caseId).toList());
		for (OpenCaseFacts c : open) {
			PlanInForce plan = inForce.get(c.caseId());
			Optional<IntensityLevel> level = cadences.of(c);
			if (plan == null || level.isEmpty()) {
				continue;
			}
			LocalDate due = plan.lastGoalReviewOn().plusMonths(level.get().goalReview().months());
			if (!today.isBefore(due.minusDays(this.properties.leadDays()))) {
				found.add(occurrence(TaskKind.GOAL_REVIEW, "goal-review:" + c.caseId() + ":" + due, Wording
					.of("task.title.GOAL_REVIEW", plan.number(), "#enum.GoalReview." + level.get().goalReview().name()),
						c, c.ownerId(), due));
			}
		}
	}

	/** The reassessment schedule of the assessments module, a week ahead. */
	private void reassessments(List<OpenCaseFacts> open, LocalDate today, List<Occurrence> found) {
		Map<UUID, ReassessmentSchedule> schedules = this.assessments.schedules(open);
		for (OpenCaseFacts c : open) {
			ReassessmentSchedule s = schedules.get(c.caseId());
			if (s == null || today.isBefore(s.dueOn().minusDays(this.properties.leadDays()))) {
				continue;
			}
			Wording title = switch (s.basis()) {
				case INITIAL -> Wording.of("task.title.REASSESSMENT.INITIAL");
				case CADENCE -> Wording.of("task.title.REASSESSMENT.CADENCE", s.months());
				case SIGNIFICANT_CHANGE -> Wording.of("task.title.REASSESSMENT.SIGNIFICANT_CHANGE",
						"#enum.SignificantChange." + s.change().name());
			};
			found
				.add(occurrence(TaskKind.REASSESSMENT, "reassessment:" + c.caseId() + ":" + s.basis() + ":" + s.dueOn(),
						title, c, c.ownerId(), s.dueOn()));
		}
	}

	/** The referrals module's open follow-ups, mirrored while they stay open. */
	private void referralFollowUps(Map<UUID, OpenCaseFacts> byCase, List<Occurrence> found) {
		for (OpenFollowUp f : this.followUps.open()) {
			OpenCaseFacts c = byCase.get(f.caseId());
			if (c != null) {
				found.add(occurrence(TaskKind.REFERRAL_FOLLOW_UP, "referral-follow-up:" + f.id(), f.wording(), c,
						c.ownerId(), f.dueOn()));
			}
		}
	}

	/**
	 * A contact note is signed within 24 hours of the contact; its author is reminded.
	 */
	private void unsignedNotes(Map<UUID, OpenCaseFacts> byCase, Instant now, List<Occurrence> found) {
		for (UnsignedContact note : this.contacts.unsignedNotesSince(now.minus(Duration.ofHours(24)))) {
			OpenCaseFacts c = byCase.get(note.caseId());
			if (c != null) {
				LocalDate due = LocalDate.ofInstant(note.contactAt().plus(Duration.ofHours(24)),
						this.properties.timeZone());
				found.add(occurrence(TaskKind.UNSIGNED_NOTE, "unsigned-note:" + note.noteId(),
						Wording.of("task.title.UNSIGNED_NOTE",
								LocalDate.ofInstant(note.contactAt(), this.properties.timeZone())),
						c, note.authorId(), due));
			}
		}
	}

	/**
	 * A release of information expiring within 30 days, on each open case of the client.
	 */
	private void consentsExpiring(Map<UUID, List<OpenCaseFacts>> byClient, LocalDate today, List<Occurrence> found) {
		for (ConsentExpiries.ExpiringConsent consent : this.consents.expiringBetween(today,
				today.plusDays(this.properties.consentDays()))) {
			for (OpenCaseFacts c : byClient.getOrDefault(consent.clientId(), List.of())) {
				found.add(occurrence(TaskKind.CONSENT_EXPIRING, "consent:" + consent.consentId() + ":" + c.caseId(),
						Wording.of("task.title.CONSENT_EXPIRING", consent.recipientName(), consent.expiresOn()), c,
						c.ownerId(), consent.expiresOn()));
			}
		}
	}

	/**
	 * A client flagged in crisis: an alert on each open case, until the crisis is
	 * resolved.
	 */
	private void crises(Map<UUID, List<OpenCaseFacts>> byClient, List<Occurrence> found) {
		for (ClientCrisis.ActiveCrisis active : this.crisis.activeCrises()) {
			for (OpenCaseFacts c : byClient.getOrDefault(active.clientId(), List.of())) {
				found.add(occurrence(TaskKind.CRISIS, "crisis:" + active.crisisId() + ":" + c.caseId(),
						Wording.of("task.title.CRISIS"), c, c.ownerId(),
						LocalDate.ofInstant(active.raisedAt(), this.properties.timeZone())));
			}
		}
	}

	/** A plan submitted for approval, for each supervisor of the owner's team. */
	private void plansAwaitingApproval(Map<UUID, OpenCaseFacts> byCase, List<Occurrence> found) {
		List<AwaitingApproval> waiting = this.plans.awaitingApproval(byCase.keySet());
		if (waiting.isEmpty()) {
			return;
		}
		List<UserSummary> users = this.identity.users();
		Map<UUID, UUID> teamOf = new HashMap<>();
		users.forEach(u -> {
			if (u.teamId() != null) {
				teamOf.put(u.id(), u.teamId());
			}
		});
		Map<UUID, List<UUID>> supervisors = users.stream()
			.filter(u -> u.active() && u.teamId() != null && u.roles().contains(Role.SUPERVISOR))
			.collect(Collectors.groupingBy(UserSummary::teamId,
					Collectors.mapping(UserSummary::id, Collectors.toList())));
		for (AwaitingApproval plan : waiting) {
			OpenCaseFacts c = byCase.get(plan.caseId());
			for (UUID supervisor : supervisors.getOrDefault(teamOf.get(c.ownerId()), List.of())) {
				found.add(occurrence(TaskKind.PLAN_APPROVAL, "plan-approval:" + plan.planId() + ":" + supervisor,
						Wording.of("task.title.PLAN_APPROVAL", plan.number()), c, supervisor,
						LocalDate.ofInstant(plan.submittedAt(), this.properties.timeZone())));
			}
		}
	}

	/**
	 * Someone broke the glass to open a client of the supervisor's team: an alert until
	 * the supervisor acknowledges it.
	 */
	private Outcome emergencyAccess(List<OpenCaseFacts> open, Instant now) {
		List<Occurrence> found = new ArrayList<>();
		List<ClientAccess.OpenEmergencyAlert> alerts = this.access.unacknowledgedAlerts();
		Map<UUID, OpenCaseFacts> firstCase = new HashMap<>();
		if (!alerts.isEmpty()) {
			Set<UUID> clients = alerts.stream()
				.map(ClientAccess.OpenEmergencyAlert::clientId)
				.collect(Collectors.toSet());
			(open == null ? this.cases.openCaseFacts(null) : open).stream()
				.filter(c -> clients.contains(c.clientId()))
				.forEach(c -> firstCase.putIfAbsent(c.clientId(), c));
		}
		for (ClientAccess.OpenEmergencyAlert alert : alerts) {
			OpenCaseFacts c = firstCase.get(alert.clientId());
			found.add(new Occurrence(TaskKind.EMERGENCY_ACCESS, "emergency-access:" + alert.alertId(),
					Wording.of("task.title.EMERGENCY_ACCESS", alert.openedBy()), c == null ? null : c.caseId(),
					c == null ? null : c.number(), alert.clientId(), alert.supervisorId(),
					c == null ? null : c.priority(),
					LocalDate.ofInstant(alert.createdAt(), this.properties.timeZone())));
		}
		int raised = this.tasks.raise(found, now);
		int resolved = this.tasks.resolveOthers(TaskKind.EMERGENCY_ACCESS,
				found.stream().map(Occurrence::ruleKey).toList(), null, now);
		return new Outcome(raised, resolved);
	}

	private static Occurrence occurrence(TaskKind kind, String key, Wording title, OpenCaseFacts c, UUID owner,
			LocalDate due) {
		return new Occurrence(kind, key, title, c.caseId(), c.number(), c.clientId(), owner, c.priority(), due);
	}

	/** The intensity levels of every program, read once per run. */
	private static final class Cadences {

		private final Map<UUID, List<IntensityLevel>> levels;

		Cadences(ProgramManagement programs) {
			this.levels = programs.intensityLevels();
		}

		Optional<IntensityLevel> of(OpenCaseFacts c) {
			return this.levels.getOrDefault(c.programId(), List.of())
				.stream()
				.filter(l -> l.code().equals(c.intensityCode()))
				.findFirst();
		}

	}

}
