package org.casework.intake.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.intake.DecisionInput;
import org.casework.intake.InitialDocumentation;
import org.casework.intake.IntakeDecision;
import org.casework.intake.IntakeManagement;
import org.casework.intake.IntakeStatus;
import org.casework.intake.IntakeSummary;
import org.casework.intake.IntakeView;
import org.casework.intake.MissingItem;
import org.casework.intake.PresentingIssue;
import org.casework.intake.Rapport;
import org.casework.intake.Screening;
import org.casework.intake.StartIntake;
import org.casework.intake.UrgencyScreen;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/intakes", produces = "application/json")
@Tag(name = "Intakes",
		description = "Standardized screening: rapport, presenting issue, eligibility, urgency, initial documentation; the decision")
class IntakeApiController {

	private final IntakeManagement intakes;

	IntakeApiController(IntakeManagement intakes) {
		this.intakes = intakes;
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Start an intake of a client for a program",
			description = "The client may be one found through the duplicate check: starting puts them in your scope. presentingIssue is kept as the client's own words.")
	ResponseEntity<IntakeView> start(@RequestBody StartIntake request) {
		IntakeView intake = this.intakes.start(request);
		return ResponseEntity.created(URI.create("/api/v1/intakes/" + intake.id()))
			.eTag(Etags.of(intake.version()))
			.body(intake);
	}

	@GetMapping
	@Operation(summary = "Intakes of clients in your scope", description = "Most recently changed first.")
	Page<IntakeSummary> list(@RequestParam(required = false) IntakeStatus status,
			@RequestParam(required = false) UUID clientId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.intakes.list(status, clientId, PageRequest.of(page, size));
	}

	@GetMapping("/{id}")
	ResponseEntity<IntakeView> read(@PathVariable UUID id) {
		return withEtag(this.intakes.get(id));
	}

	@GetMapping("/{id}/completeness")
	@Operation(summary = "What is still missing",
			description = "Blocking items (urgency questions, eligibility rules not yet decidable) stop a decision.")
	Map<String, Object> completeness(@PathVariable UUID id) {
		IntakeView intake = this.intakes.get(id);
		List<MissingItem> missing = intake.missing();
		return Map.of("missing", missing, "blocked", intake.blocked());
	}

	@PutMapping(path = "/{id}/rapport", consumes = "application/json")
	@Operation(summary = "Section 1: rapport", description = "Needs If-Match.")
	ResponseEntity<IntakeView> rapport(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody Rapport section) {
		return withEtag(this.intakes.saveRapport(id, Etags.version(ifMatch, "intake"), section));
	}

	@PutMapping(path = "/{id}/presenting-issue", consumes = "application/json")
	@Operation(summary = "Section 2: presenting issue, in the client's words", description = "Needs If-Match.")
	ResponseEntity<IntakeView> presentingIssue(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody PresentingIssue section) {
		return withEtag(this.intakes.savePresentingIssue(id, Etags.version(ifMatch, "intake"), section));
	}

	@PutMapping(path = "/{id}/eligibility", consumes = "application/json")
	@Operation(summary = "Section 3: eligibility screening answers",
			description = "Evaluated against the program's rules at once; answers holds yes/no answers by rule key. Needs If-Match.")
	ResponseEntity<IntakeView> eligibility(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody Screening section) {
		return withEtag(this.intakes.saveScreening(id, Etags.version(ifMatch, "intake"), section));
	}

	@PutMapping(path = "/{id}/urgency", consumes = "application/json")
	@Operation(summary = "Section 4: urgency screen",
			description = "Sets the priority; an EMERGENCY raises the crisis banner and alerts the supervisors. Needs If-Match.")
	ResponseEntity<IntakeView> urgency(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody UrgencyScreen section) {
		return withEtag(this.intakes.saveUrgency(id, Etags.version(ifMatch, "intake"), section));
	}

	@PutMapping(path = "/{id}/documentation", consumes = "application/json")
	@Operation(summary = "Section 5: initial documentation", description = "Needs If-Match.")
	ResponseEntity<IntakeView> documentation(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody InitialDocumentation section) {
		return withEtag(this.intakes.saveDocumentation(id, Etags.version(ifMatch, "intake"), section));
	}

	@PostMapping(path = "/{id}/decision", consumes = "application/json")
	@Operation(summary = "Decide the intake",
			description = "ENROLL answers 201 with the Location of the new case (or 200 with decision WAITLIST when the program is at capacity); WAITLIST, REFER_OUT (referredTo), DECLINE and INELIGIBLE (reason) answer 200. 409 names what is missing. If-Match is optional: a decided intake refuses a second decision.")
	ResponseEntity<IntakeView> decide(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody DecisionInput request) {
		Long version = ifMatch == null || ifMatch.isBlank() ? null : Etags.version(ifMatch, "intake");
		return decided(this.intakes.decide(id, version, request));
	}

	@PostMapping(path = "/{id}/actions/enroll")
	@Operation(summary = "Enroll a waitlisted client when their turn has come",
			description = "First in line and a place free; answers 201 with the Location of the case. Needs If-Match.")
	ResponseEntity<IntakeView> enroll(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) EnrollRequest request) {
		return decided(this.intakes.enrollFromWaitlist(id, Etags.version(ifMatch, "intake"),
				request == null ? null : request.intensityCode()));
	}

	private static ResponseEntity<IntakeView> decided(IntakeView intake) {
		if (intake.decision() != null && intake.decision().caseId() != null
				&& (intake.decision().decision() == IntakeDecision.ENROLL
						|| intake.decision().decision() == IntakeDecision.WAITLIST)) {
			return ResponseEntity.created(URI.create("/api/v1/cases/" + intake.decision().caseId()))
				.eTag(Etags.of(intake.version()))
				.body(intake);
		}
		return withEtag(intake);
	}

	private static ResponseEntity<IntakeView> withEtag(IntakeView intake) {
		return ResponseEntity.ok().eTag(Etags.of(intake.version())).body(intake);
	}

	record EnrollRequest(String intensityCode) {
	}

}
