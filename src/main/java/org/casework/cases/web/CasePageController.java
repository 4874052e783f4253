package org.casework.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.casework.cases.CareTeamMember;
import org.casework.cases.CareTeamRole;
import org.casework.cases.CaseFile;
import org.casework.cases.CaseManagement;
import org.casework.cases.CasePanel;
import org.casework.cases.CaseSummary;
import org.casework.cases.CaseloadEntry;
import org.casework.clients.ClientCrisis;
import org.casework.clients.ClientSummary;
import org.casework.identity.UserSummary;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.shared.FormProblems;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;
import org.casework.shared.ReasonForm;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cases' screens: a worker's caseload, the case page with the client header, care
 * team and history, the supervisor's transfer form on it, and the supervisor's team view.
 * Every read and write goes through {@link CaseManagement}, which checks scope and
 * audits; a case outside the caller's scope answers the "not found" page.
 */
@Controller
@RequestMapping("/cases")
class CasePageController {

	static final int PAGE_SIZE = 25;

	private final CaseManagement cases;

	private final ProgramManagement programs;

	private final Clock clock;

	private final ClientCrisis crisis;

	private final List<CasePanel> panels;

	CasePageController(CaseManagement cases, ProgramManagement programs, ClientCrisis crisis, Clock clock,
			ObjectProvider<CasePanel> panels) {
		this.cases = cases;
		this.programs = programs;
		this.crisis = crisis;
		this.clock = clock;
		this.panels = panels.orderedStream().sorted(Comparator.comparingInt(CasePanel::order)).toList();
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "caseload";
	}

	@GetMapping
	String caseload(@ModelAttribute("filter") CaseloadFilter filter, BindingResult binding, Model model) {
		Map<UUID, String> programNames = new LinkedHashMap<>();
		this.programs.list(true).forEach(p -> programNames.put(p.id(), p.name()));
		model.addAttribute("programChoices", programNames);
		model.addAttribute("priorities", Priority.values());
		if (!binding.hasErrors()) {
			Page<CaseloadEntry> caseload = this.cases.caseload(filter.getProgramId(), filter.getPriority(),
					new PageRequest(Math.max(0, filter.getPage()), PAGE_SIZE));
			model.addAttribute("caseload", caseload);
		}
		return "cases/caseload";
	}

	@GetMapping("/team")
	String team(Model model) {
		model.addAttribute("team", this.cases.teamCaseload());
		return "cases/team";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		return casePage(id, model, locale);
	}

	@PostMapping("/{id}/transfer")
	String transfer(@PathVariable UUID id, @ModelAttribute("transfer") TransferForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			CaseSummary moved = this.cases.transfer(id, form.getVersion(), form.command());
			redirect.addFlashAttribute("flash", "cases.transfer.done");
			redirect.addFlashAttribute("flashArgs", new String[] { moved.number(), moved.ownerName() });
			return "redirect:/cases/" + id;
		});
		return done != null ? done : casePage(id, model, locale);
	}

	@PostMapping("/{id}/team")
	String addTeamMember(@PathVariable UUID id, @ModelAttribute("teamMember") TeamMemberForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			CaseFile file = this.cases.addTeamMember(id, form.getVersion(), form.command());
			redirect.addFlashAttribute("flash", "cases.team.added");
			redirect.addFlashAttribute("flashArgs", new String[] { name(file, form.getUserId()) });
			return "redirect:/cases/" + id + "#team-heading";
		});
		model.addAttribute("openForm", "team");
		return done != null ? done : casePage(id, model, locale);
	}

	@PostMapping("/{id}/team/{userId}/remove")
	String removeTeamMember(@PathVariable UUID id, @PathVariable UUID userId,
			@ModelAttribute("removal") ReasonForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			String name = this.cases.file(id).map(f -> name(f, userId)).orElse("");
			this.cases.removeTeamMember(id, userId, form.getVersion(), form.getReason());
			redirect.addFlashAttribute("flash", "cases.team.removed");
			redirect.addFlashAttribute("flashArgs", new String[] { name });
			return "redirect:/cases/" + id + "#team-heading";
		});
		if (done != null) {
			return done;
		}
		model.addAttribute("removing", userId);
		model.addAttribute("removalProblems", binding.getAllErrors().stream().map(e -> e.getDefaultMessage()).toList());
		return casePage(id, model, locale);
	}

	@PostMapping("/{id}/priority")
	String reprioritize(@PathVariable UUID id, @ModelAttribute("priorityChange") PriorityForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.cases.reprioritize(id, form.getVersion(), form.command());
			redirect.addFlashAttribute("flash", "cases.priority.done");
			return "redirect:/cases/" + id;
		});
		model.addAttribute("openForm", "priority");
		return done != null ? done : casePage(id, model, locale);
	}

	private static String name(CaseFile file, UUID userId) {
		return file.careTeam()
			.stream()
			.filter(m -> m.userId().equals(userId))
			.map(CareTeamMember::name)
			.findFirst()
			.orElse("");
	}

	/**
	 * The case page, with the forms the caller may use; a form already in the model
	 * (shown again with its problems) is kept.
	 */
	private String casePage(UUID id, Model model, Locale locale) {
		CaseFile file = this.cases.file(id).orElseThrow(() -> new NotFoundException("Case"));
		CaseSummary summary = file.summary();
		if (this.cases.mayTransfer(summary) && !model.containsAttribute("transfer")) {
			TransferForm form = new TransferForm();
			form.setVersion(summary.version());
			model.addAttribute("transfer", form);
		}
		boolean manages = this.cases.mayManage(file);
		model.addAttribute("manages", manages);
		if (manages) {
			if (!model.containsAttribute("teamMember")) {
				TeamMemberForm form = new TeamMemberForm();
				form.setVersion(summary.version());
				model.addAttribute("teamMember", form);
			}
			if (!model.containsAttribute("priorityChange")) {
				model.addAttribute("priorityChange", PriorityForm.of(summary));
			}
			Map<UUID, String> candidates = new LinkedHashMap<>();
			for (UserSummary user : this.cases.teamCandidates()) {
				if (file.careTeam().stream().noneMatch(m -> m.userId().equals(user.id()))) {
					candidates.put(user.id(), label(user));
				}
			}
			model.addAttribute("teamChoices", candidates);
			model.addAttribute("teamRoles", List.of(CareTeamRole.SECONDARY_WORKER, CareTeamRole.SUPERVISOR));
			model.addAttribute("priorities", Priority.values());
		}
		model.addAttribute("history", CaseHistoryEntry.of(file));
		model.addAttribute("panels", this.panels.stream().map(p -> new PanelView(p.template(), p.data(file))).toList());
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("file", file);
		model.addAttribute("summary", summary);
		model.addAttribute("crisis", this.crisis.active(summary.clientId()).orElse(null));
		ClientSummary client = file.client();
		model.addAttribute("age", client == null ? null : client.age(today));
		String language = client == null ? null : client.preferredLanguage();
		model.addAttribute("languageName", language == null ? null
				: Locale.forLanguageTag(language).getDisplayName(locale) + " (" + language + ")");
		ProgramView program = this.programs.find(summary.programId()).orElse(null);
		model.addAttribute("intensity", program == null || summary.intensityCode() == null ? null
				: program.intensity(summary.intensityCode()).orElse(null));
		Map<String, String> levels = new LinkedHashMap<>();
		if (program != null) {
			program.intensityLevels().forEach(level -> levels.put(level.code(), level.name()));
		}
		model.addAttribute("intensityChoices", levels);
		if (model.containsAttribute("transfer")) {
			Map<UUID, String> owners = new LinkedHashMap<>();
			for (UserSummary worker : this.cases.caseWorkers()) {
				if (!worker.id().equals(summary.ownerId())) {
					owners.put(worker.id(), label(worker));
				}
			}
			model.addAttribute("ownerChoices", owners);
		}
		return "cases/case";
	}

	/** A contributed panel of the case page: its template and what it shows. */
	record PanelView(String template, Object data) {
	}

	private static String label(UserSummary user) {
		return user.displayName() + (user.teamName() == null ? "" : " (" + user.teamName() + ")");
	}

}
