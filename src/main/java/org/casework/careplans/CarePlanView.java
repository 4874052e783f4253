package org.casework.careplans;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A version of a case's care plan in full: the client's goals in their words and the
 * cultural context, the goals in the client's order of priority with their steps,
 * progress and SMART check, the plan-level check, the agreements and supervisor reviews,
 * and what changed since the previous version.
 *
 * @param check whether the version may be agreed (guide 001: would another case manager
 * understand what success looks like, who is responsible, and when progress should be
 * reviewed?); every failure blocks agreement, warnings do not. It is computed for today,
 * so it matters for a draft; for an agreed version it tells what a next version would
 * have to fix
 * @param agreements the client's agreements recorded on this version, oldest first (more
 * than one when a supervisor returned it)
 * @param reviews the supervisor's decisions on this version, oldest first
 * @param inForce the version that progress entries and goal and step statuses are
 * recorded on, with the entity tag those changes send as If-Match: the agreed version, or
 * this version while none is agreed
 * @param changes what changed since the previous version; null for the first
 * @param requiresApproval whether the case's program requires a supervisor's approval
 * before a plan counts as agreed
 */
public record CarePlanView(@JsonUnwrapped CarePlanSummary summary, String clientGoalsInOwnWords, String culturalContext,
		List<GoalView> goals, PlanCheck check, List<AgreementView> agreements, List<ReviewView> reviews,
		PlanVersionRef inForce, VersionChanges changes, boolean requiresApproval) {

	/** A goal of this version. */
	public Optional<GoalView> goal(UUID goalId) {
		return this.goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
	}

}
