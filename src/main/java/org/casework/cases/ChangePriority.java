package org.casework.cases;

import org.casework.shared.Priority;

/**
 * A new priority for an open case, when the client's situation changes.
 *
 * @param priority EMERGENCY, URGENT or ROUTINE
 * @param intensityCode one of the program's intensity levels, or empty to keep the
 * current one
 * @param reason what changed (kept in the case history)
 */
public record ChangePriority(Priority priority, String intensityCode, String reason) {
}
