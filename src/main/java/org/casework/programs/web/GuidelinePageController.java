package org.casework.programs.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;

import org.casework.programs.PovertyGuideline;
import org.casework.programs.PovertyGuidelines;
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
 * The HHS poverty guideline tables that income rules read, one per year. Everyone signed
 * in reads them; a program admin enters next year's table when HHS publishes it (each
 * January) or corrects a year.
 */
@Controller
@RequestMapping("/programs/guidelines")
class GuidelinePageController {

	private final PovertyGuidelines guidelines;

	private final Clock clock;

	GuidelinePageController(PovertyGuidelines guidelines, Clock clock) {
		this.guidelines = guidelines;
		this.clock = clock;
	}

	@GetMapping
	String tables(Model model) {
		List<PovertyGuideline> tables = this.guidelines.all();
		model.addAttribute("tables", tables.stream().map(TableView::of).toList());
		model.addAttribute("nextYear", tables.isEmpty() ? Year.now(this.clock).getValue() : tables.get(0).year() + 1);
		return "programs/guidelines";
	}

	@GetMapping("/{year}/edit")
	String edit(@PathVariable int year, Model model) {
		GuidelineForm form = this.guidelines.all()
			.stream()
			.filter(t -> t.year() == year)
			.findFirst()
			.map(GuidelineForm::of)
			.orElseGet(GuidelineForm::new);
		model.addAttribute("guideline", form);
		return formView(model, year);
	}

	@PostMapping("/{year}/edit")
	String save(@PathVariable int year, @ModelAttribute("guideline") GuidelineForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.guidelines.save(form.table(year));
			redirect.addFlashAttribute("flash", "programs.guidelines.flash.saved");
			redirect.addFlashAttribute("flashArgs", new String[] { String.valueOf(year) });
			return "redirect:/programs/guidelines#year-" + year;
		});
		return done != null ? done : formView(model, year);
	}

	private static String formView(Model model, int year) {
		model.addAttribute("year", year);
		model.addAttribute("householdSizes", PovertyGuideline.TABLE_SIZE);
		return "programs/guideline-form";
	}

	/** A table as shown: US dollars, whole when there are no cents. */
	record TableView(int year, List<String> amounts, String additionalPerson, String source) {

		static TableView of(PovertyGuideline table) {
			return new TableView(table.year(), table.amounts().stream().map(TableView::dollars).toList(),
					dollars(table.additionalPerson()), table.source());
		}

		static String dollars(BigDecimal amount) {
			NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
			format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
			format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
			return format.format(amount);
		}

	}

}
