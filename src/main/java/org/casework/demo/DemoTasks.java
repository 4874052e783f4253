package org.casework.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.casework.cases.CaseManagement;
import org.casework.cases.CaseSummary;
import org.casework.cases.CaseloadEntry;
import org.casework.identity.UserContext;
import org.casework.monitoring.MonitoringRules;
import org.casework.monitoring.NewTask;
import org.casework.monitoring.WorkQueue;
import org.casework.shared.PageRequest;

import org.springframework.stereotype.Component;

/**
 * The work queue a newcomer finds: a few tasks worker1 wrote by hand, then one run of the
 * monitoring rules over the demo stories (contacts due, reviews, follow-ups, crisis
 * alerts, plans awaiting the supervisor's approval).
 */
@Component
class DemoTasks {

	private final WorkQueue queue;

	private final MonitoringRules rules;

	private final CaseManagement cases;

	private final UserContext users;

	private final Clock clock;

	DemoTasks(WorkQueue queue, MonitoringRules rules, CaseManagement cases, UserContext users, Clock clock) {
		this.queue = queue;
		this.rules = rules;
		this.cases = cases;
		this.users = users;
		this.clock = clock;
	}

	void seed() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.users.runAs("worker1", () -> {
			List<CaseSummary> caseload = this.cases.caseload(null, null, PageRequest.of(0, 3))
				.items()
				.stream()
				.map(CaseloadEntry::summary)
				.toList();
			if (!caseload.isEmpty()) {
				this.queue.create(new NewTask("Call the landlord about the repair schedule", today.plusDays(1), null,
						caseload.get(0).id()));
			}
			if (caseload.size() > 1) {
				this.queue
					.create(new NewTask("Bring the bus passes to the home visit", today, null, caseload.get(1).id()));
			}
			this.queue
				.create(new NewTask("Prepare the cases for Thursday's team meeting", today.plusDays(3), null, null));
			return null;
		});
		this.rules.evaluate();
	}

}
