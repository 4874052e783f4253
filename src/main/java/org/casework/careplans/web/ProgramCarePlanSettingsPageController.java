package org.casework.careplans.web;

import java.util.UUID;

import org.casework.careplans.CarePlanManagement;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramManagement;
import org.casework.shared.FormProblems;

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
 * A program's rules for care plans (whether a supervisor approves a plan before it counts
 * as agreed, and how far ahead plans reach), linked from the program page: everyone
 * signed in reads them, program admins change them. The page belongs to the care plans
 * module so that programs need not know about care plans.
 */
@Controller
@RequestMapping("/programs/{id}/care-plans")
class ProgramCarePlanSettingsPageController {

	private final CarePlanManagement plans;

	private final ProgramManagement programs;

	private final UserContext users;

	ProgramCarePlanSettingsPageController(CarePlanManagement plans, ProgramManagement programs, UserContext users) {
		this.plans = plans;
		this.programs = programs;
		this.users = users;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "programs";
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("settingsForm", CarePlanSettingsForm.of(this.plans.settings(id)));
		return page(id, model);
	}

	@PostMapping
	String change(@PathVariable UUID id, @ModelAttribute("settingsForm") CarePlanSettingsForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.plans.changeSettings(id, form.getVersion(), form.change());
			redirect.addFlashAttribute("flash", "careplans.settings.saved");
			return "redirect:/programs/" + id + "/care-plans";
		});
		return done != null ? done : page(id, model);
	}

	private String page(UUID id, Model model) {
		model.addAttribute("program", this.programs.get(id));
		model.addAttribute("settings", this.plans.settings(id));
		model.addAttribute("programAdmin", this.users.find().map(me -> me.has(Role.PROGRAM_ADMIN)).orElse(false));
		return "careplans/settings";
	}

}
