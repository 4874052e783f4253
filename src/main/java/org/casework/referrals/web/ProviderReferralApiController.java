package org.casework.referrals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.referrals.Appointment;
import org.casework.referrals.Attendance;
import org.casework.referrals.ProviderLinks;
import org.casework.referrals.ProviderReferral;
import org.casework.referrals.StatusChange;
import org.casework.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider's side for systems that read the link programmatically: the token of the
 * secure link is the credential. An unknown, expired or revoked token answers 404.
 */
@RestController
@RequestMapping("/api/v1/provider-referrals/{token}")
@Tag(name = "Provider referrals", description = "What a referral's provider sees and does through its secure link")
class ProviderReferralApiController {

	private final ProviderLinks links;

	ProviderReferralApiController(ProviderLinks links) {
		this.links = links;
	}

	@GetMapping(produces = "application/json")
	@Operation(summary = "The referral, with only what the client's consent covers",
			description = "Every read is audited and counted as a disclosure.")
	ProviderReferral read(@PathVariable String token) {
		return this.links.open(token).orElseThrow(() -> new NotFoundException("Referral"));
	}

	@PostMapping(path = "/status", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Accept, reject, start, hold, complete, fail or cancel",
			description = "{\"status\",\"reason\",\"serviceReceived\",\"clientAttended\",\"outcomeNote\","
					+ "\"appointmentAt\"}; 409 for a transition the provider may not make.")
	ProviderReferral status(@PathVariable String token, @RequestBody StatusChange body) {
		return this.links.changeStatus(token, body);
	}

	@PutMapping(path = "/appointment", consumes = "application/json", produces = "application/json")
	ProviderReferral appointment(@PathVariable String token, @RequestBody Appointment body) {
		return this.links.setAppointment(token, body);
	}

	@PostMapping(path = "/attendance", consumes = "application/json", produces = "application/json")
	ProviderReferral attendance(@PathVariable String token, @RequestBody Attendance body) {
		return this.links.recordAttendance(token, body);
	}

}
