package org.casework.web;

import java.util.Locale;
import java.util.UUID;

import org.casework.cases.CaseManagement;
import org.casework.clients.ClientCrisis;
import org.casework.clients.ClientRegistry;
import org.casework.identity.ClientAccess;
import org.casework.identity.CurrentUser;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.monitoring.DueFilter;
import org.casework.monitoring.WorkQueue;
import org.casework.shared.PageRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where everyone lands after signing in: a worker's work queue (the most urgent tasks,
 * which they mark done or dismiss with a reason there), their most urgent cases, the
 * cases just transferred to them with the handoff note, and their recent clients; a
 * supervisor's alerts of clients in crisis and of emergency access and the way to the
 * team's caseloads; and the way to each screen the user's roles open.
 */
@Controller
class HomeController {

	static final int RECENT_CLIENTS = 10;

	/** How many of the caseload's most urgent cases the home page shows. */
	static final int TOP_CASES = 5;

	/** How many of the work queue's most urgent tasks the home page shows. */
	static final int TASKS = 20;

	private final UserContext users;

	private final ClientRegistry registry;

	private final ClientAccess access;

	private final CaseManagement cases;

	private final ClientCrisis crisis;

	private final WorkQueue tasks;

	HomeController(UserContext users, ClientRegistry registry, ClientAccess access, CaseManagement cases,
			ClientCrisis crisis, WorkQueue tasks) {
		this.users = users;
		this.registry = registry;
		this.access = access;
		this.cases = cases;
		this.crisis = crisis;
		this.tasks = tasks;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String due, Model model) {
		CurrentUser me = this.users.current();
		model.addAttribute("navSection", "home");
		if (me.worksWithClients()) {
			DueFilter filter = DueFilter.parse(due);
			model.addAttribute("due", filter == null ? "" : filter.name().toLowerCase(Locale.ROOT));
			model.addAttribute("tasks", this.tasks.mine(filter, PageRequest.of(0, TASKS)));
		}
		if (me.has(Role.CASE_WORKER)) {
			model.addAttribute("caseload", this.cases.caseload(null, null, PageRequest.of(0, TOP_CASES)));
			model.addAttribute("handoffs", this.cases.handoffs());
		}
		if (me.worksWithClients()) {
			model.addAttribute("recentClients",
					this.registry.search("", null, PageRequest.of(0, RECENT_CLIENTS)).items());
		}
		if (me.has(Role.SUPERVISOR)) {
			model.addAttribute("crisisAlerts", this.crisis.alertsForMe());
			model.addAttribute("alerts", this.access.alertsForMe(false));
		}
		return "home";
	}

	/** A supervisor has seen that a client of their team is in crisis. */
	@PostMapping("/crisis-alerts/{id}/acknowledge")
	String acknowledgeCrisis(@PathVariable UUID id, RedirectAttributes redirect) {
		this.crisis.acknowledge(id);
		redirect.addFlashAttribute("flash", "home.alerts.acknowledged");
		return "redirect:/";
	}

	/** A supervisor has seen an emergency access to one of their team's clients. */
	@PostMapping("/alerts/{id}/acknowledge")
	String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
		this.access.acknowledgeAlert(id);
		redirect.addFlashAttribute("flash", "home.alerts.acknowledged");
		return "redirect:/";
	}

}
