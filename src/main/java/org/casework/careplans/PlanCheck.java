package org.casework.careplans;

import java.util.List;

/**
 * Whether a plan version may be agreed.
 *
 * @param passes no failures
 * @param failures what blocks agreement
 * @param warnings what the worker should look at, without blocking
 */
public record PlanCheck(boolean passes, List<PlanIssue> failures, List<PlanIssue> warnings) {

	public static PlanCheck of(List<PlanIssue> failures, List<PlanIssue> warnings) {
		return new PlanCheck(failures.isEmpty(), List.copyOf(failures), List.copyOf(warnings));
	}

}
