package org.casework.careplans;

/** A goal's new status; the reason is required to discontinue it. */
public record GoalStatusChange(GoalStatus status, String reason) {
}
