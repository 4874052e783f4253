package org.casework.programs;

import java.util.List;

/**
 * An eligibility rule of a program. Which fields count depends on the kind: age range
 * (either bound may be open), percentage of the poverty guideline, counties and ZIP
 * codes, or a yes/no question with the answer that qualifies. The key stays the same
 * across edits of the program, so screening answers keep pointing at their rule; a new
 * rule gets one when the program is saved.
 */
public record EligibilityRule(String key, RuleKind kind, Integer minAge, Integer maxAge, Integer percentOfPoverty,
		List<String> counties, List<String> zipCodes, String question, Boolean expectedAnswer) {

	public EligibilityRule {
		counties = counties == null ? List.of() : List.copyOf(counties);
		zipCodes = zipCodes == null ? List.of() : List.copyOf(zipCodes);
	}

	public static EligibilityRule age(String key, Integer minAge, Integer maxAge) {
		return new EligibilityRule(key, RuleKind.AGE, minAge, maxAge, null, null, null, null, null);
	}

	public static EligibilityRule income(String key, int percentOfPoverty) {
		return new EligibilityRule(key, RuleKind.INCOME, null, null, percentOfPoverty, null, null, null, null);
	}

	public static EligibilityRule jurisdiction(String key, List<String> counties, List<String> zipCodes) {
		return new EligibilityRule(key, RuleKind.JURISDICTION, null, null, null, counties, zipCodes, null, null);
	}

	public static EligibilityRule yesNo(String key, String question, boolean expectedAnswer) {
		return new EligibilityRule(key, RuleKind.YES_NO, null, null, null, null, null, question, expectedAnswer);
	}

}
