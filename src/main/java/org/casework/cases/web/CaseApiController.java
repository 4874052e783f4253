package org.casework.cases.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.cases.AddTeamMember;
import org.casework.cases.CareTeamMember;
import org.casework.cases.CaseFile;
import org.casework.cases.CaseFilter;
import org.casework.cases.CaseManagement;
import org.casework.cases.CaseStatus;
import org.casework.cases.CaseSummary;
import org.casework.cases.ChangePriority;
import org.casework.cases.CaseloadEntry;
import org.casework.cases.TeamCaseload;
import org.casework.cases.TransferCase;
import org.casework.identity.UserContext;
import org.casework.shared.Etags;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;
import org.casework.shared.ReasonRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases", description = "Cases in your scope, your caseload, your team's caseloads, transfers")
class CaseApiController {

	private final CaseManagement cases;

	private final UserContext users;

	CaseApiController(CaseManagement cases, UserContext users) {
		this.cases = cases;
		this.users = users;
	}

	@GetMapping(path = "/api/v1/cases", produces = "application/json")
	@Operation(summary = "Cases in your scope, newest first",
			description = "owner=me for your own cases, or a user's id; status OPEN or CLOSED.")
	Page<CaseSummary> search(
			@Parameter(description = "me, or a user's id") @RequestParam(required = false) String owner,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) UUID programId,
			@RequestParam(required = false) Priority priority, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.cases.search(new CaseFilter(owner(owner), status, programId, priority), PageRequest.of(page, size));
	}

	@GetMapping(path = "/api/v1/cases/{id}", produces = "application/json")
	@Operation(summary = "A case with its computed stage, client header, care team and transfers",
			description = "404 when the case is unknown or outside your scope.")
	ResponseEntity<CaseFile> read(@PathVariable UUID id) {
		return withEtag(this.cases.file(id).orElseThrow(() -> new NotFoundException("Case")));
	}

	@PostMapping(path = "/api/v1/cases/{id}/actions/transfer", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Transfer a case to another worker (the supervisor of the owner's team)",
			description = "Needs If-Match: 428 without, 412 when stale. newOwnerId must be an active case worker; "
					+ "reason and handoffNote are required. The previous owner leaves the care team and loses "
					+ "access to the client unless they work on another open case of theirs.")
	ResponseEntity<CaseSummary> transfer(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody TransferCase request) {
		CaseSummary summary = this.cases.transfer(id, Etags.version(ifMatch, "case"), request);
		return ResponseEntity.ok().eTag(Etags.of(summary.version())).body(summary);
	}

	@PostMapping(path = "/api/v1/cases/{id}/team", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Put a secondary worker or a supervisor on the care team",
			description = "The case's owner, the supervisor of the owner's team or a supervisor on the care team; needs "
					+ "If-Match. role is SECONDARY_WORKER (an active case worker) or SUPERVISOR (an active "
					+ "supervisor); the primary worker changes only by a transfer. The new member may see the "
					+ "client. Answers 201 with the member's Location and the case.")
	ResponseEntity<CaseFile> addTeamMember(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody AddTeamMember request) {
		CaseFile file = this.cases.addTeamMember(id, Etags.version(ifMatch, "case"), request);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/team/" + request.userId()))
			.eTag(Etags.of(file.summary().version()))
			.body(file);
	}

	@GetMapping(path = "/api/v1/cases/{id}/team/{userId}", produces = "application/json")
	@Operation(summary = "A current member of the care team", description = "404 when they are not on it now.")
	CareTeamMember teamMember(@PathVariable UUID id, @PathVariable UUID userId) {
		return this.cases.file(id)
			.orElseThrow(() -> new NotFoundException("Case"))
			.careTeam()
			.stream()
			.filter(m -> m.userId().equals(userId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Care team member"));
	}

	@PostMapping(path = "/api/v1/cases/{id}/team/{userId}/actions/remove", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Take someone off the care team, with the reason",
			description = "Needs If-Match. The membership stays in the case history; the person's access to the "
					+ "client ends unless they work on another open case of theirs. The owner leaves only by a "
					+ "transfer (409).")
	ResponseEntity<CaseFile> removeTeamMember(@PathVariable UUID id, @PathVariable UUID userId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ReasonRequest request) {
		return withEtag(this.cases.removeTeamMember(id, userId, Etags.version(ifMatch, "case"), request.reason()));
	}

	@PostMapping(path = "/api/v1/cases/{id}/actions/reprioritize", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Change an open case's priority and, optionally, its intensity level",
			description = "Needs If-Match. priority and reason are required; intensityCode, when given, must be one of "
					+ "the program's levels. The change and its reason stay in the case history.")
	ResponseEntity<CaseFile> reprioritize(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ChangePriority request) {
		return withEtag(this.cases.reprioritize(id, Etags.version(ifMatch, "case"), request));
	}

	@GetMapping(path = "/api/v1/caseload", produces = "application/json")
	@Operation(summary = "Your open cases, most urgent first",
			description = "Ordered by priority (EMERGENCY, URGENT, ROUTINE), then by days since the last activity, "
					+ "longest first.")
	Page<CaseloadEntry> caseload(@RequestParam(required = false) UUID programId,
			@RequestParam(required = false) Priority priority, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.cases.caseload(programId, priority, PageRequest.of(page, size));
	}

	@GetMapping(path = "/api/v1/caseload/team", produces = "application/json")
	@Operation(summary = "Your team's caseloads (supervisors)",
			description = "Each case worker's open, EMERGENCY and URGENT cases; overSafeCaseload when above "
					+ "casework.caseload.safe-caseload.")
	TeamCaseload team() {
		return this.cases.teamCaseload();
	}

	private static ResponseEntity<CaseFile> withEtag(CaseFile file) {
		return ResponseEntity.ok().eTag(Etags.of(file.summary().version())).body(file);
	}

	private UUID owner(String owner) {
		if (owner == null || owner.isBlank()) {
			return null;
		}
		if ("me".equals(owner.trim())) {
			return this.users.current().id();
		}
		try {
			return UUID.fromString(owner.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("owner", "must be me or a user's id");
		}
	}

}
