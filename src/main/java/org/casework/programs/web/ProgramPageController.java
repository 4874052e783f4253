package org.casework.programs.web;

import java.util.Locale;
import java.util.UUID;

import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.programs.RuleKind;
import org.casework.programs.GoalReview;
import org.casework.shared.FormProblems;
import org.casework.shared.ReasonForm;

import org.springframework.context.MessageSource;
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
 * The program screens: the agency's programs, a program with its rules in words and its
 * intensity levels (everyone signed in reads them: workers screen clients against them),
 * and for program admins defining, revising, retiring and reactivating a program. Who may
 * change what is decided by {@link ProgramManagement}; the screens only leave out the
 * buttons a reader cannot use.
 */
@Controller
@RequestMapping("/programs")
class ProgramPageController {

	private final ProgramManagement programs;

	private final RuleWords words;

	private final MessageSource messages;

	ProgramPageController(ProgramManagement programs, RuleWords words, MessageSource messages) {
		this.programs = programs;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean retired, Model model) {
		model.addAttribute("programs", this.programs.list(retired));
		model.addAttribute("showRetired", retired);
		return "programs/list";
	}

	// reading

	@GetMapping("/{id}")
	String program(@PathVariable UUID id, Model model, Locale locale) {
		return programView(model, this.programs.get(id), locale);
	}

	private String programView(Model model, ProgramView program, Locale locale) {
		model.addAttribute("program", program);
		model.addAttribute("ruleTexts", this.words.describe(program.rules(), locale));
		if (!model.containsAttribute("retireForm")) {
			model.addAttribute("retireForm", new ReasonForm());
		}
		if (!model.containsAttribute("reactivateForm")) {
			model.addAttribute("reactivateForm", new ReasonForm());
		}
		return "programs/program";
	}

	// defining and revising

	@GetMapping("/new")
	String newProgram(Model model, Locale locale) {
		ProgramForm form = ProgramForm.withStandardLevels(
				code -> this.messages.getMessage("programs.level.standard." + code, null, code, locale));
		model.addAttribute("program", form);
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("program") ProgramForm form, BindingResult binding,
			@RequestParam(required = false) String add, @RequestParam(required = false) String remove,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect) {
		if (form.changeRows(add, remove) || refresh != null) {
			return formView(model, null);
		}
		String done = FormProblems.submit(binding, model, () -> {
			ProgramView program = this.programs.create(form.input());
			saved(redirect, "programs.flash.created", program);
			return "redirect:/programs/" + program.id();
		});
		return done != null ? done : formView(model, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("program", ProgramForm.of(this.programs.get(id)));
		return formView(model, id);
	}

	@PostMapping("/{id}/edit")
	String revise(@PathVariable UUID id, @ModelAttribute("program") ProgramForm form, BindingResult binding,
			@RequestParam(required = false) String add, @RequestParam(required = false) String remove,
			@RequestParam(required = false) String refresh, Model model, RedirectAttributes redirect) {
		this.programs.get(id);
		if (form.changeRows(add, remove) || refresh != null) {
			return formView(model, id);
		}
		String done = FormProblems.submit(binding, model, () -> {
			ProgramView program = this.programs.revise(id, form.getVersion(), form.input());
			saved(redirect, "programs.flash.saved", program);
			return "redirect:/programs/" + id;
		});
		return done != null ? done : formView(model, id);
	}

	private static String formView(Model model, UUID programId) {
		model.addAttribute("programId", programId);
		model.addAttribute("ruleKinds", RuleKind.values());
		model.addAttribute("goalReviews", GoalReview.values());
		model.addAttribute("answers", new Boolean[] { Boolean.TRUE, Boolean.FALSE });
		return "programs/form";
	}

	// retiring and reactivating

	@PostMapping("/{id}/retire")
	String retire(@PathVariable UUID id, @ModelAttribute("retireForm") ReasonForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			saved(redirect, "programs.flash.retired", this.programs.retire(id, form.getVersion(), form.getReason()));
			return "redirect:/programs/" + id;
		});
		return done != null ? done : programView(model, this.programs.get(id), locale);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable UUID id, @ModelAttribute("reactivateForm") ReasonForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			saved(redirect, "programs.flash.reactivated", this.programs.reactivate(id, form.getVersion()));
			return "redirect:/programs/" + id;
		});
		return done != null ? done : programView(model, this.programs.get(id), locale);
	}

	private static void saved(RedirectAttributes redirect, String message, ProgramView program) {
		redirect.addFlashAttribute("flash", message);
		redirect.addFlashAttribute("flashArgs", new String[] { program.name() });
	}

}
