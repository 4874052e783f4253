package org.casework.careplans;

import java.util.List;

/**
 * What a plan version changed from the one before it: what the plan says (goals, steps
 * and their fields), not the progress and statuses recorded as it is carried out.
 *
 * @param comparedWith the previous version's number
 * @param planFields the plan's own fields that changed ({@code clientGoalsInOwnWords},
 * {@code culturalContext}, {@code reviewDate}, {@code horizon})
 */
public record VersionChanges(int comparedWith, List<String> planFields, List<ItemChange> goals,
		List<ItemChange> steps) {

	public boolean none() {
		return this.planFields.isEmpty() && this.goals.isEmpty() && this.steps.isEmpty();
	}

}
