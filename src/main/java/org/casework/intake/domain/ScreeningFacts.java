package org.casework.intake.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The screening answers that are not yes/no answers, as stored on the intake. */
record ScreeningFacts(LocalDate dateOfBirth, Integer householdSize, BigDecimal annualIncome, String county,
		String zipCode) {

}
