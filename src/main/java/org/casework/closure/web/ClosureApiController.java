package org.casework.closure.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.cases.CaseSummary;
import org.casework.closure.AdvanceNotice;
import org.casework.closure.ClosureDecision;
import org.casework.closure.ClosureDetails;
import org.casework.closure.ClosureReadiness;
import org.casework.closure.ClosureView;
import org.casework.closure.Closures;
import org.casework.closure.Closures.SummaryDocument;
import org.casework.closure.HandoffRequest;
import org.casework.closure.OutreachAttempt;
import org.casework.closure.OutreachInput;
import org.casework.closure.ProgressReview;
import org.casework.closure.RelapsePlan;
import org.casework.closure.ResourceChoice;
import org.casework.closure.StartClosure;
import org.casework.closure.SummaryText;
import org.casework.platform.PdfDocuments;
import org.casework.referrals.ReferralView;
import org.casework.shared.Etags;
import org.casework.shared.ReasonRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Closure", description = "Closing a case: the reason and its evidence, the five procedures as a "
		+ "checklist, the blockers, the closure summary (drafted, edited, signed, printed), the warm handoff, the "
		+ "supervisor's approval or return, and reopening")
class ClosureApiController {

	private static final String BASE = "/api/v1/cases/{caseId}/closure";

	private final Closures closures;

	private final PdfDocuments pdfs;

	ClosureApiController(Closures closures, PdfDocuments pdfs) {
		this.closures = closures;
		this.pdfs = pdfs;
	}

	/** The ongoing resources as a whole. */
	record ResourcesRequest(List<ResourceChoice> resources) {
	}

	/** An addendum to the signed summary. */
	record AddendumRequest(String text) {
	}

	@GetMapping(path = BASE, produces = "application/json")
	@Operation(summary = "The case's closure",
			description = "The one under way, else the latest: the reason and dates, the checklist of the five "
					+ "procedures, the evidence for each readiness indicator, the blockers and warnings as they are "
					+ "now, the summary, the handoff referral, the decision and the history. 404 when the case never "
					+ "had a closure (GET …/closure/readiness answers then).")
	ResponseEntity<ClosureView> get(@PathVariable UUID caseId) {
		return withEtag(this.closures.get(caseId));
	}

	@GetMapping(path = BASE + "/readiness", produces = "application/json")
	@Operation(summary = "Whether the case could close now",
			description = "The evidence Casework holds (goals achieved, the latest assessment against the first, "
					+ "referrals and their outcomes, outreach attempts), every blocker and the warnings; with or "
					+ "without a closure under way.")
	ClosureReadiness readiness(@PathVariable UUID caseId) {
		return this.closures.readiness(caseId);
	}

	@PostMapping(path = BASE, consumes = "application/json", produces = "application/json")
	@Operation(summary = "Start preparing the case's closure",
			description = "{\"reason\":\"GOALS_ACHIEVED|SKILLS_DEVELOPED|NATURAL_SUPPORTS|SERVICE_REFUSAL|"
					+ "ELIGIBILITY_LOST|TRANSFER\", \"closureDate\":\"2026-12-01\", \"reasonNote\", \"checkInDays\": "
					+ "30|90, \"noticeGivenOn\", \"noticeMethod\"}. The case moves to the closure stage. 400 naming "
					+ "closureDate when it is before the notice or the opening; 409 on a closed case or when a "
					+ "closure is under way.")
	ResponseEntity<ClosureView> start(@PathVariable UUID caseId, @RequestBody StartClosure body) {
		ClosureView view = this.closures.start(caseId, body);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/closure"))
			.eTag(Etags.of(view.version()))
			.body(view);
	}

	@PutMapping(path = BASE, consumes = "application/json", produces = "application/json")
	@Operation(summary = "Change the reason, closure date and check-in",
			description = "{\"reason\",\"reasonNote\",\"closureDate\",\"checkInDays\"} as a whole. Needs If-Match.")
	ResponseEntity<ClosureView> update(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ClosureDetails body) {
		return withEtag(this.closures.update(caseId, version(ifMatch), body));
	}

	@PutMapping(path = BASE + "/notice", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Record the advance notice",
			description = "{\"givenOn\",\"method\",\"note\"}: the program's minimum days before the closure date, "
					+ "waived for service refusal. Needs If-Match.")
	ResponseEntity<ClosureView> notice(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody AdvanceNotice body) {
		return withEtag(this.closures.recordNotice(caseId, version(ifMatch), body));
	}

	@PutMapping(path = BASE + "/progress-review", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Record the progress review with the client",
			description = "{\"reviewedOn\",\"note\"}; the goals and their outcomes are in the evidence. Needs If-Match.")
	ResponseEntity<ClosureView> progressReview(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ProgressReview body) {
		return withEtag(this.closures.reviewProgress(caseId, version(ifMatch), body));
	}

	@PutMapping(path = BASE + "/relapse-plan", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Set the relapse-prevention and crisis plan",
			description = "{\"warningSigns\":[…],\"copingStrategies\":[…],\"peopleToCall\":[{\"name\",\"relationship\","
					+ "\"phone\"}],\"emergencyContacts\":[…],\"howToSeekHelp\"}. Needs If-Match.")
	ResponseEntity<ClosureView> relapsePlan(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody RelapsePlan body) {
		return withEtag(this.closures.relapsePlan(caseId, version(ifMatch), body));
	}

	@PutMapping(path = BASE + "/resources", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Choose the ongoing resources from the directory",
			description = "{\"resources\":[{\"serviceId\",\"note\"}]}: active services of the directory. Needs If-Match.")
	ResponseEntity<ClosureView> resources(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ResourcesRequest body) {
		return withEtag(this.closures.resources(caseId, version(ifMatch), body == null ? null : body.resources()));
	}

	@GetMapping(path = BASE + "/outreach-attempts", produces = "application/json")
	@Operation(summary = "The outreach attempts logged on the case")
	List<OutreachAttempt> outreachAttempts(@PathVariable UUID caseId) {
		return this.closures.outreachAttempts(caseId);
	}

	@PostMapping(path = BASE + "/outreach-attempts", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Log an attempt to reach a client who disengaged",
			description = "{\"attemptedOn\",\"method\":\"PHONE|TEXT|EMAIL|LETTER|HOME_VISIT|OTHER\",\"outcome\"}: a "
					+ "closure for service refusal needs the program's number of them.")
	ResponseEntity<OutreachAttempt> addOutreachAttempt(@PathVariable UUID caseId, @RequestBody OutreachInput body) {
		OutreachAttempt attempt = this.closures.addOutreachAttempt(caseId, body);
		return ResponseEntity
			.created(URI.create("/api/v1/cases/" + caseId + "/closure/outreach-attempts/" + attempt.id()))
			.body(attempt);
	}

	@PostMapping(path = BASE + "/summary", produces = "application/json")
	@Operation(summary = "Draft the closure summary from the record",
			description = "Dates, services and referrals with outcomes, goals achieved and not, the latest "
					+ "assessment against the first, unresolved needs, recommendations; replaces an unsigned draft. "
					+ "Needs If-Match.")
	ResponseEntity<ClosureView> draftSummary(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withEtag(this.closures.draftSummary(caseId, version(ifMatch)));
	}

	@PutMapping(path = BASE + "/summary", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Edit the unsigned closure summary",
			description = "{\"overview\",\"services\",\"goalsAchieved\",\"goalsNotAchieved\",\"assessment\","
					+ "\"unresolvedNeeds\",\"recommendations\"} as a whole. 409 once signed. Needs If-Match.")
	ResponseEntity<ClosureView> editSummary(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody SummaryText body) {
		return withEtag(this.closures.editSummary(caseId, version(ifMatch), body));
	}

	@PostMapping(path = BASE + "/summary/actions/sign", produces = "application/json")
	@Operation(summary = "Sign the closure summary: it never changes again",
			description = "Later corrections are addenda. Needs If-Match.")
	ResponseEntity<ClosureView> signSummary(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withEtag(this.closures.signSummary(caseId, version(ifMatch)));
	}

	@PostMapping(path = BASE + "/summary/addenda", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Add an addendum to the signed summary", description = "{\"text\"}: also on a closed case.")
	ResponseEntity<ClosureView> addendum(@PathVariable UUID caseId, @RequestBody AddendumRequest body) {
		ClosureView view = this.closures.addSummaryAddendum(caseId, body == null ? null : body.text());
		return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/closure"))
			.eTag(Etags.of(view.version()))
			.body(view);
	}

	@GetMapping(path = BASE + "/summary.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The closure summary as a PDF for the client",
			description = "With the relapse-prevention plan and the resources; headings in the client's preferred "
					+ "language where Casework has it (English, Spanish).")
	ResponseEntity<byte[]> pdf(@PathVariable UUID caseId) {
		SummaryDocument doc = this.closures.summaryDocument(caseId);
		byte[] pdf = this.pdfs.render("closure/pdf", Map.of("closure", doc.closure(), "programName", doc.programName(),
				"openedOn", doc.openedOn(), "workerName", doc.workerName()), doc.locale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("closure-summary-" + doc.closure().caseNumber() + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	@PostMapping(path = BASE + "/handoff", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Warm handoff: send the signed summary to the next provider",
			description = "{\"serviceId\",\"reason\",\"urgency\",\"additional\":[{\"category\",\"text\"}]}: a referral "
					+ "carrying the summary under GENERAL information and the additional items under their "
					+ "categories; the client's consent decides what the provider sees (withheld items are marked). "
					+ "409 naming consent when no active consent lets the provider receive it. Answers the referral. "
					+ "Needs If-Match of the closure.")
	ResponseEntity<ReferralView> handoff(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody HandoffRequest body) {
		ReferralView referral = this.closures.handoff(caseId, version(ifMatch), body);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id()))
			.eTag(Etags.of(referral.version()))
			.body(referral);
	}

	@PostMapping(path = BASE + "/actions/submit", produces = "application/json")
	@Operation(summary = "Submit the closure",
			description = "409 listing every blocker (unsigned notes, referrals without an outcome, open tasks, an "
					+ "active crisis flag, no advance notice, the checklist…). Goes to the supervisors of the owner's "
					+ "team where the program requires approval or a domain is still rated in crisis; otherwise the "
					+ "case closes at once. Needs If-Match.")
	ResponseEntity<ClosureView> submit(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withEtag(this.closures.submit(caseId, version(ifMatch)));
	}

	@PostMapping(path = BASE + "/actions/approve", produces = "application/json")
	@Operation(summary = "Approve the closure (a supervisor of the owner's team)",
			description = "Optional {\"comments\",\"justification\"}; justification is required while the latest "
					+ "assessment rates a domain in crisis (400 naming it). The case closes, leaves the caseload, its "
					+ "tasks resolve and the check-in is scheduled. 409 for one's own closure or a closed case; 409 "
					+ "listing every blocker. Needs If-Match.")
	ResponseEntity<ClosureView> approve(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) ClosureDecision body) {
		return withEtag(this.closures.approve(caseId, version(ifMatch), body));
	}

	@PostMapping(path = BASE + "/actions/return", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Return the closure to the worker with comments (a supervisor of the owner's team)",
			description = "{\"comments\"} (required). Needs If-Match.")
	ResponseEntity<ClosureView> returnForChanges(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ClosureDecision body) {
		return withEtag(this.closures.returnForChanges(caseId, version(ifMatch), body));
	}

	@PostMapping(path = BASE + "/actions/withdraw", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Withdraw the closure: the case goes on",
			description = "{\"reason\"} (required). Needs If-Match.")
	ResponseEntity<ClosureView> withdraw(@PathVariable UUID caseId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ReasonRequest body) {
		return withEtag(this.closures.withdraw(caseId, version(ifMatch), body == null ? null : body.reason()));
	}

	@PostMapping(path = "/api/v1/cases/{caseId}/actions/reopen", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Reopen a closed case within the program's window",
			description = "{\"reason\"} (required): the same case is open again, its stage recomputed. After the "
					+ "window, 409: start a new intake; the new case links to this one (previousCaseId).")
	ResponseEntity<CaseSummary> reopen(@PathVariable UUID caseId, @RequestBody ReasonRequest body) {
		CaseSummary reopened = this.closures.reopen(caseId, body == null ? null : body.reason());
		return ResponseEntity.ok().eTag(Etags.of(reopened.version())).body(reopened);
	}

	private static long version(String ifMatch) {
		return Etags.version(ifMatch, "closure");
	}

	private static ResponseEntity<ClosureView> withEtag(ClosureView view) {
		return ResponseEntity.ok().eTag(Etags.of(view.version())).body(view);
	}

}
