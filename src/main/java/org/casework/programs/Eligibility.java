package org.casework.programs;

import java.time.LocalDate;
import java.util.List;

/** A screening's eligibility for a program: overall, and per rule with its basis. */
public record Eligibility(EligibilityStatus status, List<RuleResult> results, LocalDate evaluatedOn) {

	public List<RuleResult> unknown() {
		return this.results.stream().filter(r -> r.outcome() == RuleOutcome.UNKNOWN).toList();
	}

}
