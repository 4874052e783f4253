package org.casework.careplans.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanSettings;
import org.casework.careplans.CarePlanSettingsChange;
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
class CarePlanSettingsApiController {

	private final CarePlanManagement plans;

	CarePlanSettingsApiController(CarePlanManagement plans) {
		this.plans = plans;
	}

	@GetMapping(path = "/api/v1/programs/{id}/care-plan-settings", produces = "application/json")
	@Operation(summary = "A program's rules for care plans",
			description = "Whether a supervisor approves a plan before it counts as agreed, and how many months ahead "
					+ "a new plan reaches. The ETag is \"0\" while the program uses the defaults (no approval, 12 "
					+ "months).")
	ResponseEntity<CarePlanSettings> settings(@PathVariable UUID id) {
		return withEtag(this.plans.settings(id));
	}

	@PutMapping(path = "/api/v1/programs/{id}/care-plan-settings", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Set a program's rules for care plans (program admins)",
			description = "{\"requireSupervisorApproval\": true, \"horizonMonths\": 12} (1 to 60, 12 when absent). "
					+ "Needs If-Match.")
	ResponseEntity<CarePlanSettings> change(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody CarePlanSettingsChange request) {
		return withEtag(this.plans.changeSettings(id, Etags.version(ifMatch, "care plan settings"), request));
	}

	private static ResponseEntity<CarePlanSettings> withEtag(CarePlanSettings settings) {
		return ResponseEntity.ok().eTag(Etags.of(settings.version())).body(settings);
	}

}
