package org.casework.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.casework.audit.AuditAction;
import org.casework.cases.domain.Case;
import org.casework.cases.domain.CaseNumbering;
import org.casework.cases.domain.CaseQueries;
import org.casework.cases.domain.CaseQueries.CasePage;
import org.casework.cases.domain.CaseQueries.HandoffRow;
import org.casework.cases.domain.CaseQueries.OpenCounts;
import org.casework.cases.domain.CaseRow;
import org.casework.cases.domain.Cases;
import org.casework.cases.domain.PriorityChange;
import org.casework.cases.domain.StatusChange;
import org.casework.cases.domain.TeamMembership;
import org.casework.cases.domain.Transfer;
import org.casework.clients.ClientRegistry;
import org.casework.clients.ClientSummary;
import org.casework.identity.AccessBasis;
import org.casework.identity.ClientAccess;
import org.casework.identity.CurrentUser;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.identity.UserSummary;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;
import org.casework.shared.StaleVersionException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases module's verbs: open a case at an enrollment decision, transfer it to another
 * worker, and read cases, caseloads and a team's loads. Every read and write of a case
 * goes through {@link ClientAccess}: a case is visible exactly when its client is, and
 * reading or changing it is audited in the same transaction.
 */
@Service
public class CaseManagement {

	static final String SUBJECT = "Case";

	/** How many recent handoffs the home page shows. */
	static final int HANDOFFS = 5;

	private final Cases cases;

	private final CaseQueries queries;

	private final CaseNumbering numbering;

	private final ClientAccess access;

	private final ClientRegistry clients;

	private final ProgramManagement programs;

	private final IdentityManagement identity;

	private final UserContext users;

	private final CaseloadProperties properties;

	private final Clock clock;

	private final ObjectProvider<NextDueItems> nextDue;

	CaseManagement(Cases cases, CaseQueries queries, CaseNumbering numbering, ClientAccess access,
			ClientRegistry clients, ProgramManagement programs, IdentityManagement identity, UserContext users,
			CaseloadProperties properties, Clock clock, ObjectProvider<NextDueItems> nextDue) {
		this.cases = cases;
		this.queries = queries;
		this.numbering = numbering;
		this.access = access;
		this.clients = clients;
		this.programs = programs;
		this.identity = identity;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
		this.nextDue = nextDue;
	}

	/**
	 * Opens a case for an enrollment decision, inside the caller's transaction: numbers
	 * it, puts the owner on the care team as primary worker, gives them access to the
	 * client and records the opening in the audit trail.
	 * @throws NotFoundException when the client is outside the caller's scope
	 * @throws InvalidInputException for a missing field, an unknown program, an owner who
	 * is not an active case worker of the agency, or an intensity level the program lacks
	 * @throws DomainRuleException when the program is retired or the client has an open
	 * case in it already
	 */
	@Transactional
	public CaseSummary open(OpenCase command) {
		CurrentUser me = this.users.current();
		if (command.clientId() != null && !this.access.canSee(command.clientId())) {
			throw new NotFoundException("Client");
		}
		List<FieldProblem> problems = new ArrayList<>();
		required(command.clientId(), "clientId", problems);
		required(command.programId(), "programId", problems);
		required(command.ownerId(), "ownerId", problems);
		required(command.priority(), "priority", problems);
		ProgramView program = command.programId() == null ? null : this.programs.find(command.programId()).orElse(null);
		if (command.programId() != null && program == null) {
			problems.add(new FieldProblem("programId", "no such program"));
		}
		String intensity = blankToNull(command.intensityCode());
		if (program != null && intensity != null && program.intensity(intensity).isEmpty()) {
			problems.add(new FieldProblem("intensityCode", "is not an intensity level of the program ("
					+ String.join(", ", program.intensityLevels().stream().map(IntensityLevel::code).toList()) + ")"));
		}
		if (command.ownerId() != null && !isCaseWorker(command.ownerId(), me.agencyId())) {
			problems.add(new FieldProblem("ownerId", "must be an active case worker of the agency"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!program.active()) {
			throw new DomainRuleException("The program " + program.name() + " is retired and takes no new clients.");
		}
		if (this.cases.isEnrolled(command.clientId(), program.id())) {
			throw new DomainRuleException("The client has an open case in " + program.name() + " already.");
		}
		Instant now = Instant.now(this.clock);
		Case opened = Case.open(this.numbering.next(now.atOffset(ZoneOffset.UTC).getYear()), program.agencyId(),
				command.clientId(), program.id(), command.ownerId(), command.priority(), intensity, command.intakeId(),
				me.id(), now, this.queries.latestClosed(command.clientId(), program.id()).orElse(null));
		this.access.write(opened.clientId(), AuditAction.CREATE, SUBJECT, opened.id(),
				"opened " + opened.number() + ", priority " + opened.priority());
		this.cases.save(opened);
		this.access.grant(opened.clientId(), opened.ownerId(), AccessBasis.CASE_OWNER);
		return describe(List.of(CaseRow.of(opened)), "case opened", new Names()).get(0);
	}

	/**
	 * A supervisor hands a case to another worker. The new owner becomes the primary
	 * worker and may see the client; the previous owner leaves the care team, and their
	 * access to the client (as owner, and as the worker who registered them) ends unless
	 * they still work on another open case of the same client: scope follows the care
	 * team.
	 * @throws NotFoundException when the case is outside the caller's scope
	 * @throws AccessDeniedException when the caller is not the supervisor of the owner's
	 * team
	 * @throws StaleVersionException when the case changed since the caller read it
	 */
	@Transactional
	public CaseSummary transfer(UUID caseId, long expectedVersion, TransferCase command) {
		CurrentUser me = this.users.current();
		Case c = visible(caseId).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (!supervises(me, c.ownerId())) {
			throw new AccessDeniedException("Only the supervisor of the owner's team transfers a case");
		}
		if (c.version() != expectedVersion) {
			throw StaleVersionException.stale("case");
		}
		UUID previous = c.ownerId();
		c.transfer(command.newOwnerId(), command.reason(), command.handoffNote(), me.id(), Instant.now(this.clock),
				worker -> isCaseWorker(worker, me.agencyId()));
		this.access.write(c.clientId(), AuditAction.UPDATE, SUBJECT, caseId,
				"transferred from " + previous + " to " + c.ownerId());
		this.cases.save(c);
		this.access.grant(c.clientId(), c.ownerId(), AccessBasis.CASE_OWNER);
		if (!this.cases.worksOnAnotherOpenCase(c.clientId(), previous, caseId)) {
			for (AccessBasis basis : List.of(AccessBasis.CASE_OWNER, AccessBasis.CARE_TEAM, AccessBasis.REGISTERED)) {
				this.access.end(c.clientId(), previous, basis);
			}
		}
		return describe(List.of(CaseRow.of(c)), "case transferred", new Names()).get(0);
	}

	/**
	 * Puts a secondary worker or a supervisor on the care team; they may see the client
	 * from then on.
	 * @throws NotFoundException when the case is outside the caller's scope
	 * @throws AccessDeniedException when the caller does not manage the case (see
	 * {@link #mayManage})
	 * @throws StaleVersionException when the case changed since the caller read it
	 */
	@Transactional
	public CaseFile addTeamMember(UUID caseId, long expectedVersion, AddTeamMember command) {
		CurrentUser me = this.users.current();
		Case c = managed(caseId, expectedVersion, me);
		c.addToTeam(command.userId(), command.role(), me.id(), Instant.now(this.clock),
				(user, role) -> mayJoin(user, role, me.agencyId()));
		this.access.write(c.clientId(), AuditAction.UPDATE, SUBJECT, caseId,
				"care team: added " + command.userId() + " as " + command.role());
		this.cases.save(c);
		this.access.grant(c.clientId(), command.userId(), AccessBasis.CARE_TEAM);
		return file(c);
	}

	/**
	 * Takes a secondary worker or supervisor off the care team, with the reason. Their
	 * access to the client ends unless they still work on another open case of the
	 * client.
	 * @throws NotFoundException when the case is outside the caller's scope or the person
	 * is not on its care team
	 * @throws DomainRuleException when the person is the owner (a transfer moves them)
	 */
	@Transactional
	public CaseFile removeTeamMember(UUID caseId, UUID userId, long expectedVersion, String reason) {
		CurrentUser me = this.users.current();
		Case c = managed(caseId, expectedVersion, me);
		TeamMembership left = c.removeFromTeam(userId, reason, me.id(), Instant.now(this.clock));
		this.access.write(c.clientId(), AuditAction.UPDATE, SUBJECT, caseId,
				"care team: removed " + userId + " (" + left.role() + ")");
		this.cases.save(c);
		if (!this.cases.worksOnAnotherOpenCase(c.clientId(), userId, caseId)) {
			this.access.end(c.clientId(), userId, AccessBasis.CARE_TEAM);
		}
		return file(c);
	}

	/**
	 * Changes an open case's priority and, optionally, its intensity level, with the
	 * reason; the caseload order follows.
	 * @throws InvalidInputException for a missing priority or reason, an intensity level
	 * the program lacks, or a change that changes nothing
	 */
	@Transactional
	public CaseFile reprioritize(UUID caseId, long expectedVersion, ChangePriority command) {
		CurrentUser me = this.users.current();
		Case c = managed(caseId, expectedVersion, me);
		String intensity = blankToNull(command.intensityCode());
		if (intensity != null) {
			ProgramView program = this.programs.find(c.programId()).orElseThrow();
			if (program.intensity(intensity).isEmpty()) {
				throw new InvalidInputException("intensityCode", "is not an intensity level of the program ("
						+ String.join(", ", program.intensityLevels().stream().map(IntensityLevel::code).toList())
						+ ")");
			}
		}
		Priority previous = c.priority();
		c.reprioritize(command.priority(), intensity, command.reason(), me.id(), Instant.now(this.clock));
		this.access.write(c.clientId(), AuditAction.UPDATE, SUBJECT, caseId,
				"priority " + previous + " to " + c.priority() + ", intensity " + c.intensityCode());
		this.cases.save(c);
		return file(c);
	}

	/**
	 * Records whether the case has a current completed core assessment (called by the
	 * assessments module when one completes or is voided); the stage follows.
	 * @throws NotFoundException when the case is outside the caller's scope
	 */
	@Transactional
	public void recordAssessment(UUID caseId, boolean current) {
		Case c = visible(caseId).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (current || c.assessed()) {
			c.assessed(current, Instant.now(this.clock));
			this.cases.save(c);
		}
	}

	/**
	 * Records whether the client agreed the case's current care plan (called by the care
	 * plans module when a version is agreed, and with {@code false} while a new version
	 * is drafted); the stage follows.
	 * @throws NotFoundException when the case is outside the caller's scope
	 */
	@Transactional
	public void recordPlanAgreed(UUID caseId, boolean current) {
		Case c = visible(caseId).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (current || c.planAgreed()) {
			c.planAgreed(current, Instant.now(this.clock));
			this.cases.save(c);
		}
	}

	/**
	 * Records that progress on the goals of the case's agreed care plan was reviewed
	 * (called by the care plans module when progress is recorded on an agreed plan); the
	 * stage moves from implementation to monitoring and stays there.
	 * @throws NotFoundException when the case is outside the caller's scope
	 */
	@Transactional
	public void recordGoalsReviewed(UUID caseId) {
		Case c = visible(caseId).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (!c.reviewed()) {
			c.reviewed(Instant.now(this.clock));
			this.cases.save(c);
		}
	}

	/**
	 * Records whether a closure of the case is being prepared (called by the closure
	 * module when a worker starts one, and with {@code false} when it is withdrawn); the
	 * stage follows.
	 * @throws NotFoundException when the case is outside the caller's scope
	 * @throws DomainRuleException when the case is closed
	 */
	@Transactional
	public void recordClosureRequested(UUID caseId, boolean requested) {
		Case c = visible(caseId).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (c.closureRequested() != requested) {
			c.closureRequested(requested, Instant.now(this.clock));
			this.cases.save(c);
		}
	}

	/**
	 * Closes the case (called by the closure module once the closure is approved): it
	 * leaves the active caseload, its record stays, and {@link CaseClosed} is published.
	 * @param reason why it closed, in words, kept in the case's history
	 * @throws NotFoundException when the case is outside the caller's scope
	 * @throws DomainRuleException when it is closed already
	 */
	@Transactional
	public CaseSummary close(UUID caseId, LocalDate closedOn, String reason) {
		Case c = visible(caseId).orElseThrow(() -> new NotFoundException(SUBJECT));
		c.close(closedOn, reason, this.users.current().id(), Instant.now(this.clock));
		this.access.write(c.clientId(), AuditAction.UPDATE, SUBJECT, caseId, "closed on " + closedOn + ": " + reason);
		this.cases.save(c);
		return describe(List.of(CaseRow.of(c)), "case closed", new Names()).get(0);
	}

	/**
	 * Reopens a closed case with the reason (called by the closure module, which checks
	 * the program's reopening window): the same case is open again, its stage recomputed,
	 * and {@link CaseReopened} is published.
	 * @throws NotFoundException when the case is outside the caller's scope
	 * @throws DomainRuleException when it is open, or the client has another open case in
	 * the program now
	 * @throws InvalidInputException without a reason
	 */
	@Transactional
	public CaseSummary reopen(UUID caseId, String reason) {
		Case c = visible(caseId).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (c.status() == CaseStatus.CLOSED && this.cases.isEnrolled(c.clientId(), c.programId())) {
			throw new DomainRuleException("The client has another open case in the program: continue that case.");
		}
		c.reopen(reason, this.users.current().id(), Instant.now(this.clock));
		this.access.write(c.clientId(), AuditAction.UPDATE, SUBJECT, caseId, "reopened: " + reason.strip());
		this.cases.save(c);
		this.access.grant(c.clientId(), c.ownerId(), AccessBasis.CASE_OWNER);
		return describe(List.of(CaseRow.of(c)), "case reopened", new Names()).get(0);
	}

	/**
	 * Whether the caller supervises the team of the user (a case's owner): they approve
	 * what the owner's work needs approved.
	 */
	@Transactional(readOnly = true)
	public boolean supervisesOwner(UUID ownerId) {
		return supervises(this.users.current(), ownerId);
	}

	/**
	 * Raises an open case's priority to the risk a completed assessment found, with the
	 * reason; never lowers it (a worker does that, with a reason of their own).
	 * @return whether the priority was raised
	 * @throws NotFoundException when the case is outside the caller's scope
	 */
	@Transactional
	public boolean escalate(UUID caseId, Priority risk, String reason) {
		Case c = visible(caseId).orElseThrow(() -> new NotFoundException(SUBJECT));
		Priority previous = c.priority();
		if (!c.escalate(risk, reason, this.users.current().id(), Instant.now(this.clock))) {
			return false;
		}
		this.access.write(c.clientId(), AuditAction.UPDATE, SUBJECT, caseId,
				"priority " + previous + " to " + c.priority() + " from an assessment");
		this.cases.save(c);
		return true;
	}

	/**
	 * Whether the caller manages the open case (its care team, priority and intensity):
	 * its owner, the supervisor of the owner's team, or a supervisor on its care team.
	 */
	@Transactional(readOnly = true)
	public boolean mayManage(CaseFile file) {
		CurrentUser me = this.users.current();
		return file.summary().status() == CaseStatus.OPEN && manages(me, file.summary().ownerId(),
				file.careTeam().stream().filter(m -> m.role() == CareTeamRole.SUPERVISOR).map(CareTeamMember::userId));
	}

	/**
	 * Who may join a case's care team: the active case workers and supervisors of the
	 * caller's agency, the caller's team first, then by name.
	 */
	@Transactional(readOnly = true)
	public List<UserSummary> teamCandidates() {
		CurrentUser me = this.users.current();
		return this.identity.users()
			.stream()
			.filter(u -> mayJoin(u, CareTeamRole.SECONDARY_WORKER, me.agencyId())
					|| mayJoin(u, CareTeamRole.SUPERVISOR, me.agencyId()))
			.sorted(Comparator.comparing((UserSummary u) -> !Objects.equals(u.teamId(), me.teamId()))
				.thenComparing(UserSummary::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** Whether the caller may transfer the case: they supervise its owner's team. */
	@Transactional(readOnly = true)
	public boolean mayTransfer(CaseSummary summary) {
		return summary.status() == CaseStatus.OPEN && supervises(this.users.current(), summary.ownerId());
	}

	/** How many clients a program has enrolled now (for its capacity). */
	@Transactional(readOnly = true)
	public long openCases(UUID programId) {
		return this.cases.countOpenInProgram(programId);
	}

	/** A case in the caller's scope; recorded as read. */
	@Transactional
	public Optional<CaseSummary> find(UUID caseId) {
		return file(caseId).map(CaseFile::summary);
	}

	/**
	 * A case in the caller's scope as a reference: one row read, no names, no client
	 * details, nothing recorded (the caller records its own read or write). For the
	 * frequent writes of other modules on a case (a note saved as the worker types).
	 */
	@Transactional(readOnly = true)
	public Optional<CaseRef> ref(UUID caseId) {
		return this.queries.row(caseId)
			.filter(r -> this.access.canSee(r.clientId()))
			.map(r -> new CaseRef(r.id(), r.clientId(), r.programId(), r.ownerId(), r.status()));
	}

	/**
	 * A case in full (client header, care team, transfers) when it is in the caller's
	 * scope; recorded as read.
	 */
	@Transactional
	public Optional<CaseFile> file(UUID caseId) {
		Optional<CasePage> found = this.queries.page(caseId).filter(p -> this.access.canSee(p.row().clientId()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		CasePage page = found.get();
		this.access.read(page.row().clientId(), SUBJECT, caseId);
		return Optional
			.of(file(page.row(), page.careTeam(), page.transfers(), page.priorityChanges(), page.statusChanges()));
	}

	private CaseFile file(Case c) {
		return file(CaseRow.of(c), c.careTeamHistory(), c.transfers(), c.priorityChanges(), c.statusChanges());
	}

	/**
	 * A case in full from its row, everyone who was ever on its care team, its transfers
	 * and changes of priority; names are looked up once for all of them.
	 */
	private CaseFile file(CaseRow c, List<TeamMembership> teamHistory, List<Transfer> transferList,
			List<PriorityChange> changes, List<StatusChange> statusChanges) {
		Names names = new Names();
		List<UUID> people = new ArrayList<>(List.of(c.ownerId()));
		teamHistory.forEach(
				m -> people.addAll(Stream.of(m.userId(), m.addedBy(), m.leftBy()).filter(Objects::nonNull).toList()));
		transferList.forEach(t -> people.addAll(List.of(t.fromOwner(), t.toOwner(), t.transferredBy())));
		changes.forEach(p -> people.add(p.changedBy()));
		statusChanges.forEach(p -> people.add(p.changedBy()));
		names.load(List.of(c.programId()), people);
		Map<UUID, ClientSummary> client = this.clients.summaries(List.of(c.clientId()), "case");
		CaseSummary summary = summary(c, client, names);
		List<CareTeamMember> team = teamHistory.stream()
			.filter(TeamMembership::current)
			.map((TeamMembership m) -> new CareTeamMember(m.userId(), names.user(m.userId()), m.role(), m.joinedAt()))
			.toList();
		List<CareTeamChange> teamChanges = teamHistory.stream()
			.filter(m -> m.addedBy() != null)
			.map(m -> new CareTeamChange(m.userId(), names.user(m.userId()), m.role(), m.joinedAt(), m.addedBy(),
					names.user(m.addedBy()), m.leftAt(), m.leftBy(), m.leftBy() == null ? null : names.user(m.leftBy()),
					m.leaveReason()))
			.toList();
		List<CaseTransfer> transfers = transferList.stream().map(t -> transfer(t, names)).toList();
		List<CasePriorityChange> priorityChanges = changes.stream()
			.map(p -> new CasePriorityChange(p.priorityFrom(), p.priorityTo(), p.intensityFrom(), p.intensityTo(),
					p.reason(), p.changedBy(), names.user(p.changedBy()), p.changedAt()))
			.toList();
		List<CaseStatusChange> closings = statusChanges.stream()
			.map(x -> new CaseStatusChange(x.statusTo(), x.reason(), x.closedOn(), x.changedBy(),
					names.user(x.changedBy()), x.changedAt()))
			.toList();
		return new CaseFile(summary, client.get(c.clientId()), team, teamChanges, transfers, priorityChanges, closings);
	}

	/** The cases of a client the caller may see, newest first; none when they may not. */
	@Transactional
	public List<CaseSummary> ofClient(UUID clientId) {
		if (!this.access.canSee(clientId)) {
			return List.of();
		}
		return describe(this.queries.ofClient(clientId), "cases of a client", new Names());
	}

	/** Cases in the caller's scope, newest first. */
	@Transactional
	public Page<CaseSummary> search(CaseFilter filter, PageRequest page) {
		Page<CaseRow> rows = this.queries.search(filter, this.access.visibleClients(), page);
		return new Page<>(describe(rows.items(), "case list", new Names()), rows.page(), rows.size(), rows.total());
	}

	/**
	 * The caller's open cases, most urgent first and, within a priority, the longest
	 * quiet first.
	 * @param programId only this program's cases, or all
	 * @param priority only cases of this priority, or all
	 */
	@Transactional
	public Page<CaseloadEntry> caseload(UUID programId, Priority priority, PageRequest page) {
		CurrentUser me = this.users.current();
		Page<CaseRow> shown = this.queries.caseload(me.id(), programId, priority, this.access.visibleClients(), page);
		List<CaseSummary> summaries = describe(shown.items(), "caseload", new Names());
		LocalDate today = LocalDate.now(this.clock);
		Map<UUID, NextDue> due = new HashMap<>();
		List<UUID> ids = summaries.stream().map(CaseSummary::id).toList();
		this.nextDue.orderedStream().forEach(items -> items.nextDue(me.id(), ids).forEach(due::putIfAbsent));
		List<CaseloadEntry> entries = new ArrayList<>();
		for (int i = 0; i < shown.items().size(); i++) {
			CaseSummary c = summaries.get(i);
			entries.add(new CaseloadEntry(c, shown.items().get(i).daysSinceLastActivity(today), due.get(c.id())));
		}
		return new Page<>(entries, page.page(), page.size(), shown.total());
	}

	/**
	 * The open cases, or only those of {@code caseIds} that are open, for the rules of a
	 * scheduled job: no caller scope applies and nothing of the client but its id is
	 * read.
	 * @param caseIds the cases to read, or null for every open case
	 */
	@Transactional(readOnly = true)
	public List<OpenCaseFacts> openCaseFacts(Collection<UUID> caseIds) {
		return this.queries.openCaseFacts(caseIds);
	}

	/** The open cases of these clients, for a scheduled job or a listener (no scope). */
	@Transactional(readOnly = true)
	public List<OpenCaseFacts> openCaseFactsOfClients(Collection<UUID> clientIds) {
		return this.queries.openCaseFactsOfClients(clientIds);
	}

	/**
	 * Cases transferred to the caller in the last days (see {@link CaseloadProperties})
	 * that they still own, with the handoff note, the latest first.
	 */
	@Transactional
	public List<Handoff> handoffs() {
		CurrentUser me = this.users.current();
		Instant since = Instant.now(this.clock).minus(Duration.ofDays(this.properties.handoffDays()));
		List<HandoffRow> rows = this.queries.handoffsTo(me.id(), since, HANDOFFS);
		Names names = new Names();
		names.load(List.of(), rows.stream().flatMap(r -> Stream.of(r.fromOwner(), r.transferredBy())).toList());
		List<CaseSummary> summaries = describe(rows.stream().map(HandoffRow::row).toList(), "handoffs", names);
		List<Handoff> handoffs = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			HandoffRow r = rows.get(i);
			handoffs.add(new Handoff(summaries.get(i),
					new CaseTransfer(r.fromOwner(), names.user(r.fromOwner()), me.id(), me.displayName(), r.reason(),
							r.handoffNote(), r.transferredBy(), names.user(r.transferredBy()), r.transferredAt())));
		}
		return handoffs;
	}

	/**
	 * The open cases of each case worker of the calling supervisor's team, the busiest
	 * first, each flagged when above the safe caseload.
	 * @throws AccessDeniedException when the caller supervises no team
	 */
	@Transactional(readOnly = true)
	public TeamCaseload teamCaseload() {
		CurrentUser me = this.users.current();
		if (!me.has(Role.SUPERVISOR) || me.teamId() == null) {
			throw new AccessDeniedException("Only a team's supervisor sees its caseloads");
		}
		List<UserSummary> team = caseWorkers().stream().filter(u -> me.teamId().equals(u.teamId())).toList();
		Map<UUID, OpenCounts> counts = this.queries.openCounts(team.stream().map(UserSummary::id).toList());
		int safe = this.properties.safeCaseload();
		List<WorkerLoad> loads = team.stream().map(u -> {
			OpenCounts n = counts.getOrDefault(u.id(), OpenCounts.NONE);
			return new WorkerLoad(u.id(), u.displayName(), n.openCases(), n.emergency(), n.urgent(),
					n.openCases() > safe);
		})
			.sorted(Comparator.comparingLong(WorkerLoad::openCases)
				.reversed()
				.thenComparing(WorkerLoad::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new TeamCaseload(me.teamId(), safe, loads);
	}

	/**
	 * Who may own a case: the active case workers of the caller's agency, the caller's
	 * team first, then by name.
	 */
	@Transactional(readOnly = true)
	public List<UserSummary> caseWorkers() {
		CurrentUser me = this.users.current();
		return this.identity.users()
			.stream()
			.filter(u -> isCaseWorker(u, me.agencyId()))
			.sorted(Comparator.comparing((UserSummary u) -> !Objects.equals(u.teamId(), me.teamId()))
				.thenComparing(UserSummary::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * The case, when the caller may see and manage it and has read its current version.
	 */
	private Case managed(UUID caseId, long expectedVersion, CurrentUser me) {
		Case c = visible(caseId).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (!manages(me, c.ownerId(),
				c.careTeam().stream().filter(m -> m.role() == CareTeamRole.SUPERVISOR).map(TeamMembership::userId))) {
			throw new AccessDeniedException(
					"Only the case's owner, the supervisor of the owner's team or a supervisor on its care team manage it");
		}
		if (c.version() != expectedVersion) {
			throw StaleVersionException.stale("case");
		}
		return c;
	}

	private boolean manages(CurrentUser me, UUID ownerId, Stream<UUID> supervisorsOnTeam) {
		return me.id().equals(ownerId) || supervises(me, ownerId) || supervisorsOnTeam.anyMatch(me.id()::equals);
	}

	private boolean mayJoin(UUID userId, CareTeamRole role, UUID agencyId) {
		return this.identity.user(userId).filter(u -> mayJoin(u, role, agencyId)).isPresent();
	}

	private static boolean mayJoin(UserSummary user, CareTeamRole role, UUID agencyId) {
		return holds(user, role == CareTeamRole.SUPERVISOR ? Role.SUPERVISOR : Role.CASE_WORKER, agencyId);
	}

	private Optional<Case> visible(UUID caseId) {
		return this.cases.findById(caseId).filter(c -> this.access.canSee(c.clientId()));
	}

	private boolean supervises(CurrentUser me, UUID ownerId) {
		return me.has(Role.SUPERVISOR) && me.teamId() != null
				&& this.identity.user(ownerId).map(u -> me.teamId().equals(u.teamId())).orElse(false);
	}

	private boolean isCaseWorker(UUID userId, UUID agencyId) {
		return this.identity.user(userId).filter(u -> isCaseWorker(u, agencyId)).isPresent();
	}

	private static boolean isCaseWorker(UserSummary user, UUID agencyId) {
		return holds(user, Role.CASE_WORKER, agencyId);
	}

	/** An active user of the agency with the role. */
	private static boolean holds(UserSummary user, Role role, UUID agencyId) {
		return user.active() && user.roles().contains(role) && agencyId != null && agencyId.equals(user.agencyId());
	}

	/**
	 * Puts names to the rows: clients through the registry (which records them as
	 * listed), programs and users once each.
	 */
	private List<CaseSummary> describe(List<CaseRow> rows, String listedFor, Names names) {
		Map<UUID, ClientSummary> clientNames = this.clients.summaries(rows.stream().map(CaseRow::clientId).toList(),
				listedFor);
		names.load(rows.stream().map(CaseRow::programId).toList(), rows.stream().map(CaseRow::ownerId).toList());
		return rows.stream().map(r -> summary(r, clientNames, names)).toList();
	}

	private static CaseSummary summary(CaseRow r, Map<UUID, ClientSummary> clientNames, Names names) {
		ClientSummary client = clientNames.get(r.clientId());
		return new CaseSummary(r.id(), r.number(), r.clientId(), client == null ? null : client.displayName(),
				r.programId(), names.program(r.programId()), r.ownerId(), names.user(r.ownerId()), r.status(),
				r.stage(), r.priority(), r.intensityCode(), r.openedOn(), r.intakeId(), r.lastActivityAt(), r.version(),
				r.closedOn(), r.previousCaseId());
	}

	private static CaseTransfer transfer(Transfer t, Names names) {
		return new CaseTransfer(t.fromOwner(), names.user(t.fromOwner()), t.toOwner(), names.user(t.toOwner()),
				t.reason(), t.handoffNote(), t.transferredBy(), names.user(t.transferredBy()), t.transferredAt());
	}

	private static void required(Object value, String field, List<FieldProblem> problems) {
		if (value == null) {
			problems.add(new FieldProblem(field, "is required"));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	/**
	 * Names of programs and users for one answer: those it needs are looked up together,
	 * one query for the programs and one for the users, and each only once.
	 */
	private final class Names {

		private final Map<UUID, String> programNames = new HashMap<>();

		private final Map<UUID, String> userNames = new HashMap<>();

		/** Looks up the names of these programs and users not known yet. */
		void load(Collection<UUID> programIds, Collection<UUID> userIds) {
			lookUp(programIds, this.programNames, CaseManagement.this.programs::names);
			lookUp(userIds, this.userNames, CaseManagement.this.identity::displayNames);
		}

		String program(UUID id) {
			load(List.of(id), List.of());
			return this.programNames.get(id);
		}

		String user(UUID id) {
			load(List.of(), List.of(id));
			return this.userNames.get(id);
		}

		private static void lookUp(Collection<UUID> ids, Map<UUID, String> known,
				Function<Collection<UUID>, Map<UUID, String>> names) {
			List<UUID> missing = ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
			if (!missing.isEmpty()) {
				Map<UUID, String> found = names.apply(missing);
				missing.forEach(id -> known.put(id, found.get(id)));
			}
		}

	}

}
