package org.casework.careplans;

/** The worker accepts a goal's weak element, with the reason (kept with the goal). */
public record SmartOverride(SmartElement element, String reason) {
}
