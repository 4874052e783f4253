package org.casework.careplans;

import java.util.UUID;

/**
 * Something the plan-level check found.
 *
 * @param code a stable code: {@code no-goals}, {@code goal-no-indicator},
 * {@code goal-no-target-date}, {@code goal-weak}, {@code step-no-owner},
 * {@code step-no-due-date}, {@code no-review-date}, {@code review-date-past},
 * {@code review-date-beyond-horizon}; warnings {@code no-early-win},
 * {@code no-client-goals}
 * @param goalId the goal it is about, if any
 * @param stepId the step it is about, if any
 */
public record PlanIssue(String code, UUID goalId, UUID stepId, String message) {
}
