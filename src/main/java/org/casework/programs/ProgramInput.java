package org.casework.programs;

import java.util.List;

/**
 * What a program admin defines: name, description, capacity (maximum active enrollments,
 * none for no limit), eligibility rules and intensity levels.
 */
public record ProgramInput(String name, String description, Integer capacity, List<EligibilityRule> rules,
		List<IntensityLevel> intensityLevels) {

	public ProgramInput {
		rules = rules == null ? List.of() : rules;
		intensityLevels = intensityLevels == null ? List.of() : intensityLevels;
	}

}
