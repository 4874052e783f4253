package org.casework.assessments.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.assessments.InstrumentCatalog;
import org.casework.assessments.InstrumentChoice;
import org.casework.assessments.InstrumentStatus;
import org.casework.assessments.InstrumentSummary;
import org.casework.assessments.InstrumentVersionInfo;
import org.casework.assessments.ProgramInstruments;
import org.casework.assessments.instruments.Instrument;
import org.casework.assessments.instruments.Item;
import org.casework.assessments.instruments.ItemCode;
import org.casework.shared.Etags;
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
@Tag(name = "Instruments",
		description = "Assessment instruments (FHIR R4 Questionnaires, versioned) and the instruments each program uses")
class InstrumentApiController {

	static final String FHIR_JSON = "application/fhir+json";

	private final InstrumentCatalog catalog;

	InstrumentApiController(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping(path = "/api/v1/instruments", produces = "application/json")
	@Operation(summary = "The instruments, by title",
			description = "Active ones; includeRetired=true for all. Each with its latest version.")
	Page<InstrumentSummary> list(@RequestParam(defaultValue = "false") boolean includeRetired,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.catalog.list(PageRequest.of(page, size), includeRetired);
	}

	@GetMapping(path = "/api/v1/instruments/{code}", produces = "application/json")
	@Operation(summary = "An instrument: its latest version read into items, and its versions",
			description = "The ETag is the instrument's revision, which changes with each new version and status change;"
					+ " retire and reactivate need it as If-Match.")
	ResponseEntity<InstrumentResponse> read(@PathVariable String code) {
		InstrumentSummary summary = this.catalog.summary(code);
		Instrument latest = this.catalog.version(code, summary.latestVersion());
		return ResponseEntity.ok()
			.eTag(Etags.of(summary.revision()))
			.body(InstrumentResponse.of(summary, latest, this.catalog.versions(code)));
	}

	@GetMapping(path = "/api/v1/instruments/{code}/versions", produces = "application/json")
	@Operation(summary = "The stored versions of an instrument, the latest first")
	Page<InstrumentVersionInfo> versions(@PathVariable String code) {
		List<InstrumentVersionInfo> all = this.catalog.versions(code);
		return new Page<>(all, 0, Math.max(all.size(), 1), all.size());
	}

	@GetMapping(path = "/api/v1/instruments/{code}/versions/{version}", produces = { FHIR_JSON, "application/json" })
	@Operation(summary = "One version as its FHIR R4 Questionnaire",
			description = "Exactly as stored; versions never change. Served as application/fhir+json unless the client asks for application/json.")
	ResponseEntity<String> questionnaire(@PathVariable String code, @PathVariable int version) {
		return ResponseEntity.ok().eTag(Etags.of(version)).body(this.catalog.questionnaire(code, version));
	}

	@PostMapping(path = "/api/v1/instruments", consumes = { "application/json", FHIR_JSON },
			produces = "application/json")
	@Operation(summary = "Upload an instrument or a new version of one (program admins)",
			description = "The body is a FHIR R4 Questionnaire in the supported subset (see the README). Its id is the instrument's code:"
					+ " a new code makes a new instrument (version 1), a known one the next version (its url must stay the same)."
					+ " A Questionnaire using anything Casework does not support is refused (400) with every problem, each naming the item"
					+ " as item[linkId=…]; malformed JSON is named as questionnaire.")
	ResponseEntity<InstrumentVersionInfo> upload(
			@RequestBody(required = false) @io.swagger.v3.oas.annotations.parameters.RequestBody(
					description = "A FHIR R4 Questionnaire (JSON)") String questionnaire) {
		InstrumentVersionInfo stored = this.catalog.upload(questionnaire);
		return ResponseEntity
			.created(URI.create("/api/v1/instruments/" + stored.code() + "/versions/" + stored.version()))
			.eTag(Etags.of(stored.version()))
			.body(stored);
	}

	@PostMapping(path = "/api/v1/instruments/{code}/actions/retire", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Retire an instrument (program admins)",
			description = "New assessments stop using it; its versions stay readable. Refused (409) while a program uses it. Needs If-Match.")
	ResponseEntity<InstrumentSummary> retire(@PathVariable String code,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ReasonRequest request) {
		this.catalog.summary(code);
		return withEtag(this.catalog.retire(code, Etags.version(ifMatch, "instrument"), request.reason()));
	}

	@PostMapping(path = "/api/v1/instruments/{code}/actions/reactivate", produces = "application/json")
	@Operation(summary = "Reactivate a retired instrument (program admins)", description = "Needs If-Match.")
	ResponseEntity<InstrumentSummary> reactivate(@PathVariable String code,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.catalog.summary(code);
		return withEtag(this.catalog.reactivate(code, Etags.version(ifMatch, "instrument")));
	}

	@GetMapping(path = "/api/v1/programs/{id}/instruments", produces = "application/json")
	@Operation(summary = "The instruments a program uses, its core assessment first",
			description = "The ETag is the version of the program's choice (\"0\" before the first); PUT needs it as If-Match.")
	ResponseEntity<ProgramInstruments> programInstruments(@PathVariable UUID id) {
		return withEtag(this.catalog.forProgram(id));
	}

	@PutMapping(path = "/api/v1/programs/{id}/instruments", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Choose the instruments a program uses and its core assessment (program admins)",
			description = "The full list, e.g. {\"instruments\":[{\"code\":\"casework-holistic\",\"core\":true},{\"code\":\"ahc-hrsn\",\"core\":false}]}."
					+ " Active instruments only; exactly one core when any are chosen; an empty list clears the choice. Needs If-Match.")
	ResponseEntity<ProgramInstruments> choose(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ChoiceRequest request) {
		this.catalog.forProgram(id);
		return withEtag(this.catalog.choose(id, Etags.version(ifMatch, "choice of instruments"),
				request.instruments() == null ? List.of() : request.instruments()));
	}

	private static ResponseEntity<ProgramInstruments> withEtag(ProgramInstruments choice) {
		return ResponseEntity.ok().eTag(Etags.of(choice.version())).body(choice);
	}

	private static ResponseEntity<InstrumentSummary> withEtag(InstrumentSummary instrument) {
		return ResponseEntity.ok().eTag(Etags.of(instrument.revision())).body(instrument);
	}

	record ReasonRequest(String reason) {
	}

	record ChoiceRequest(List<InstrumentChoice> instruments) {
	}

	/**
	 * An instrument as the API shows it: the catalog's entry, its latest version read
	 * into items (with their options, weights, conditions and scoring), and its versions.
	 */
	record InstrumentResponse(String code, String url, String title, String description, InstrumentStatus status,
			String retiredReason, int version, int revision, Instant updatedAt, List<ItemCode> codes, List<Item> items,
			List<InstrumentVersionInfo> versions) {

		static InstrumentResponse of(InstrumentSummary summary, Instrument latest,
				List<InstrumentVersionInfo> versions) {
			return new InstrumentResponse(summary.code(), summary.url(), summary.title(), latest.description(),
					summary.status(), summary.retiredReason(), latest.version(), summary.revision(),
					summary.updatedAt(), latest.codes(), latest.items(), versions);
		}

	}

}
