package org.casework.programs.web;

import java.util.List;
import java.util.UUID;

import org.casework.programs.WordList;
import org.casework.programs.WordListEntry;
import org.casework.programs.WordLists;
import org.casework.shared.FormProblems;
import org.casework.shared.NotFoundException;
import org.casework.shared.ReasonForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The word lists on a screen: everyone signed in reads them (a worker may wonder why a
 * word was flagged); a program admin adds a phrase with its suggestion or retires one
 * with a reason.
 */
@Controller
@RequestMapping("/programs/word-lists")
class WordListPageController {

	private final WordLists lists;

	WordListPageController(WordLists lists) {
		this.lists = lists;
	}

	/** The form that adds a phrase. */
	public static class EntryForm {

		private String phrase;

		private String suggestion;

		public String getPhrase() {
			return this.phrase;
		}

		public void setPhrase(String phrase) {
			this.phrase = phrase;
		}

		public String getSuggestion() {
			return this.suggestion;
		}

		public void setSuggestion(String suggestion) {
			this.suggestion = suggestion;
		}

	}

	@GetMapping
	String first() {
		return "redirect:/programs/word-lists/" + WordList.values()[0].slug();
	}

	@GetMapping("/{list}")
	String show(@PathVariable("list") String slug, Model model) {
		model.addAttribute("entry", new EntryForm());
		return view(list(slug), model);
	}

	@PostMapping("/{list}")
	String add(@PathVariable("list") String slug, @ModelAttribute("entry") EntryForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		WordList list = list(slug);
		String done = FormProblems.submit(binding, model, () -> {
			WordListEntry added = this.lists.add(list, form.getPhrase(), form.getSuggestion());
			redirect.addFlashAttribute("flash", "programs.wordLists.flash.added");
			redirect.addFlashAttribute("flashArgs", new String[] { added.phrase() });
			return "redirect:/programs/word-lists/" + list.slug();
		});
		if (done != null) {
			return done;
		}
		model.addAttribute("openForm", "add");
		return view(list, model);
	}

	@PostMapping("/{list}/{id}/retire")
	String retire(@PathVariable("list") String slug, @PathVariable UUID id, @ModelAttribute ReasonForm form,
			Model model, RedirectAttributes redirect) {
		WordList list = list(slug);
		BindingResult binding = new BeanPropertyBindingResult(form, "retirement");
		String done = FormProblems.submit(binding, model, () -> {
			WordListEntry retired = this.lists.retire(list, id, form.getReason());
			redirect.addFlashAttribute("flash", "programs.wordLists.flash.retired");
			redirect.addFlashAttribute("flashArgs", new String[] { retired.phrase() });
			return "redirect:/programs/word-lists/" + list.slug();
		});
		if (done != null) {
			return done;
		}
		model.addAttribute("entry", new EntryForm());
		model.addAttribute("retiring", id);
		model.addAttribute("retireProblems", binding.getAllErrors().stream().map(e -> e.getDefaultMessage()).toList());
		return view(list, model);
	}

	private String view(WordList list, Model model) {
		List<WordListEntry> entries = this.lists.entries(list);
		model.addAttribute("list", list);
		model.addAttribute("lists", WordList.values());
		model.addAttribute("active", entries.stream().filter(WordListEntry::active).toList());
		model.addAttribute("retired", entries.stream().filter(e -> !e.active()).toList());
		return "programs/word-lists";
	}

	private static WordList list(String slug) {
		return WordList.ofSlug(slug).orElseThrow(() -> new NotFoundException("Word list"));
	}

}
