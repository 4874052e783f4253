package org.casework.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.casework.cases.CaseFile;
import org.casework.cases.CaseManagement;
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

	CasePageController(CaseManagement cases, ProgramManagement programs, ClientCrisis crisis, Clock clock) {
		this.cases = cases;
		this.programs = programs;
		this.crisis = crisis;
		this.clock = clock;
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
		CaseFile file = this.cases.file(id).orElseThrow(() -> new NotFoundException("Case"));
		if (this.cases.mayTransfer(file.summary()) && !model.containsAttribute("transfer")) {
			TransferForm form = new TransferForm();
			form.setVersion(file.summary().version());
			model.addAttribute("transfer", form);
		}
		return casePage(file, model, locale);
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
		if (done != null) {
			return done;
		}
		CaseFile file = this.cases.file(id).orElseThrow(() -> new NotFoundException("Case"));
		return casePage(file, model, locale);
	}

	private String casePage(CaseFile file, Model model, Locale locale) {
		CaseSummary summary = file.summary();
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
		if (model.containsAttribute("transfer")) {
			Map<UUID, String> owners = new LinkedHashMap<>();
			for (UserSummary worker : this.cases.caseWorkers()) {
				if (!worker.id().equals(summary.ownerId())) {
					owners.put(worker.id(),
							worker.displayName() + (worker.teamName() == null ? "" : " (" + worker.teamName() + ")"));
				}
			}
			model.addAttribute("ownerChoices", owners);
		}
		return "cases/case";
	}

}
