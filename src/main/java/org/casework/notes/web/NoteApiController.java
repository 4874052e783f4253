package org.casework.notes.web;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.notes.NewAddendum;
import org.casework.notes.NoteCheck;
import org.casework.notes.NoteInput;
import org.casework.notes.NoteListItem;
import org.casework.notes.NoteView;
import org.casework.notes.Notes;
import org.casework.notes.SignNote;
import org.casework.notes.VoidNote;
import org.casework.shared.Etags;
import org.casework.shared.InvalidInputException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notes", description = "Contact notes, staffings and monthly summaries of a case: drafts, the "
		+ "documentation check, signing, addenda and full-text search")
class NoteApiController {

	private static final String BASE = "/api/v1/cases/{caseId}/notes";

	private final Notes notes;

	NoteApiController(Notes notes) {
		this.notes = notes;
	}

	/** The month a summary covers. */
	record SummaryRequest(String month) {
	}

	@GetMapping(path = BASE, produces = "application/json")
	@Operation(summary = "The notes of a case, or those matching words",
			description = "Latest contact first. ?q= searches the notes' text and their addenda (PostgreSQL full-text "
					+ "search, English stemming, web search syntax: \"exact phrase\", or, -word); best match first, "
					+ "each with a snippet in which the words found are between <mark> and </mark>.")
	Page<NoteListItem> list(@PathVariable UUID caseId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.notes.list(caseId, q, PageRequest.of(page, size));
	}

	@PostMapping(path = BASE, consumes = "application/json", produces = "application/json")
	@Operation(summary = "Start a note (a draft)",
			description = "Every field may be missing in a draft: the answer's check names what signing needs. "
					+ "type CONTACT (default) or STAFFING; a monthly summary starts at …/notes/monthly-summary. "
					+ "contactAt must not be in the future; goalIds must be goals of the case's current care plan. "
					+ "409 on a closed case.")
	ResponseEntity<NoteView> create(@PathVariable UUID caseId, @RequestBody NoteInput body) {
		NoteView note = this.notes.create(caseId, body);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/notes/" + note.id()))
			.eTag(Etags.of(note.version()))
			.body(note);
	}

	@GetMapping(path = BASE + "/{noteId}", produces = "application/json")
	ResponseEntity<NoteView> read(@PathVariable UUID caseId, @PathVariable UUID noteId) {
		return withEtag(this.notes.get(caseId, noteId));
	}

	@PutMapping(path = BASE + "/{noteId}", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Save a draft", description = "The whole note as it stands, with If-Match (412 when "
			+ "someone saved it since, 428 without). A signed note answers 409: correct it with an addendum.")
	ResponseEntity<NoteView> update(@PathVariable UUID caseId, @PathVariable UUID noteId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody NoteInput body) {
		return withEtag(this.notes.update(caseId, noteId, Etags.version(ifMatch, "note"), body));
	}

	@PostMapping(path = BASE + "/check", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Check a note without saving it",
			description = "The missing elements and the judgmental wording (each phrase of the editable list with "
					+ "its suggestion).")
	NoteCheck check(@PathVariable UUID caseId, @RequestBody NoteInput body) {
		return this.notes.check(caseId, body);
	}

	@PostMapping(path = BASE + "/{noteId}/actions/sign", produces = "application/json")
	@Operation(summary = "Sign a note: it never changes again",
			description = "Optional body {\"overrideReason\"}. 409 listing every missing element; 409 listing the "
					+ "judgmental wording unless overrideReason says why it is kept (recorded on the note). An urgent "
					+ "safety concern raises the client's crisis flag. NoteSigned is published. Needs If-Match.")
	ResponseEntity<NoteView> sign(@PathVariable UUID caseId, @PathVariable UUID noteId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) SignNote body) {
		return withEtag(this.notes.sign(caseId, noteId, Etags.version(ifMatch, "note"), body));
	}

	@PostMapping(path = BASE + "/{noteId}/actions/void", produces = "application/json")
	@Operation(summary = "Void a draft that will never be signed",
			description = "{\"reason\"} (required). By the draft's author or a supervisor of the case: the draft "
					+ "stays as it was, marked voided, and no longer counts as a note left unsigned. 409 on a signed "
					+ "or voided note or for another worker; NoteVoided is published. Needs If-Match.")
	ResponseEntity<NoteView> voidDraft(@PathVariable UUID caseId, @PathVariable UUID noteId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) VoidNote body) {
		return withEtag(this.notes.voidDraft(caseId, noteId, Etags.version(ifMatch, "note"), body));
	}

	@PostMapping(path = BASE + "/{noteId}/addenda", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Add an addendum to a signed note",
			description = "{\"text\",\"reason\",\"overrideReason\"}: signed by its author as it is written; the "
					+ "original stays as it was. Answers the note with its addenda. 409 on a draft.")
	ResponseEntity<NoteView> addendum(@PathVariable UUID caseId, @PathVariable UUID noteId,
			@RequestBody NewAddendum body) {
		NoteView note = this.notes.addAddendum(caseId, noteId, body);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/notes/" + noteId + "/addenda/"
				+ note.addenda().get(note.addenda().size() - 1).id()))
			.eTag(Etags.of(note.version()))
			.body(note);
	}

	@PostMapping(path = BASE + "/monthly-summary", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Start the monthly summary of a case",
			description = "{\"month\":\"2026-10\"}: a draft assembled from the month's signed notes (contacts by "
					+ "method, goals touched, services, next steps) for the worker to edit and sign. 409 when the "
					+ "month has one.")
	ResponseEntity<NoteView> monthlySummary(@PathVariable UUID caseId, @RequestBody SummaryRequest body) {
		NoteView note = this.notes.monthlySummary(caseId, month(body == null ? null : body.month()));
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/notes/" + note.id()))
			.eTag(Etags.of(note.version()))
			.body(note);
	}

	static YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			throw new InvalidInputException("month", "is required, as YYYY-MM");
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("month", "must be a month as YYYY-MM");
		}
	}

	private static ResponseEntity<NoteView> withEtag(NoteView note) {
		return ResponseEntity.ok().eTag(Etags.of(note.version())).body(note);
	}

}
