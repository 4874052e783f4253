package org.casework.intake.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.clients.ClientCrisis;
import org.casework.clients.ClientMatch;
import org.casework.clients.ClientRegistry;
import org.casework.clients.ClientSummary;
import org.casework.intake.IntakeDecision;
import org.casework.intake.IntakeManagement;
import org.casework.intake.IntakeStatus;
import org.casework.intake.IntakeView;
import org.casework.intake.StartIntake;
import org.casework.intake.UrgencyItem;
import org.casework.intake.web.IntakeForms.DecisionForm;
import org.casework.intake.web.IntakeForms.DocumentationForm;
import org.casework.intake.web.IntakeForms.PresentingIssueForm;
import org.casework.intake.web.IntakeForms.RapportForm;
import org.casework.intake.web.IntakeForms.ScreeningForm;
import org.casework.intake.web.IntakeForms.StartForm;
import org.casework.intake.web.IntakeForms.UrgencyForm;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FormProblems;
import org.casework.shared.NotFoundException;
import org.casework.shared.PageRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake screens: the worker's intakes, starting one for a client, and the intake
 * page where the five sections are filled in any order (each saved on its own, so an
 * interrupted visit loses nothing), what is missing is listed, and the decision is made.
 */
@Controller
@RequestMapping("/intakes")
class IntakePageController {

	private final IntakeManagement intakes;

	private final ProgramManagement programs;

	private final ClientRegistry clients;

	private final ClientCrisis crisis;

	IntakePageController(IntakeManagement intakes, ProgramManagement programs, ClientRegistry clients,
			ClientCrisis crisis) {
		this.intakes = intakes;
		this.programs = programs;
		this.clients = clients;
		this.crisis = crisis;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "intakes";
	}

	@GetMapping
	String list(@RequestParam(required = false) IntakeStatus status, Model model) {
		IntakeStatus shown = status == null ? IntakeStatus.DRAFT : status;
		model.addAttribute("status", shown);
		model.addAttribute("intakes", this.intakes.list(shown, null, PageRequest.of(0, 100)).items());
		return "intake/list";
	}

	@GetMapping("/new")
	String startForm(@RequestParam UUID clientId, Model model) {
		StartForm form = new StartForm();
		form.setClientId(clientId);
		model.addAttribute("startForm", form);
		return startView(clientId, model);
	}

	@PostMapping("/new")
	String start(@ModelAttribute("startForm") StartForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			IntakeView intake = this.intakes
				.start(new StartIntake(form.getClientId(), form.getProgramId(), form.getPresentingIssue()));
			redirect.addFlashAttribute("flash", "intake.flash.started");
			return "redirect:/intakes/" + intake.id();
		});
		return done != null ? done : startView(form.getClientId(), model);
	}

	private String startView(UUID clientId, Model model) {
		// a client outside the caseload, found through the duplicate check, shows as the
		// check showed them: name and date of birth
		ClientMatch client = this.clients.identity(clientId).orElseThrow(() -> new NotFoundException("Client"));
		model.addAttribute("client", client);
		Map<String, String> options = new LinkedHashMap<>();
		this.programs.list(false).forEach(p -> options.put(p.id().toString(), p.name()));
		model.addAttribute("programOptions", options);
		return "intake/start";
	}

	@GetMapping("/{id}")
	String page(@PathVariable UUID id, Model model) {
		IntakeView intake = this.intakes.get(id);
		ProgramView program = this.programs.get(intake.programId());
		ClientSummary client = this.clients.summary(intake.clientId())
			.orElseThrow(() -> new NotFoundException("Client"));
		model.addAttribute("intake", intake);
		model.addAttribute("program", program);
		model.addAttribute("client", client);
		model.addAttribute("crisis", this.crisis.active(intake.clientId()).orElse(null));
		model.addAttribute("urgencyItems", Arrays.asList(UrgencyItem.values()));
		model.addAttribute("decisions", Arrays.asList(IntakeDecision.values()));
		Map<String, String> levels = new LinkedHashMap<>();
		for (IntensityLevel level : program.intensityLevels()) {
			levels.put(level.code(), level.name());
		}
		model.addAttribute("intensityOptions", levels);
		addIfMissing(model, "rapportForm", () -> RapportForm.of(intake));
		addIfMissing(model, "presentingIssueForm", () -> PresentingIssueForm.of(intake));
		addIfMissing(model, "screeningForm", () -> ScreeningForm.of(intake, program, client.dateOfBirth()));
		addIfMissing(model, "urgencyForm", () -> UrgencyForm.of(intake));
		addIfMissing(model, "documentationForm", () -> DocumentationForm.of(intake));
		addIfMissing(model, "decisionForm", () -> DecisionForm.of(intake));
		return "intake/intake";
	}

	private static void addIfMissing(Model model, String name, Supplier<Object> form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form.get());
		}
	}

	@PostMapping("/{id}/rapport")
	String rapport(@PathVariable UUID id, @ModelAttribute("rapportForm") RapportForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return section(id, "rapport", binding, model, redirect,
				() -> this.intakes.saveRapport(id, form.getVersion(), form.section()));
	}

	@PostMapping("/{id}/presenting-issue")
	String presentingIssue(@PathVariable UUID id, @ModelAttribute("presentingIssueForm") PresentingIssueForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return section(id, "presenting-issue", binding, model, redirect,
				() -> this.intakes.savePresentingIssue(id, form.getVersion(), form.section()));
	}

	@PostMapping("/{id}/eligibility")
	String eligibility(@PathVariable UUID id, @ModelAttribute("screeningForm") ScreeningForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return section(id, "eligibility", binding, model, redirect,
				() -> this.intakes.saveScreening(id, form.getVersion(), form.section()));
	}

	@PostMapping("/{id}/urgency")
	String urgency(@PathVariable UUID id, @ModelAttribute("urgencyForm") UrgencyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return section(id, "urgency", binding, model, redirect,
				() -> this.intakes.saveUrgency(id, form.getVersion(), form.section()));
	}

	@PostMapping("/{id}/documentation")
	String documentation(@PathVariable UUID id, @ModelAttribute("documentationForm") DocumentationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return section(id, "documentation", binding, model, redirect,
				() -> this.intakes.saveDocumentation(id, form.getVersion(), form.section()));
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return decision(id, form.input().decision(), binding, model, () -> {
			IntakeView intake = this.intakes.decide(id, form.getVersion(), form.input());
			redirect.addFlashAttribute("flash", "intake.flash.decided." + intake.decision().decision());
			return intake;
		});
	}

	@PostMapping("/{id}/enroll")
	String enroll(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return decision(id, IntakeDecision.ENROLL, binding, model, () -> {
			IntakeView intake = this.intakes.enrollFromWaitlist(id, form.getVersion(), form.input().intensityCode());
			redirect.addFlashAttribute("flash", "intake.flash.enrolled");
			return intake;
		});
	}

	/**
	 * A decision or enrollment: on to the case it opened, else back to the intake. When
	 * the completeness check refuses it, the page lists what the decision still needs in
	 * words, each linked to its section, instead of the API's field paths.
	 */
	private String decision(UUID id, IntakeDecision decision, BindingResult binding, Model model,
			Supplier<IntakeView> decide) {
		String done = FormProblems.submit(binding, model, () -> {
			UUID caseId;
			try {
				caseId = decide.get().decision().caseId();
			}
			catch (DomainRuleException ex) {
				if (ex.reasons().isEmpty()) {
					throw ex;
				}
				model.addAttribute("refusedDecision", decision);
				throw new DomainRuleException(ex.getMessage());
			}
			return caseId != null ? "redirect:/cases/" + caseId : "redirect:/intakes/" + id;
		});
		if (done != null) {
			return done;
		}
		model.addAttribute("openSection", "decide");
		return page(id, model);
	}

	private String section(UUID id, String anchor, BindingResult binding, Model model, RedirectAttributes redirect,
			Supplier<IntakeView> save) {
		String done = FormProblems.submit(binding, model, () -> {
			save.get();
			redirect.addFlashAttribute("flash", "intake.flash.saved");
			return "redirect:/intakes/" + id + "#" + anchor;
		});
		if (done != null) {
			return done;
		}
		model.addAttribute("openSection", anchor);
		return page(id, model);
	}

}
