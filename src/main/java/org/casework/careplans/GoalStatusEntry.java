package org.casework.careplans;

import java.time.Instant;

/** A change of a goal's status, with who made it, when and why. */
public record GoalStatusEntry(GoalStatus from, GoalStatus to, String reason, String changedByName, Instant changedAt) {
}
