package org.casework.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.casework.cases.NextDue;
import org.casework.cases.NextDueItems;

import org.springframework.stereotype.Component;

/** The caseload shows each case's most urgent open task. */
@Component
class TaskNextDue implements NextDueItems {

	private final WorkQueue queue;

	TaskNextDue(WorkQueue queue) {
		this.queue = queue;
	}

	@Override
	public Map<UUID, NextDue> nextDue(UUID ownerId, Collection<UUID> caseIds) {
		Map<UUID, NextDue> due = new HashMap<>();
		this.queue.nextDue(ownerId, caseIds)
			.forEach((id, t) -> due.put(id, new NextDue(t.title(), t.wording(), t.dueOn(), t.overdue())));
		return due;
	}

}
