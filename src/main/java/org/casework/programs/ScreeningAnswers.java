package org.casework.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What an eligibility screening learned about a client; any answer may still be missing
 * (the rule it feeds is then "unknown").
 *
 * @param dateOfBirth for age rules
 * @param householdSize people in the household, for income rules
 * @param annualIncome the household's annual income before tax, for income rules
 * @param county where the client lives, for jurisdiction rules
 * @param zipCode where the client lives, for jurisdiction rules
 * @param answers yes/no answers by rule key
 */
public record ScreeningAnswers(LocalDate dateOfBirth, Integer householdSize, BigDecimal annualIncome, String county,
		String zipCode, Map<String, Boolean> answers) {

	public ScreeningAnswers {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
	}

	public static ScreeningAnswers none() {
		return new ScreeningAnswers(null, null, null, null, null, Map.of());
	}

}
