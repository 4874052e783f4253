package org.casework.consents.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.consents.ConsentView;
import org.casework.consents.Consents;
import org.casework.consents.EventOccurrence;
import org.casework.consents.InformationCategory;
import org.casework.consents.NewConsent;
import org.casework.consents.Recipient;
import org.casework.consents.Revocation;
import org.casework.consents.SharingDecision;
import org.casework.shared.Etags;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients/{clientId}/consents")
@Tag(name = "Consents", description = "Releases of information: recipient, categories, purpose, expiry, revocation")
class ConsentApiController {

	private final Consents consents;

	ConsentApiController(Consents consents) {
		this.consents = consents;
	}

	@GetMapping(produces = "application/json")
	@Operation(summary = "The client's consents, the most recently recorded first",
			description = "Each with its status today (PENDING, ACTIVE, EXPIRED, REVOKED), computed from its dates.")
	Page<ConsentView> list(@PathVariable UUID clientId) {
		List<ConsentView> items = this.consents.list(clientId);
		return new Page<>(items, 0, Math.max(1, items.size()), items.size());
	}

	@PostMapping(consumes = "application/json", produces = "application/json")
	@Operation(summary = "Record a release of information",
			description = "{\"recipient\": {\"kind\": ORGANIZATION|AGENCY|PERSON, \"organizationId\", \"name\"}, "
					+ "\"categories\": [GENERAL, HEALTH, MENTAL_HEALTH, SUBSTANCE_USE, DOMESTIC_VIOLENCE, HIV_STI, "
					+ "LEGAL_JUSTICE], \"purpose\", \"effectiveOn\", \"expiresOn\" and/or \"expiryEvent\": {\"kind\": "
					+ "END_OF_REFERRAL|CASE_CLOSURE|OTHER, \"description\", \"subjectId\"}, \"agreement\": {\"method\": "
					+ "SIGNATURE|VERBAL, \"signaturePng\" (base64 PNG), \"witnessName\", \"signedOn\"}, "
					+ "\"rightToRevokeAcknowledged\": true}. SUBSTANCE_USE (42 CFR Part 2) also needs "
					+ "\"patientName\", \"disclosingProgram\", \"informationDescription\" and a SIGNATURE. 400 names "
					+ "each missing or refused field. A consent is never edited: revoke it and record a new one.")
	ResponseEntity<ConsentView> record(@PathVariable UUID clientId, @RequestBody NewConsent request) {
		ConsentView consent = this.consents.record(clientId, request);
		return ResponseEntity.created(URI.create("/api/v1/clients/" + clientId + "/consents/" + consent.id()))
			.eTag(Etags.of(consent.version()))
			.body(consent);
	}

	@GetMapping(path = "/{consentId}", produces = "application/json")
	@Operation(summary = "One consent")
	ResponseEntity<ConsentView> read(@PathVariable UUID clientId, @PathVariable UUID consentId) {
		ConsentView consent = this.consents.find(clientId, consentId)
			.orElseThrow(() -> new NotFoundException("Consent"));
		return ResponseEntity.ok().eTag(Etags.of(consent.version())).body(consent);
	}

	@GetMapping(path = "/{consentId}/signature", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "The client's signature on the consent (PNG)", description = "404 when it was verbal.")
	ResponseEntity<byte[]> signature(@PathVariable UUID clientId, @PathVariable UUID consentId) {
		byte[] png = this.consents.signature(clientId, consentId).orElseThrow(() -> new NotFoundException("Signature"));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
	}

	@PostMapping(path = "/{consentId}/actions/revoke", consumes = "application/json", produces = "application/json")
	@Operation(summary = "The client revokes the consent",
			description = "{\"revokedOn\" (today when absent), \"receivedHow\": IN_WRITING|VERBALLY|ELECTRONICALLY, "
					+ "\"note\"}. 400 for a day before the consent took effect; 409 when it was revoked already or "
					+ "had expired. Needs If-Match.")
	ResponseEntity<ConsentView> revoke(@PathVariable UUID clientId, @PathVariable UUID consentId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody Revocation request) {
		ConsentView consent = this.consents.revoke(clientId, consentId, Etags.version(ifMatch, "consent"), request);
		return ResponseEntity.ok().eTag(Etags.of(consent.version())).body(consent);
	}

	@PostMapping(path = "/{consentId}/actions/record-event", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "The event the consent names happened: it ends",
			description = "{\"occurredOn\" (today when absent), \"note\"}. 409 for a consent that ends on a date only "
					+ "or has ended. Needs If-Match.")
	ResponseEntity<ConsentView> recordEvent(@PathVariable UUID clientId, @PathVariable UUID consentId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody EventOccurrence request) {
		ConsentView consent = this.consents.recordEvent(clientId, consentId, Etags.version(ifMatch, "consent"),
				request);
		return ResponseEntity.ok().eTag(Etags.of(consent.version())).body(consent);
	}

	@PostMapping(path = "/sharing-decision", consumes = "application/json", produces = "application/json")
	@Operation(summary = "What of the categories may go to a recipient today (nothing is disclosed)",
			description = "{\"recipient\", \"categories\"}: answers allowed, withheld with the reason per category, "
					+ "the consent of each allowed category, and part2 when the 42 CFR 2.32 notice must go with it.")
	SharingDecision decide(@PathVariable UUID clientId, @RequestBody DecisionRequest request) {
		return this.consents.check(clientId, request.recipient(), request.categories());
	}

	record DecisionRequest(Recipient recipient, Set<InformationCategory> categories) {
	}

}
