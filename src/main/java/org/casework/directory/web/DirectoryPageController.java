package org.casework.directory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.casework.directory.DirectoryCatalog;
import org.casework.directory.DirectoryImports;
import org.casework.directory.ImportReport;
import org.casework.directory.ServiceCard;
import org.casework.shared.FormProblems;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.StaleVersionException;

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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory screens: a worker searches services (text, category, language, open now,
 * within some miles of a ZIP code) and reads one; a program admin imports an HSDS dataset
 * (a file or pasted JSON) and follows its progress, exports the directory, and marks a
 * service inactive or active again.
 */
@Controller
@RequestMapping("/directory")
class DirectoryPageController {

	private final DirectoryCatalog catalog;

	private final DirectoryImports imports;

	DirectoryPageController(DirectoryCatalog catalog, DirectoryImports imports) {
		this.catalog = catalog;
		this.imports = imports;
	}

	// searching and reading

	@GetMapping
	String search(@ModelAttribute("search") SearchForm form, BindingResult binding, Model model) {
		model.addAttribute("categories", this.catalog.categories());
		model.addAttribute("languages", this.catalog.languages());
		if (form.asked() && !binding.hasErrors()) {
			try {
				Page<ServiceCard> results = this.catalog.search(form.query());
				model.addAttribute("results", results);
				model.addAttribute("previous", pageLink(form, results.page() - 1));
				model.addAttribute("next", pageLink(form, results.page() + 1));
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(binding, ex.problems());
			}
		}
		return "directory/search";
	}

	private static String pageLink(SearchForm form, int page) {
		return UriComponentsBuilder.fromPath("/directory")
			.queryParamIfPresent("text", java.util.Optional.ofNullable(form.getText()))
			.queryParamIfPresent("category", java.util.Optional.ofNullable(form.getCategory()))
			.queryParamIfPresent("language", java.util.Optional.ofNullable(form.getLanguage()))
			.queryParamIfPresent("openNow", form.isOpenNow() ? java.util.Optional.of(true) : java.util.Optional.empty())
			.queryParamIfPresent("zip", java.util.Optional.ofNullable(form.getZip()))
			.queryParamIfPresent("radiusMiles", java.util.Optional.ofNullable(form.getRadiusMiles()))
			.queryParamIfPresent("caseId", java.util.Optional.ofNullable(form.getCaseId()))
			.queryParamIfPresent("stepId", java.util.Optional.ofNullable(form.getStepId()))
			.queryParam("page", page)
			.encode()
			.toUriString();
	}

	@GetMapping("/services/{id}")
	String service(@PathVariable UUID id, Model model) {
		model.addAttribute("service", this.catalog.details(id));
		return "directory/service";
	}

	@PostMapping("/services/{id}/deactivate")
	String deactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return setStatus(id, version, false, redirect);
	}

	@PostMapping("/services/{id}/activate")
	String activate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		return setStatus(id, version, true, redirect);
	}

	private String setStatus(UUID id, long version, boolean active, RedirectAttributes redirect) {
		try {
			var service = active ? this.catalog.activate(id, version) : this.catalog.deactivate(id, version);
			redirect.addFlashAttribute("flash", active ? "directory.flash.activated" : "directory.flash.deactivated");
			redirect.addFlashAttribute("flashArgs", new String[] { service.name() });
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("flash", "directory.flash.conflict");
			redirect.addFlashAttribute("flashKind", "danger");
		}
		return "redirect:/directory/services/" + id;
	}

	// importing (program admins)

	@GetMapping("/import")
	String importPage(Model model) {
		model.addAttribute("importForm", new ImportForm());
		return importView(model);
	}

	private String importView(Model model) {
		model.addAttribute("recent", this.imports.recent(10));
		model.addAttribute("maxMegabytes", this.imports.maxSize() / (1024 * 1024));
		return "directory/import";
	}

	@PostMapping("/import")
	String startImport(@ModelAttribute("importForm") ImportForm form, BindingResult binding, Model model)
			throws IOException {
		byte[] data;
		if (form.getFile() != null && !form.getFile().isEmpty()) {
			if (form.getFile().getSize() > this.imports.maxSize()) {
				binding.rejectValue("file", "problem",
						"is larger than the limit of " + this.imports.maxSize() / (1024 * 1024) + " MB");
				return importView(model);
			}
			data = form.getFile().getBytes();
		}
		else if (form.getJson() != null && !form.getJson().isBlank()) {
			data = form.getJson().getBytes(StandardCharsets.UTF_8);
		}
		else {
			binding.rejectValue("file", "problem", "choose a file or paste the JSON");
			return importView(model);
		}
		String done = FormProblems.submit(binding, model,
				() -> "redirect:/directory/imports/" + this.imports.start(data));
		return done != null ? done : importView(model);
	}

	@GetMapping("/imports/{id}")
	String importProgress(@PathVariable UUID id, Model model) {
		model.addAttribute("report", report(id));
		return "directory/import-progress";
	}

	@HxRequest
	@GetMapping("/imports/{id}")
	String importProgressFragment(@PathVariable UUID id, Model model) {
		model.addAttribute("report", report(id));
		return "directory/import-progress :: progress";
	}

	private ImportReport report(UUID id) {
		return this.imports.report(id).orElseThrow(() -> new NotFoundException("Import"));
	}

}
