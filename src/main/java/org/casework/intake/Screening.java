package org.casework.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Intake section 3, the eligibility screening answers: what the program's rules ask (date
 * of birth, household size and annual income, county or ZIP code, and yes/no answers by
 * rule key). Any may still be unanswered.
 */
public record Screening(LocalDate dateOfBirth, Integer householdSize, BigDecimal annualIncome, String county,
		String zipCode, Map<String, Boolean> answers) {

	public Screening {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
	}

	public static Screening empty() {
		return new Screening(null, null, null, null, null, Map.of());
	}

}
