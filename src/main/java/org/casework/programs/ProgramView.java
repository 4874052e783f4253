package org.casework.programs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A program as every module may read it. */
public record ProgramView(UUID id, UUID agencyId, String name, String description, ProgramStatus status,
		Integer capacity, String retiredReason, List<EligibilityRule> rules, List<IntensityLevel> intensityLevels,
		int version, Instant updatedAt) {

	public boolean active() {
		return this.status == ProgramStatus.ACTIVE;
	}

	public Optional<IntensityLevel> intensity(String code) {
		return this.intensityLevels.stream().filter(l -> l.code().equals(code)).findFirst();
	}

	public Optional<EligibilityRule> rule(String key) {
		return this.rules.stream().filter(r -> r.key().equals(key)).findFirst();
	}

}
