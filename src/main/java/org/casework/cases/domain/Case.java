package org.casework.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.casework.cases.CareTeamChanged;
import org.casework.cases.CareTeamRole;
import org.casework.cases.CaseClosed;
import org.casework.cases.CaseOpened;
import org.casework.cases.CasePriorityChanged;
import org.casework.cases.CaseProgress;
import org.casework.cases.CaseReopened;
import org.casework.cases.CaseStage;
import org.casework.cases.CaseStatus;
import org.casework.cases.CaseTransferred;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Priority;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A client's enrollment in a program. It opens at an intake's enrollment decision with an
 * owner, who is its primary worker; a supervisor may transfer it to another worker, which
 * is kept in its history; it closes, and is never deleted. The owner is always the one
 * current primary worker of the care team.
 */
@Table("client_case")
public class Case extends AbstractAggregateRoot<Case> {

	static final int MAX_REASON = 1000;

	static final int MAX_NOTE = 4000;

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final String number;

	private final UUID agencyId;

	private final UUID clientId;

	private final UUID programId;

	private UUID ownerId;

	private CaseStatus status;

	private Priority priority;

	private String intensityCode;

	private final LocalDate openedOn;

	private final Instant openedAt;

	private final UUID openedBy;

	private final UUID intakeId;

	private Instant lastActivityAt;

	private boolean assessed;

	private boolean planAgreed;

	private boolean reviewed;

	private boolean closureRequested;

	private LocalDate closedOn;

	private UUID previousCaseId;

	@MappedCollection(idColumn = "client_case", keyColumn = "position")
	private List<StatusChange> statusChanges = new ArrayList<>();

	@MappedCollection(idColumn = "client_case", keyColumn = "position")
	private List<TeamMembership> careTeam = new ArrayList<>();

	@MappedCollection(idColumn = "client_case", keyColumn = "position")
	private List<Transfer> transfers = new ArrayList<>();

	@MappedCollection(idColumn = "client_case", keyColumn = "position")
	private List<PriorityChange> priorityChanges = new ArrayList<>();

	@PersistenceCreator
	Case(UUID id, Integer version, String number, UUID agencyId, UUID clientId, UUID programId, LocalDate openedOn,
			Instant openedAt, UUID openedBy, UUID intakeId) {
		this.id = id;
		this.version = version;
		this.number = number;
		this.agencyId = agencyId;
		this.clientId = clientId;
		this.programId = programId;
		this.openedOn = openedOn;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.intakeId = intakeId;
	}

	/**
	 * Opens a case: the owner joins the care team as its primary worker. The caller has
	 * checked the opening against what the case cannot see (the program and its levels,
	 * the agency's workers, the client's scope); the case insists on every reference and
	 * on a number of the year it opens in (dates are UTC, as the application's clock).
	 * @param number the number handed out for the year the case opens in
	 * @param intensityCode one of the program's levels, or {@code null}
	 */
	public static Case open(CaseNumber number, UUID agencyId, UUID clientId, UUID programId, UUID ownerId,
			Priority priority, String intensityCode, UUID intakeId, UUID openedBy, Instant at) {
		return open(number, agencyId, clientId, programId, ownerId, priority, intensityCode, intakeId, openedBy, at,
				null);
	}

	/**
	 * Opens a case as
	 * {@link #open(CaseNumber, UUID, UUID, UUID, UUID, Priority, String, UUID, UUID, Instant)}
	 * does, linked to the client's previous case in the program (closed, and past its
	 * reopening window), so that the new case's history starts from the old one.
	 * @param previousCaseId the client's latest closed case in the program, or null
	 */
	public static Case open(CaseNumber number, UUID agencyId, UUID clientId, UUID programId, UUID ownerId,
			Priority priority, String intensityCode, UUID intakeId, UUID openedBy, Instant at, UUID previousCaseId) {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(programId, "programId");
		Objects.requireNonNull(ownerId, "ownerId");
		Objects.requireNonNull(priority, "priority");
		LocalDate on = at.atOffset(ZoneOffset.UTC).toLocalDate();
		if (number.year() != on.getYear()) {
			throw new IllegalArgumentException(
					"Case number " + number + " is not of the year the case opens in (" + on.getYear() + ")");
		}
		Case opened = new Case(UUID.randomUUID(), null, number.toString(), agencyId, clientId, programId, on, at,
				openedBy, intakeId);
		opened.status = CaseStatus.OPEN;
		opened.ownerId = ownerId;
		opened.priority = priority;
		opened.intensityCode = intensityCode;
		opened.lastActivityAt = at;
		opened.previousCaseId = previousCaseId;
		opened.careTeam.add(TeamMembership.join(ownerId, CareTeamRole.PRIMARY_WORKER, at));
		opened.registerEvent(
				new CaseOpened(opened.id, opened.number, clientId, programId, ownerId, priority, intakeId, on));
		return opened;
	}

	/**
	 * Hands the case to another worker. The previous owner leaves the care team (their
	 * access to the client follows the care team); the new owner becomes its primary
	 * worker, leaving any other role they held on it. Reason and handoff note are
	 * required and kept in the case's history.
	 * @param caseWorkers who may own a case (active case workers of the agency)
	 */
	public void transfer(UUID newOwner, String reason, String handoffNote, UUID by, Instant at,
			Predicate<UUID> caseWorkers) {
		requireOpen("A closed case cannot be transferred.");
		List<FieldProblem> problems = new ArrayList<>();
		if (newOwner == null) {
			problems.add(new FieldProblem("newOwnerId", "must name the worker who takes the case over"));
		}
		else if (newOwner.equals(this.ownerId)) {
			problems.add(new FieldProblem("newOwnerId", "owns the case already"));
		}
		else if (!caseWorkers.test(newOwner)) {
			problems.add(new FieldProblem("newOwnerId", "must be an active case worker of the agency"));
		}
		text(reason, "reason", "must say why the case is transferred", MAX_REASON, problems);
		text(handoffNote, "handoffNote", "must tell the new owner what they need to know", MAX_NOTE, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID previous = this.ownerId;
		this.careTeam.stream()
			.filter(m -> m.current() && (m.userId().equals(previous) || m.userId().equals(newOwner)))
			.forEach(m -> m.leave(at));
		this.careTeam.add(TeamMembership.join(newOwner, CareTeamRole.PRIMARY_WORKER, at));
		this.transfers.add(new Transfer(previous, newOwner, reason.trim(), handoffNote.trim(), by, at));
		this.ownerId = newOwner;
		this.lastActivityAt = at;
		registerEvent(new CaseTransferred(this.id, this.clientId, previous, newOwner, by, at));
	}

	/**
	 * Puts someone on the care team beside the owner: a secondary worker who shares the
	 * work, or a supervisor who reviews it. The primary worker is always the owner and
	 * changes only by a transfer.
	 * @param eligible whether a person may hold a role on a case of this agency (an
	 * active case worker for a secondary worker, an active supervisor for a supervisor)
	 */
	public void addToTeam(UUID userId, CareTeamRole role, UUID by, Instant at,
			BiPredicate<UUID, CareTeamRole> eligible) {
		requireOpen("A closed case's care team cannot change.");
		List<FieldProblem> problems = new ArrayList<>();
		if (userId == null) {
			problems.add(new FieldProblem("userId", "must name the person who joins the care team"));
		}
		else if (currentMember(userId) != null) {
			problems.add(new FieldProblem("userId", "is on the care team already"));
		}
		if (role == null) {
			problems.add(new FieldProblem("role", "must be SECONDARY_WORKER or SUPERVISOR"));
		}
		else if (role == CareTeamRole.PRIMARY_WORKER) {
			problems.add(new FieldProblem("role",
					"cannot be PRIMARY_WORKER: the owner is the primary worker, transfer the case to change them"));
		}
		if (problems.isEmpty() && !eligible.test(userId, role)) {
			problems.add(new FieldProblem("userId", role == CareTeamRole.SUPERVISOR
					? "must be an active supervisor of the agency" : "must be an active case worker of the agency"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.careTeam.add(TeamMembership.add(userId, role, by, at));
		registerEvent(new CareTeamChanged(this.id, this.clientId, userId, role, true, by, at));
	}

	/**
	 * Takes someone off the care team, with the reason; their membership stays in the
	 * case's history. The owner leaves only by a transfer, so that the case always has a
	 * primary worker.
	 * @throws NotFoundException when the person is not on the care team now
	 */
	public TeamMembership removeFromTeam(UUID userId, String reason, UUID by, Instant at) {
		requireOpen("A closed case's care team cannot change.");
		TeamMembership member = currentMember(userId);
		if (member == null) {
			throw new NotFoundException("Care team member");
		}
		if (userId.equals(this.ownerId)) {
			throw new DomainRuleException(
					"The primary worker leaves the care team only when a supervisor transfers the case to another worker.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		text(reason, "reason", "must say why they leave the care team", MAX_REASON, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		member.remove(by, reason.trim(), at);
		registerEvent(new CareTeamChanged(this.id, this.clientId, userId, member.role(), false, by, at));
		return member;
	}

	/**
	 * Changes the priority and, optionally, the intensity level when the client's
	 * situation changes; the reason is kept with the change.
	 * @param intensityCode the new level (already checked against the program's levels),
	 * or {@code null} to keep the current one
	 */
	public void reprioritize(Priority newPriority, String intensityCode, String reason, UUID by, Instant at) {
		requireOpen("A closed case's priority cannot change.");
		List<FieldProblem> problems = new ArrayList<>();
		String intensity = intensityCode == null ? this.intensityCode : intensityCode;
		if (newPriority == null) {
			problems.add(new FieldProblem("priority", "is required"));
		}
		else if (newPriority == this.priority && Objects.equals(intensity, this.intensityCode)) {
			problems.add(new FieldProblem("priority",
					"is the case's priority already, and the intensity level is unchanged"));
		}
		text(reason, "reason", "must say what changed in the client's situation", MAX_REASON, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Priority previous = this.priority;
		this.priorityChanges
			.add(new PriorityChange(previous, newPriority, this.intensityCode, intensity, reason.trim(), by, at));
		this.priority = newPriority;
		this.intensityCode = intensity;
		if (previous != newPriority) {
			registerEvent(new CasePriorityChanged(this.id, this.clientId, this.ownerId, previous, newPriority, by, at));
		}
	}

	private TeamMembership currentMember(UUID userId) {
		return this.careTeam.stream().filter(m -> m.current() && m.userId().equals(userId)).findFirst().orElse(null);
	}

	private void requireOpen(String message) {
		if (this.status != CaseStatus.OPEN) {
			throw new DomainRuleException(message);
		}
	}

	/**
	 * Records whether a closure is being prepared (the closure module's milestone): the
	 * stage is CLOSURE while it is, and follows the case's other milestones again when
	 * the closure is withdrawn.
	 */
	public void closureRequested(boolean requested, Instant at) {
		requireOpen("The case is closed.");
		if (requested) {
			this.lastActivityAt = at;
		}
		this.closureRequested = requested;
	}

	/**
	 * Closes the case once its closure was approved (or submitted where the program needs
	 * no approval). The client is no longer enrolled; the record stays, read-only except
	 * for addenda.
	 * @param on the day it closed
	 * @param reason why, in words, kept in the case's history
	 * @throws DomainRuleException when it is closed already
	 */
	public void close(LocalDate on, String reason, UUID by, Instant at) {
		requireOpen("The case is closed already.");
		Objects.requireNonNull(on, "on");
		this.status = CaseStatus.CLOSED;
		this.closureRequested = false;
		this.closedOn = on;
		this.lastActivityAt = at;
		this.statusChanges.add(new StatusChange(CaseStatus.CLOSED, required(reason), on, by, at));
		registerEvent(new CaseClosed(this.id, this.clientId, this.programId, this.ownerId, on, by));
	}

	/**
	 * Reopens a closed case: the same case is open again, its stage computed from its
	 * milestones as before. The caller has checked the program's reopening window.
	 * @throws DomainRuleException when it is open
	 * @throws InvalidInputException without a reason
	 */
	public void reopen(String reason, UUID by, Instant at) {
		if (this.status != CaseStatus.CLOSED) {
			throw new DomainRuleException("The case is open: only a closed case is reopened.");
		}
		List<FieldProblem> problems = new ArrayList<>();
		text(reason, "reason", "must say why the case is reopened", MAX_REASON, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.status = CaseStatus.OPEN;
		this.closedOn = null;
		this.lastActivityAt = at;
		this.statusChanges.add(new StatusChange(CaseStatus.OPEN, reason.strip(), null, by, at));
		registerEvent(new CaseReopened(this.id, this.clientId, this.programId, this.ownerId, by, at));
	}

	private static String required(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "is required");
		}
		return reason.strip();
	}

	/** The stage, computed from what has happened on the case. */
	public CaseStage stage() {
		return CaseStage.of(this.status, progress());
	}

	/**
	 * Records whether the case has a current completed core assessment (the assessments
	 * module's milestone); completing one, a reassessment too, is activity on the case.
	 */
	public void assessed(boolean current, Instant at) {
		if (current) {
			this.lastActivityAt = at;
		}
		this.assessed = current;
	}

	/**
	 * Records whether the client agreed the case's current care plan (the care plans
	 * module's milestone); agreeing a plan is activity on the case.
	 */
	public void planAgreed(boolean current, Instant at) {
		if (current) {
			this.lastActivityAt = at;
		}
		this.planAgreed = current;
	}

	/**
	 * Records that progress on the goals of an agreed plan was reviewed with the client
	 * (the care plans module's milestone): the case is monitored from then on. Reviewing
	 * is activity on the case.
	 */
	public void reviewed(Instant at) {
		this.lastActivityAt = at;
		this.reviewed = true;
	}

	/**
	 * Raises the priority when a completed assessment finds more risk than the case was
	 * opened with; a lower risk never lowers it by itself (a worker decides that, with a
	 * reason). The change is kept with its reason like any other.
	 * @return whether the priority was raised
	 */
	public boolean escalate(Priority risk, String reason, UUID by, Instant at) {
		if (this.status != CaseStatus.OPEN || risk == null || risk.compareTo(this.priority) >= 0) {
			return false;
		}
		reprioritize(risk, null, reason, by, at);
		return true;
	}

	/**
	 * The milestones reached: the core assessment, recorded by the assessments module,
	 * and the agreed care plan and the first review of its goals, recorded by the care
	 * plans module.
	 */
	CaseProgress progress() {
		return new CaseProgress(this.assessed, this.planAgreed, this.reviewed, this.closureRequested);
	}

	private static void text(String value, String field, String missing, int max, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, missing));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	public UUID id() {
		return this.id;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public String number() {
		return this.number;
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

	public UUID ownerId() {
		return this.ownerId;
	}

	public CaseStatus status() {
		return this.status;
	}

	public Priority priority() {
		return this.priority;
	}

	public String intensityCode() {
		return this.intensityCode;
	}

	public LocalDate openedOn() {
		return this.openedOn;
	}

	public Instant openedAt() {
		return this.openedAt;
	}

	public UUID intakeId() {
		return this.intakeId;
	}

	public Instant lastActivityAt() {
		return this.lastActivityAt;
	}

	public boolean assessed() {
		return this.assessed;
	}

	public boolean planAgreed() {
		return this.planAgreed;
	}

	public boolean reviewed() {
		return this.reviewed;
	}

	public boolean closureRequested() {
		return this.closureRequested;
	}

	/** The day the case closed, while it is closed. */
	public LocalDate closedOn() {
		return this.closedOn;
	}

	/** The client's case in the same program before this one, if any. */
	public UUID previousCaseId() {
		return this.previousCaseId;
	}

	/** Closings and reopenings, oldest first. */
	public List<StatusChange> statusChanges() {
		return List.copyOf(this.statusChanges);
	}

	/** Who is on the care team now, in the order they joined. */
	public List<TeamMembership> careTeam() {
		return this.careTeam.stream().filter(TeamMembership::current).toList();
	}

	/** Everyone who was ever on the care team, with when they joined and left. */
	public List<TeamMembership> careTeamHistory() {
		return List.copyOf(this.careTeam);
	}

	/** Changes of priority and intensity level, oldest first. */
	public List<PriorityChange> priorityChanges() {
		return List.copyOf(this.priorityChanges);
	}

	/** Changes of owner, oldest first. */
	public List<Transfer> transfers() {
		return List.copyOf(this.transfers);
	}

}
