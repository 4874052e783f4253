package org.casework.audit.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEvent;
import org.casework.audit.AuditQuery;
import org.casework.audit.AuditTrail;
import org.casework.audit.ChainVerification;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/audit", produces = "application/json")
@Tag(name = "Audit", description = "The audit trail and its verification (auditors only)")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/events")
	@Operation(summary = "The audit trail, newest first",
			description = "subjectId matches a record's id; a client's id also finds lists and matches that showed the client.")
	Page<AuditEvent> events(@RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.trail.search(new AuditQuery(subjectId, actor, from, to, action), PageRequest.of(page, size));
	}

	@GetMapping("/verify")
	@Operation(summary = "Recompute the hash chain",
			description = "{\"valid\":true,\"entries\":n}, or valid false with the first broken entry.")
	ChainVerification verify() {
		return this.trail.verify();
	}

}
