package org.casework.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.casework.monitoring.domain.Occurrence;
import org.casework.monitoring.domain.Tasks;
import org.casework.shared.Priority;
import org.casework.shared.Wording;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks about one case for the modules whose lifecycle raises them (a closure waiting for
 * approval, the check-in after a case closed): they are raised and resolved in the
 * caller's transaction, each found again by its key, and the monitoring rules leave them
 * alone. The caller has checked the caller's scope on the case.
 */
@Service
public class CaseTasks {

	private final Tasks tasks;

	private final WorkQueue queue;

	private final Clock clock;

	CaseTasks(Tasks tasks, WorkQueue queue, Clock clock) {
		this.tasks = tasks;
		this.queue = queue;
		this.clock = clock;
	}

	/** A task to raise: its kind and key, what to do, whose it is and when it is due. */
	public record CaseTask(TaskKind kind, String key, Wording title, UUID caseId, String caseNumber, UUID clientId,
			UUID ownerId, Priority priority, LocalDate dueOn) {

		public CaseTask {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(ownerId, "ownerId");
			Objects.requireNonNull(dueOn, "dueOn");
		}

	}

	/** The open tasks of a case, the earliest due first. */
	@Transactional(readOnly = true)
	public List<TaskView> openOf(UUID caseId) {
		return this.queue.views(this.tasks.openOfCase(caseId));
	}

	/**
	 * Raises the tasks whose key has none yet (an open one with the key follows the new
	 * owner and wording).
	 * @return how many were raised
	 */
	@Transactional
	public int raise(List<CaseTask> raised) {
		return this.tasks.raise(raised.stream()
			.map(t -> new Occurrence(t.kind(), t.key(), t.title(), t.caseId(), t.caseNumber(), t.clientId(),
					t.ownerId(), t.priority(), t.dueOn()))
			.toList(), this.clock.instant());
	}

	/**
	 * Resolves the open tasks whose key begins so, with a note on why.
	 * @return how many were resolved
	 */
	@Transactional
	public int resolve(String keyPrefix, String note) {
		return this.tasks.resolveByKeyPrefix(keyPrefix, note, this.clock.instant());
	}

}
