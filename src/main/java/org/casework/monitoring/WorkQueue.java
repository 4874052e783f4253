package org.casework.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.casework.cases.CaseManagement;
import org.casework.cases.CaseSummary;
import org.casework.identity.CurrentUser;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.identity.UserSummary;
import org.casework.monitoring.domain.TaskRow;
import org.casework.monitoring.domain.Tasks;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;
import org.casework.shared.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's work queue: their open tasks, overdue first, then by the priority of the
 * case and the due day; tasks written by hand; a task marked done or dismissed with a
 * reason (nothing is deleted). A task is visible to its owner and to the supervisors of
 * the owner's team; to anyone else it does not exist (404).
 */
@Service
public class WorkQueue {

	static final int MAX_TITLE = 200;

	static final int MAX_NOTE = 2000;

	private final Tasks tasks;

	private final UserContext users;

	private final IdentityManagement identity;

	private final CaseManagement cases;

	private final MonitoringProperties properties;

	private final Clock clock;

	WorkQueue(Tasks tasks, UserContext users, IdentityManagement identity, CaseManagement cases,
			MonitoringProperties properties, Clock clock) {
		this.tasks = tasks;
		this.users = users;
		this.identity = identity;
		this.cases = cases;
		this.properties = properties;
		this.clock = clock;
	}

	/** The caller's open tasks, the most urgent first, optionally only those due so. */
	@Transactional(readOnly = true)
	public Page<TaskView> mine(DueFilter due, PageRequest page) {
		CurrentUser me = this.users.current();
		Page<TaskRow> rows = this.tasks.queue(List.of(me.id()), null, due, today(), page);
		return new Page<>(views(rows.items()), rows.page(), rows.size(), rows.total());
	}

	/** A task in the caller's sight. */
	@Transactional(readOnly = true)
	public TaskView get(UUID id) {
		return view(visible(id));
	}

	/**
	 * Writes a task by hand.
	 * @throws InvalidInputException for a missing or too long title, a missing or past
	 * due day, an owner who is not the caller or (for a supervisor) a worker of the team
	 * @throws NotFoundException when the case is outside the caller's scope
	 */
	@Transactional
	public TaskView create(NewTask input) {
		CurrentUser me = this.users.current();
		List<FieldProblem> problems = new ArrayList<>();
		String title = input.title() == null ? "" : input.title().strip();
		if (title.isEmpty()) {
			problems.add(new FieldProblem("title", "must say what to do"));
		}
		else if (title.length() > MAX_TITLE) {
			problems.add(new FieldProblem("title", "must be at most " + MAX_TITLE + " characters"));
		}
		if (input.dueOn() == null) {
			problems.add(new FieldProblem("dueOn", "is required"));
		}
		else if (input.dueOn().isBefore(today())) {
			problems.add(new FieldProblem("dueOn", "must be today or later"));
		}
		UUID owner = input.ownerId() == null ? me.id() : input.ownerId();
		if (!owner.equals(me.id()) && !supervises(me, owner)) {
			problems.add(new FieldProblem("ownerId", "must be you, or a worker of the team you supervise"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		CaseSummary c = input.caseId() == null ? null
				: this.cases.find(input.caseId()).orElseThrow(() -> new NotFoundException("Case"));
		UUID id = UUID.randomUUID();
		this.tasks.insertManual(id, title, c == null ? null : c.id(), c == null ? null : c.number(),
				c == null ? null : c.clientId(), owner, c == null ? Priority.ROUTINE : c.priority(), input.dueOn(),
				me.id(), this.clock.instant());
		return get(id);
	}

	/** The caller did it; a note on what was done is optional. */
	@Transactional
	public TaskView done(UUID id, Long expectedVersion, String note) {
		return close(id, expectedVersion, TaskStatus.DONE, note);
	}

	/**
	 * The caller will not do it, and says why.
	 * @throws InvalidInputException ({@code reason}) without a reason
	 */
	@Transactional
	public TaskView dismiss(UUID id, Long expectedVersion, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "is required to dismiss a task: say why");
		}
		return close(id, expectedVersion, TaskStatus.DISMISSED, reason);
	}

	/** The owner's most urgent open task on each case, for their caseload. */
	@Transactional(readOnly = true)
	public Map<UUID, TaskView> nextDue(UUID ownerId, Collection<UUID> caseIds) {
		Map<UUID, TaskView> next = new HashMap<>();
		for (TaskView t : views(this.tasks.nextDue(ownerId, caseIds))) {
			next.put(t.caseId(), t);
		}
		return next;
	}

	private TaskView close(UUID id, Long expectedVersion, TaskStatus status, String note) {
		TaskRow row = visible(id);
		if (note != null && note.length() > MAX_NOTE) {
			throw new InvalidInputException(status == TaskStatus.DISMISSED ? "reason" : "note",
					"must be at most " + MAX_NOTE + " characters");
		}
		if (row.status() != TaskStatus.OPEN) {
			throw new DomainRuleException("The task is already " + row.status().name().toLowerCase(Locale.ROOT));
		}
		if (expectedVersion != null && expectedVersion != row.version()) {
			throw StaleVersionException.stale("task");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (!this.tasks.close(id, row.version(), status, this.users.current().id(), text, this.clock.instant())) {
			throw StaleVersionException.stale("task");
		}
		return get(id);
	}

	private TaskRow visible(UUID id) {
		CurrentUser me = this.users.current();
		return this.tasks.find(id)
			.filter(t -> t.ownerId().equals(me.id()) || supervises(me, t.ownerId()))
			.orElseThrow(() -> new NotFoundException("Task"));
	}

	/**
	 * Whom the caller may give a task: themselves first, then (a supervisor) the active
	 * users of their team, by name.
	 */
	@Transactional(readOnly = true)
	public List<UserSummary> assignees() {
		CurrentUser me = this.users.current();
		List<UserSummary> team = me.has(Role.SUPERVISOR) && me.teamId() != null ? this.identity.users()
			.stream()
			.filter(u -> u.active() && me.teamId().equals(u.teamId()) && !u.id().equals(me.id()))
			.sorted(Comparator.comparing(UserSummary::displayName, String.CASE_INSENSITIVE_ORDER))
			.toList() : List.of();
		List<UserSummary> all = new ArrayList<>();
		this.identity.user(me.id()).ifPresent(all::add);
		all.addAll(team);
		return all;
	}

	/** Whether the caller supervises the team the user belongs to. */
	boolean supervises(CurrentUser me, UUID userId) {
		if (!me.has(Role.SUPERVISOR) || me.teamId() == null) {
			return false;
		}
		return this.identity.user(userId).map(UserSummary::teamId).filter(me.teamId()::equals).isPresent();
	}

	/** Today in the agency's time zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.properties.timeZone());
	}

	List<TaskView> views(List<TaskRow> rows) {
		Map<UUID, String> names = this.identity
			.displayNames(rows.stream().map(TaskRow::ownerId).filter(Objects::nonNull).distinct().toList());
		LocalDate today = today();
		return rows.stream()
			.map(r -> new TaskView(r.id(), r.version(), r.kind(), r.alert(), r.title(), r.wording(), r.caseId(),
					r.caseNumber(), r.ownerId(), names.get(r.ownerId()), r.casePriority(), r.dueOn(),
					r.status() == TaskStatus.OPEN && r.dueOn().isBefore(today), r.status(), r.createdAt(), r.closedAt(),
					r.closedNote()))
			.toList();
	}

	private TaskView view(TaskRow row) {
		return views(List.of(row)).get(0);
	}

}
