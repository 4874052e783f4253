package org.casework.clients.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.audit.Disclosure;
import org.casework.audit.DisclosureAccounting;
import org.casework.clients.ClientCrisis;
import org.casework.clients.ClientHit;
import org.casework.clients.ClientMatch;
import org.casework.clients.ClientRegistry;
import org.casework.clients.domain.Client;
import org.casework.clients.matching.MatchSubject;
import org.casework.identity.ClientAccess;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.shared.Etags;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.ReasonRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
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
@RequestMapping(path = "/api/v1/clients", produces = "application/json")
@Tag(name = "Clients", description = "The client registry: register, search, match, read, update")
class ClientApiController {

	private final ClientRegistry registry;

	private final ClientAccess access;

	private final DisclosureAccounting disclosures;

	private final UserContext users;

	private final ClientCrisis crisis;

	private final AuditLog audit;

	ClientApiController(ClientRegistry registry, ClientAccess access, DisclosureAccounting disclosures,
			UserContext users, ClientCrisis crisis, AuditLog audit) {
		this.registry = registry;
		this.access = access;
		this.disclosures = disclosures;
		this.users = users;
		this.crisis = crisis;
		this.audit = audit;
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Register a client",
			description = "Answers 201 with Location and ETag. Run POST /api/v1/clients/matches first; list the candidates found to be other people in confirmedDistinctFrom.")
	ResponseEntity<ClientResponse> register(@RequestBody ClientRequest request) {
		Client client = this.registry.register(request.details(), request.identifierInputs(),
				request.confirmedDistinctFrom());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + client.id()))
			.eTag(Etags.of(client.version()))
			.body(ClientResponse.of(client, List.of()));
	}

	@GetMapping
	@Operation(summary = "Search clients in your scope",
			description = "Fuzzy: accents, typos, sounds-alike, nicknames, swapped names, date-of-birth typos. Without q and dob: your most recent clients.")
	Page<ClientHit> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dob,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.registry.search(q, dob, PageRequest.of(page, size));
	}

	@PostMapping(path = "/matches", consumes = "application/json")
	@Operation(summary = "Candidate duplicates over the whole registry",
			description = "Each with a score from 0 to 1 and the reasons; candidates outside your scope show identity fields only.")
	Map<String, List<ClientMatch>> matches(@RequestBody MatchRequest request) {
		return Map.of("items", this.registry.matches(request.subject()));
	}

	@GetMapping("/{id}")
	@Transactional
	public ResponseEntity<ClientResponse> read(@PathVariable UUID id) {
		Client client = this.registry.read(id);
		return ResponseEntity.ok()
			.eTag(Etags.of(client.version()))
			.body(ClientResponse.of(client, this.registry.related(client)));
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	@Operation(summary = "Update a client (full body)",
			description = "Needs If-Match with the ETag you read: 428 without, 412 when stale.")
	@Transactional
	public ResponseEntity<ClientResponse> update(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ClientRequest request) {
		if (!this.access.canSee(id)) {
			throw new NotFoundException("Client");
		}
		long version = Etags.version(ifMatch, "client");
		Client client = this.registry.revise(id, version, request.details(), request.identifierInputs());
		return ResponseEntity.ok()
			.eTag(Etags.of(client.version()))
			.body(ClientResponse.of(client, this.registry.related(client)));
	}

	@PostMapping(path = "/{id}/actions/mark-entered-in-error", consumes = "application/json")
	@Operation(summary = "Mark a record as registered in error",
			description = "Nothing is deleted; the record stays readable and leaves searches.")
	@Transactional
	public ResponseEntity<ClientResponse> markEnteredInError(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ReasonRequest request) {
		if (!this.access.canSee(id)) {
			throw new NotFoundException("Client");
		}
		Client client = this.registry.markEnteredInError(id, Etags.version(ifMatch, "client"), request.reason());
		return ResponseEntity.ok()
			.eTag(Etags.of(client.version()))
			.body(ClientResponse.of(client, this.registry.related(client)));
	}

	@GetMapping("/{id}/crisis")
	@Operation(summary = "The client's active crisis",
			description = "Raised by an urgency screen that found immediate danger; 404 when there is none.")
	ClientCrisis.Crisis crisis(@PathVariable UUID id) {
		if (!this.access.canSee(id)) {
			throw new NotFoundException("Client");
		}
		return this.crisis.active(id).orElseThrow(() -> new NotFoundException("Crisis"));
	}

	@PostMapping(path = "/{id}/crisis/actions/resolve", consumes = "application/json")
	@Operation(summary = "Record how the client's crisis was resolved",
			description = "The banner goes and the supervisors' alerts close; the crisis stays on record.")
	ResponseEntity<Void> resolveCrisis(@PathVariable UUID id, @RequestBody ResolutionRequest request) {
		if (!this.access.canSee(id)) {
			throw new NotFoundException("Client");
		}
		this.crisis.resolve(id, request.resolution());
		return ResponseEntity.noContent().build();
	}

	record ResolutionRequest(String resolution) {
	}

	@PostMapping(path = "/{id}/emergency-access", consumes = "application/json")
	@Operation(summary = "Break the glass",
			description = "Opens an out-of-scope client for a few hours with a reason; audited and the supervisors are alerted.")
	ResponseEntity<Map<String, Object>> emergencyAccess(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		Instant until = this.access.openEmergencyAccess(id, request.reason());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id))
			.body(Map.of("clientId", id, "expiresAt", until));
	}

	@GetMapping("/{id}/disclosures")
	@Operation(summary = "Accounting of disclosures for one client",
			description = "What left the agency, to whom, when, under which consents, by whom, and whether the "
					+ "42 CFR 2.32 notice went with it; newest first. For whoever has the client in scope, and "
					+ "auditors (their reads are audited too).")
	@Transactional
	public Page<Disclosure> disclosures(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		if (this.users.current().has(Role.AUDITOR)) {
			this.audit.record(AuditEntry.client(AuditAction.READ, "Disclosures", id, id));
		}
		else {
			this.access.read(id, "Disclosures", id);
		}
		return this.disclosures.forClient(id, PageRequest.of(page, size));
	}

	record MatchRequest(String firstName, String lastName, String preferredName, LocalDate dateOfBirth,
			Integer birthYear, String email, String city, String phone) {

		MatchSubject subject() {
			return new MatchSubject(this.firstName, this.lastName, this.preferredName, this.dateOfBirth,
					this.birthYear != null ? this.birthYear
							: this.dateOfBirth == null ? null : this.dateOfBirth.getYear(),
					this.email, this.city, this.phone);
		}

	}

}
