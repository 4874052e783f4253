package org.casework.programs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;

/** What no screening answer can be, whichever program it is for. */
final class ScreeningChecks {

	private ScreeningChecks() {
	}

	static void check(ScreeningAnswers answers, LocalDate on) {
		List<FieldProblem> problems = new ArrayList<>();
		if (answers.householdSize() != null && (answers.householdSize() < 1 || answers.householdSize() > 30)) {
			problems.add(new FieldProblem("householdSize", "must be between 1 and 30 people"));
		}
		if (answers.annualIncome() != null && answers.annualIncome().compareTo(BigDecimal.ZERO) < 0) {
			problems.add(new FieldProblem("annualIncome", "must not be negative"));
		}
		if (answers.dateOfBirth() != null && answers.dateOfBirth().isAfter(on)) {
			problems.add(new FieldProblem("dateOfBirth", "must not be in the future"));
		}
		if (answers.zipCode() != null && !answers.zipCode().isBlank()
				&& !answers.zipCode().trim().matches("\\d{5}(-\\d{4})?")) {
			problems.add(new FieldProblem("zipCode", "must be a ZIP code such as 30301"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
