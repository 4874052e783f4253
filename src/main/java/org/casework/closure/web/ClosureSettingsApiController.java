package org.casework.closure.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.closure.ClosureSettings;
import org.casework.closure.ClosureSettingsChange;
import org.casework.closure.Closures;
import org.casework.shared.Etags;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Programs")
class ClosureSettingsApiController {

	private final Closures closures;

	ClosureSettingsApiController(Closures closures) {
		this.closures = closures;
	}

	@GetMapping(path = "/api/v1/programs/{id}/closure-settings", produces = "application/json")
	@Operation(summary = "A program's rules for closures",
			description = "Supervisor approval, days of advance notice, outreach attempts for a closure for service "
					+ "refusal, days within which a closed case may be reopened. The ETag is \"0\" while the program "
					+ "uses the defaults (approval, 14, 3, 90).")
	ResponseEntity<ClosureSettings> settings(@PathVariable UUID id) {
		return withEtag(this.closures.settings(id));
	}

	@PutMapping(path = "/api/v1/programs/{id}/closure-settings", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Set a program's rules for closures (program admins)",
			description = "{\"requireSupervisorApproval\": true, \"noticeDays\": 14, \"outreachAttempts\": 3, "
					+ "\"reopenWindowDays\": 90}; an absent value takes its default. Needs If-Match.")
	ResponseEntity<ClosureSettings> change(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ClosureSettingsChange request) {
		return withEtag(this.closures.changeSettings(id, Etags.version(ifMatch, "closure settings"), request));
	}

	private static ResponseEntity<ClosureSettings> withEtag(ClosureSettings settings) {
		return ResponseEntity.ok().eTag(Etags.of(settings.version())).body(settings);
	}

}
