package org.casework.referrals.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.referrals.Appointment;
import org.casework.referrals.Attendance;
import org.casework.referrals.IssuedLink;
import org.casework.referrals.NewReferral;
import org.casework.referrals.ProviderLinks;
import org.casework.referrals.ReferralFollowUps;
import org.casework.referrals.ReferralSettings;
import org.casework.referrals.ReferralView;
import org.casework.referrals.Referrals;
import org.casework.referrals.StatusChange;
import org.casework.shared.Etags;
import org.casework.shared.InvalidInputException;
import org.casework.shared.Page;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Referrals",
		description = "Closed-loop referrals to directory services, with the FHIR Task lifecycle of the Gravity SDOH IG")
class ReferralApiController {

	private static final String IF_MATCH = " If-Match with the referral's ETag is checked when sent.";

	private final Referrals referrals;

	private final ProviderLinks links;

	private final ReferralFollowUps followUps;

	private final ReferralSettings settings;

	ReferralApiController(Referrals referrals, ProviderLinks links, ReferralFollowUps followUps,
			ReferralSettings settings) {
		this.referrals = referrals;
		this.links = links;
		this.followUps = followUps;
		this.settings = settings;
	}

	/** A note on closing a follow-up. */
	record FollowUpNote(String note) {
	}

	/** A program's waiting days. */
	record SettingChange(Integer noAnswerBusinessDays) {
	}

	@GetMapping(path = "/api/v1/referrals", produces = "application/json")
	@Operation(summary = "Referrals of a case, or the stalled ones in your scope",
			description = "?caseId= for a case's referrals (newest first); ?stalled=true for the referrals with an "
					+ "open follow-up among your clients (a supervisor: the team's).")
	Page<ReferralView> list(@RequestParam(required = false) UUID caseId,
			@RequestParam(defaultValue = "false") boolean stalled) {
		List<ReferralView> items;
		if (caseId != null) {
			items = this.referrals.ofCase(caseId);
		}
		else if (stalled) {
			items = this.referrals.stalled();
		}
		else {
			throw new InvalidInputException("caseId", "is required unless stalled=true");
		}
		return new Page<>(items, 0, Math.max(items.size(), 1), items.size());
	}

	@PostMapping(path = "/api/v1/referrals", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Refer a case's client to a directory service",
			description = "Smallest body {\"caseId\",\"serviceId\",\"reason\"}: a draft. With \"status\":\"requested\" "
					+ "it is sent at once, which needs an active consent covering general information for the "
					+ "service's organization (409 otherwise). 409 for an inactive service or a closed case.")
	ResponseEntity<ReferralView> create(@RequestBody NewReferral body) {
		ReferralView referral = this.referrals.create(body);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id()))
			.eTag(Etags.of(referral.version()))
			.body(referral);
	}

	@GetMapping(path = "/api/v1/referrals/{id}", produces = "application/json")
	ResponseEntity<ReferralView> read(@PathVariable UUID id) {
		return withEtag(this.referrals.get(id));
	}

	@PostMapping(path = "/api/v1/referrals/{id}/status", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Move the referral to its next status",
			description = "{\"status\",\"reason\"}: the agency sets requested, cancelled and entered-in-error; the "
					+ "provider's statuses (accepted, rejected, in-progress, on-hold, completed, failed) are set "
					+ "through the provider link. rejected, cancelled, on-hold and failed need a reason. An impossible "
					+ "transition, or one for the other side, answers 409." + IF_MATCH)
	ResponseEntity<ReferralView> status(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody StatusChange body) {
		return withEtag(this.referrals.changeStatus(id, version(ifMatch), body));
	}

	@PutMapping(path = "/api/v1/referrals/{id}/appointment", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Set the appointment", description = "{\"at\",\"note\"}." + IF_MATCH)
	ResponseEntity<ReferralView> appointment(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody Appointment body) {
		return withEtag(this.referrals.setAppointment(id, version(ifMatch), body));
	}

	@PostMapping(path = "/api/v1/referrals/{id}/attendance", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Record whether the client attended the appointment",
			description = "{\"attended\",\"note\"}." + IF_MATCH)
	ResponseEntity<ReferralView> attendance(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody Attendance body) {
		return withEtag(this.referrals.recordAttendance(id, version(ifMatch), body));
	}

	@PostMapping(path = "/api/v1/referrals/{id}/actions/complete-step", produces = "application/json")
	@Operation(summary = "Mark the plan step the referral serves as done",
			description = "Only for a completed referral with the service received.")
	ResponseEntity<ReferralView> completeStep(@PathVariable UUID id) {
		return withEtag(this.referrals.completeStep(id));
	}

	@PostMapping(path = "/api/v1/referrals/{id}/links", produces = "application/json")
	@Operation(summary = "Issue a secure link for the provider",
			description = "The answer carries the link once; Casework keeps only its hash. It expires after the "
					+ "configured days and can be revoked.")
	ResponseEntity<IssuedLink> issueLink(@PathVariable UUID id) {
		IssuedLink link = this.links.issue(id);
		URI url = ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).build().toUri();
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + id + "/links/" + link.id()))
			.body(new IssuedLink(link.id(), url.toString(), link.expiresAt()));
	}

	@PostMapping(path = "/api/v1/referrals/{id}/links/{linkId}/actions/revoke")
	ResponseEntity<Void> revokeLink(@PathVariable UUID id, @PathVariable UUID linkId) {
		this.links.revoke(id, linkId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/api/v1/referrals/{id}/follow-ups/{followUpId}/actions/done", produces = "application/json")
	@Operation(summary = "Mark a follow-up done", description = "{\"note\"} optional.")
	ReferralView followUpDone(@PathVariable UUID id, @PathVariable UUID followUpId,
			@RequestBody(required = false) FollowUpNote body) {
		this.referrals.get(id);
		this.followUps.close(id, followUpId, false, body == null ? null : body.note());
		return this.referrals.get(id);
	}

	@PostMapping(path = "/api/v1/referrals/{id}/follow-ups/{followUpId}/actions/dismiss", produces = "application/json")
	@Operation(summary = "Dismiss a follow-up", description = "{\"note\"}: why, required.")
	ReferralView followUpDismiss(@PathVariable UUID id, @PathVariable UUID followUpId,
			@RequestBody(required = false) FollowUpNote body) {
		this.referrals.get(id);
		this.followUps.close(id, followUpId, true, body == null ? null : body.note());
		return this.referrals.get(id);
	}

	@GetMapping(path = "/api/v1/programs/{programId}/referral-settings", produces = "application/json")
	@Operation(summary = "How long a program's referrals wait for an answer before a follow-up")
	ResponseEntity<ReferralSettings.ProgramSetting> settings(@PathVariable UUID programId) {
		ReferralSettings.ProgramSetting setting = this.settings.of(programId);
		return ResponseEntity.ok().eTag(Etags.of(setting.version())).body(setting);
	}

	@PutMapping(path = "/api/v1/programs/{programId}/referral-settings", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Set a program's waiting days (program admins)",
			description = "{\"noAnswerBusinessDays\"} from 1 to 30. Needs If-Match.")
	ResponseEntity<ReferralSettings.ProgramSetting> changeSettings(@PathVariable UUID programId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody SettingChange body) {
		ReferralSettings.ProgramSetting setting = this.settings.change(programId,
				Etags.version(ifMatch, "Referral setting"), body.noAnswerBusinessDays());
		return ResponseEntity.ok().eTag(Etags.of(setting.version())).body(setting);
	}

	private static Long version(String ifMatch) {
		return Etags.versionIfSent(ifMatch, "Referral");
	}

	private static ResponseEntity<ReferralView> withEtag(ReferralView referral) {
		return ResponseEntity.ok().eTag(Etags.of(referral.version())).body(referral);
	}

}
