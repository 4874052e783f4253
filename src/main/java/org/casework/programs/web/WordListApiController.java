package org.casework.programs.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.programs.WordList;
import org.casework.programs.WordListEntry;
import org.casework.programs.WordLists;
import org.casework.shared.NotFoundException;
import org.casework.shared.ReasonRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/word-lists")
@Tag(name = "Word lists",
		description = "The vague goal wording the SMART check flags and the judgmental words the note check flags")
class WordListApiController {

	private final WordLists lists;

	WordListApiController(WordLists lists) {
		this.lists = lists;
	}

	/** A phrase to add, with what to write instead. */
	record NewEntry(String phrase, String suggestion) {
	}

	/** A list with all its entries, active ones first. */
	record ListView(String list, List<WordListEntry> entries) {
	}

	@GetMapping(path = "/{list}", produces = "application/json")
	@Operation(summary = "A word list", description = "vague-goal-wording or judgmental-wording; retired entries too.")
	ListView read(@PathVariable("list") String slug) {
		WordList list = list(slug);
		return new ListView(list.slug(), this.lists.entries(list));
	}

	@PostMapping(path = "/{list}/entries", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Add a phrase (program admins)", description = "409 when the phrase is already on the list.")
	ResponseEntity<WordListEntry> add(@PathVariable("list") String slug, @RequestBody NewEntry body) {
		WordList list = list(slug);
		WordListEntry entry = this.lists.add(list, body.phrase(), body.suggestion());
		return ResponseEntity.created(URI.create("/api/v1/word-lists/" + list.slug() + "/entries/" + entry.id()))
			.body(entry);
	}

	@GetMapping(path = "/{list}/entries/{id}", produces = "application/json")
	WordListEntry entry(@PathVariable("list") String slug, @PathVariable UUID id) {
		return this.lists.entry(list(slug), id);
	}

	@PostMapping(path = "/{list}/entries/{id}/actions/retire", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Retire a phrase with a reason (program admins)",
			description = "The entry stays as history; 409 when it was already retired.")
	WordListEntry retire(@PathVariable("list") String slug, @PathVariable UUID id, @RequestBody ReasonRequest body) {
		return this.lists.retire(list(slug), id, body.reason());
	}

	private static WordList list(String slug) {
		return WordList.ofSlug(slug).orElseThrow(() -> new NotFoundException("Word list"));
	}

}
