package org.casework.programs.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.programs.Eligibility;
import org.casework.programs.PovertyGuideline;
import org.casework.programs.PovertyGuidelines;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.programs.ScreeningAnswers;
import org.casework.shared.Etags;
import org.casework.shared.Page;
import org.casework.shared.ReasonRequest;

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
@Tag(name = "Programs", description = "Programs, their eligibility rules, capacity and intensity levels")
class ProgramApiController {

	private final ProgramManagement programs;

	private final PovertyGuidelines guidelines;

	private final Clock clock;

	ProgramApiController(ProgramManagement programs, PovertyGuidelines guidelines, Clock clock) {
		this.programs = programs;
		this.guidelines = guidelines;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/programs", produces = "application/json")
	@Operation(summary = "The programs of your agency", description = "Active ones; includeRetired=true for all.")
	Page<ProgramView> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
		List<ProgramView> all = this.programs.list(includeRetired);
		return new Page<>(all, 0, Math.max(all.size(), 1), all.size());
	}

	@GetMapping(path = "/api/v1/programs/{id}", produces = "application/json")
	ResponseEntity<ProgramView> read(@PathVariable UUID id) {
		return withEtag(this.programs.get(id));
	}

	@PostMapping(path = "/api/v1/programs", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Define a program (program admins)",
			description = "Rules: AGE (minAge, maxAge), INCOME (percentOfPoverty), JURISDICTION (counties, zipCodes), YES_NO (question, expectedAnswer).")
	ResponseEntity<ProgramView> create(@RequestBody ProgramInput input) {
		ProgramView program = this.programs.create(input);
		return ResponseEntity.created(URI.create("/api/v1/programs/" + program.id()))
			.eTag(Etags.of(program.version()))
			.body(program);
	}

	@PutMapping(path = "/api/v1/programs/{id}", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Revise a program (program admins, full body)",
			description = "Needs If-Match. Rules keep their key when the body carries it.")
	ResponseEntity<ProgramView> revise(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ProgramInput input) {
		this.programs.get(id);
		return withEtag(this.programs.revise(id, Etags.version(ifMatch, "program"), input));
	}

	@PostMapping(path = "/api/v1/programs/{id}/actions/retire", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Retire a program (program admins)", description = "It takes no new intakes; needs If-Match.")
	ResponseEntity<ProgramView> retire(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ReasonRequest request) {
		this.programs.get(id);
		return withEtag(this.programs.retire(id, Etags.version(ifMatch, "program"), request.reason()));
	}

	@PostMapping(path = "/api/v1/programs/{id}/actions/reactivate", produces = "application/json")
	ResponseEntity<ProgramView> reactivate(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.programs.get(id);
		return withEtag(this.programs.reactivate(id, Etags.version(ifMatch, "program")));
	}

	@PostMapping(path = "/api/v1/programs/{id}/eligibility", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Screen answers against the program's rules",
			description = "Each rule MET, NOT_MET or UNKNOWN with its basis; overall ELIGIBLE, INELIGIBLE or NEEDS_INFORMATION. Nothing is stored.")
	Eligibility evaluate(@PathVariable UUID id, @RequestBody EligibilityRequest request) {
		LocalDate on = request.on() != null ? request.on() : LocalDate.now(this.clock);
		return this.programs.evaluate(id, request.screening(), on);
	}

	@GetMapping(path = "/api/v1/poverty-guidelines", produces = "application/json")
	@Operation(summary = "The HHS poverty guideline tables by year")
	Page<PovertyGuideline> guidelines() {
		List<PovertyGuideline> all = this.guidelines.all();
		return new Page<>(all, 0, Math.max(all.size(), 1), all.size());
	}

	@GetMapping(path = "/api/v1/poverty-guidelines/{year}", produces = "application/json")
	PovertyGuideline guideline(@PathVariable int year) {
		return this.guidelines.year(year);
	}

	@PutMapping(path = "/api/v1/poverty-guidelines/{year}", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Enter or correct a year's table (program admins)")
	PovertyGuideline saveGuideline(@PathVariable int year, @RequestBody GuidelineRequest request) {
		return this.guidelines
			.save(new PovertyGuideline(year, request.amounts() == null ? List.of() : request.amounts(),
					request.additionalPerson(), request.source()));
	}

	private static ResponseEntity<ProgramView> withEtag(ProgramView program) {
		return ResponseEntity.ok().eTag(Etags.of(program.version())).body(program);
	}

	record EligibilityRequest(LocalDate on, LocalDate dateOfBirth, Integer householdSize, BigDecimal annualIncome,
			String county, String zipCode, Map<String, Boolean> answers) {

		ScreeningAnswers screening() {
			return new ScreeningAnswers(this.dateOfBirth, this.householdSize, this.annualIncome, this.county,
					this.zipCode, this.answers);
		}

	}

	record GuidelineRequest(List<BigDecimal> amounts, BigDecimal additionalPerson, String source) {
	}

}
