package org.casework.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.casework.identity.CurrentUser;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.identity.UserSummary;
import org.casework.monitoring.ReviewQueueView.WorkerTasks;
import org.casework.monitoring.domain.Tasks;
import org.casework.monitoring.domain.Tasks.OwnerCounts;
import org.casework.shared.PageRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervisor's review queue, read from the tasks the rules raised. */
@Service
public class ReviewQueue {

	/** How many items each list of the review queue shows. */
	static final int SHOWN = 50;

	private final Tasks tasks;

	private final WorkQueue queue;

	private final UserContext users;

	private final IdentityManagement identity;

	ReviewQueue(Tasks tasks, WorkQueue queue, UserContext users, IdentityManagement identity) {
		this.tasks = tasks;
		this.queue = queue;
		this.users = users;
		this.identity = identity;
	}

	/**
	 * The calling supervisor's review queue.
	 * @throws AccessDeniedException when the caller supervises no team
	 */
	@Transactional(readOnly = true)
	public ReviewQueueView forMe() {
		CurrentUser me = this.users.current();
		if (!me.has(Role.SUPERVISOR) || me.teamId() == null) {
			throw new AccessDeniedException("Only a team's supervisor has a review queue");
		}
		List<UserSummary> workers = this.identity.users()
			.stream()
			.filter(u -> u.active() && me.teamId().equals(u.teamId()) && u.roles().contains(Role.CASE_WORKER))
			.toList();
		List<UUID> workerIds = workers.stream().map(UserSummary::id).toList();
		List<UUID> team = new ArrayList<>(workerIds);
		if (!team.contains(me.id())) {
			team.add(me.id());
		}
		Map<UUID, OwnerCounts> counts = this.tasks.counts(workerIds, this.queue.today())
			.stream()
			.collect(Collectors.toMap(OwnerCounts::ownerId, Function.identity()));
		List<WorkerTasks> loads = workers.stream().map(u -> {
			OwnerCounts n = counts.getOrDefault(u.id(), new OwnerCounts(u.id(), 0, 0));
			return new WorkerTasks(u.id(), u.displayName(), n.open(), n.overdue());
		})
			.sorted(Comparator.comparingLong(WorkerTasks::overdue)
				.reversed()
				.thenComparing(WorkerTasks::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new ReviewQueueView(list(List.of(me.id()), TaskKind.PLAN_APPROVAL),
				list(List.of(me.id()), TaskKind.CLOSURE_APPROVAL), list(team, TaskKind.CRISIS),
				list(team, TaskKind.NO_CONTACT), list(List.of(me.id()), TaskKind.EMERGENCY_ACCESS), loads);
	}

	private List<TaskView> list(List<UUID> owners, TaskKind kind) {
		return this.queue
			.views(this.tasks.queue(owners, List.of(kind), null, this.queue.today(), PageRequest.of(0, SHOWN)).items());
	}

}
