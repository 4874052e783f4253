package org.casework.assessments.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casework.assessments.InstrumentCatalog;
import org.casework.assessments.InstrumentSummary;
import org.casework.assessments.ProgramInstrument;
import org.casework.assessments.ProgramInstruments;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
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
 * The instruments a program uses and its core assessment: everyone signed in reads them
 * on the program's instruments page (linked from the program page); program admins choose
 * them there. The page belongs to the assessments module so that programs need not know
 * about instruments.
 */
@Controller
@RequestMapping("/programs/{id}/instruments")
class ProgramInstrumentPageController {

	private final InstrumentCatalog catalog;

	private final ProgramManagement programs;

	ProgramInstrumentPageController(InstrumentCatalog catalog, ProgramManagement programs) {
		this.catalog = catalog;
		this.programs = programs;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "programs";
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model) {
		ProgramInstruments chosen = this.catalog.forProgram(id);
		model.addAttribute("choice", ProgramInstrumentsForm.of(chosen));
		return view(id, chosen, model);
	}

	@PostMapping
	String choose(@PathVariable UUID id, @ModelAttribute("choice") ProgramInstrumentsForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		ProgramInstruments chosen = this.catalog.forProgram(id);
		if (form.getCodes() != null && !form.getCodes().isEmpty()
				&& (form.getCore() == null || form.getCore().isBlank())) {
			binding.rejectValue("core", "instruments.program.core.missing");
		}
		String done = FormProblems.submit(binding, model, () -> {
			this.catalog.choose(id, form.getVersion(), form.choices());
			redirect.addFlashAttribute("flash", "instruments.program.flash.saved");
			redirect.addFlashAttribute("flashArgs", new String[] { this.programs.get(id).name() });
			return "redirect:/programs/" + id + "/instruments";
		});
		return done != null ? done : view(id, chosen, model);
	}

	private String view(UUID id, ProgramInstruments chosen, Model model) {
		ProgramView program = this.programs.get(id);
		model.addAttribute("program", program);
		model.addAttribute("chosen", chosen);
		model.addAttribute("options", options(chosen));
		return "instruments/program";
	}

	/**
	 * The instruments a program can use: every active one, and any retired one it still
	 * uses.
	 */
	private List<InstrumentSummary> options(ProgramInstruments chosen) {
		List<InstrumentSummary> options = new ArrayList<>(this.catalog.active());
		for (ProgramInstrument used : chosen.instruments()) {
			if (options.stream().noneMatch(o -> o.code().equals(used.code()))) {
				options.add(this.catalog.summary(used.code()));
			}
		}
		return options;
	}

}
