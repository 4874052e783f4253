package org.casework.assessments.web;

import java.util.List;
import java.util.Locale;

import org.casework.assessments.InstrumentCatalog;
import org.casework.assessments.InstrumentSummary;
import org.casework.assessments.InstrumentVersionInfo;
import org.casework.assessments.instruments.Instrument;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.FormProblems;
import org.casework.shared.InvalidInputException;
import org.casework.shared.PageRequest;
import org.casework.shared.ReasonForm;

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
 * The instrument screens: the catalog, an instrument as a readable outline with its
 * versions, and for program admins uploading an instrument, editing one (which stores a
 * new version), retiring and reactivating it. An upload that is refused shows every
 * problem with the linkId of its item.
 */
@Controller
@RequestMapping("/instruments")
class InstrumentPageController {

	static final int PAGE_SIZE = 50;

	private final InstrumentCatalog catalog;

	private final InstrumentOutline outline;

	InstrumentPageController(InstrumentCatalog catalog, InstrumentOutline outline) {
		this.catalog = catalog;
		this.outline = outline;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "instruments";
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean retired, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("instruments", this.catalog.list(new PageRequest(Math.max(0, page), PAGE_SIZE), retired));
		model.addAttribute("showRetired", retired);
		return "instruments/list";
	}

	@GetMapping("/{code}")
	String instrument(@PathVariable String code, @RequestParam(required = false) Integer version, Model model,
			Locale locale) {
		return instrumentView(code, version, model, locale);
	}

	private String instrumentView(String code, Integer version, Model model, Locale locale) {
		InstrumentSummary summary = this.catalog.summary(code);
		int shown = version == null ? summary.latestVersion() : version;
		Instrument instrument = this.catalog.version(code, shown);
		List<InstrumentVersionInfo> versions = this.catalog.versions(code);
		model.addAttribute("instrument", summary);
		model.addAttribute("shown", instrument);
		model.addAttribute("latest", shown == summary.latestVersion());
		model.addAttribute("outline", this.outline.describe(instrument, locale));
		model.addAttribute("codes", this.outline.codes(instrument, locale));
		model.addAttribute("versions", versions);
		if (!model.containsAttribute("retireForm")) {
			model.addAttribute("retireForm", new ReasonForm());
		}
		if (!model.containsAttribute("reactivateForm")) {
			model.addAttribute("reactivateForm", new ReasonForm());
		}
		return "instruments/instrument";
	}

	// uploading and editing

	@GetMapping("/upload")
	String uploadForm(Model model) {
		model.addAttribute("upload", new UploadForm());
		return uploadView(model, null);
	}

	@PostMapping("/upload")
	String upload(@ModelAttribute("upload") UploadForm form, Model model, RedirectAttributes redirect) {
		return store(form, null, model, redirect);
	}

	@GetMapping("/{code}/edit")
	String editForm(@PathVariable String code, Model model) {
		InstrumentSummary summary = this.catalog.summary(code);
		UploadForm form = new UploadForm();
		form.setQuestionnaire(this.catalog.questionnaire(code, summary.latestVersion()));
		model.addAttribute("upload", form);
		return uploadView(model, summary);
	}

	@PostMapping("/{code}/edit")
	String edit(@PathVariable String code, @ModelAttribute("upload") UploadForm form, Model model,
			RedirectAttributes redirect) {
		return store(form, this.catalog.summary(code), model, redirect);
	}

	private String store(UploadForm form, InstrumentSummary editing, Model model, RedirectAttributes redirect) {
		String json = form.json();
		try {
			InstrumentVersionInfo stored = editing == null ? this.catalog.upload(json)
					: this.catalog.addVersion(editing.code(), json);
			redirect.addFlashAttribute("flash", "instruments.flash.stored");
			redirect.addFlashAttribute("flashArgs",
					new String[] { Integer.toString(stored.version()), stored.title() });
			return "redirect:/instruments/" + stored.code();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems().stream().map(Refusal::of).toList());
		}
		catch (DomainRuleException ex) {
			model.addAttribute("problems", List.of(new Refusal(null, ex.getMessage())));
		}
		form.setQuestionnaire(json);
		return uploadView(model, editing);
	}

	private static String uploadView(Model model, InstrumentSummary editing) {
		model.addAttribute("editing", editing);
		return "instruments/upload";
	}

	/**
	 * A refusal of an upload as the form lists it: the item's linkId, and what is wrong.
	 */
	record Refusal(String linkId, String where, String message) {

		Refusal(String where, String message) {
			this(null, where, message);
		}

		static Refusal of(FieldProblem problem) {
			String field = problem.field();
			if (field.startsWith("item[linkId=") && field.endsWith("]")) {
				return new Refusal(field.substring("item[linkId=".length(), field.length() - 1), field,
						problem.message());
			}
			return new Refusal(null, field, problem.message());
		}

	}

	// retiring and reactivating

	@PostMapping("/{code}/retire")
	String retire(@PathVariable String code, @ModelAttribute("retireForm") ReasonForm form, BindingResult binding,
			Model model, Locale locale, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			InstrumentSummary retired = this.catalog.retire(code, form.getVersion(), form.getReason());
			redirect.addFlashAttribute("flash", "instruments.flash.retired");
			redirect.addFlashAttribute("flashArgs", new String[] { retired.title() });
			return "redirect:/instruments/" + code;
		});
		return done != null ? done : instrumentView(code, null, model, locale);
	}

	@PostMapping("/{code}/reactivate")
	String reactivate(@PathVariable String code, @ModelAttribute("reactivateForm") ReasonForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			InstrumentSummary active = this.catalog.reactivate(code, form.getVersion());
			redirect.addFlashAttribute("flash", "instruments.flash.reactivated");
			redirect.addFlashAttribute("flashArgs", new String[] { active.title() });
			return "redirect:/instruments/" + code;
		});
		return done != null ? done : instrumentView(code, null, model, locale);
	}

}
