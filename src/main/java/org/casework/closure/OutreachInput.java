package org.casework.closure;

import java.time.LocalDate;

/**
 * An attempt to reach a client who disengaged.
 *
 * @param attemptedOn the day (required, not in the future, not before the case opened)
 * @param method how (required)
 * @param outcome what came of it (required: no answer, message left, letter returned…)
 */
public record OutreachInput(LocalDate attemptedOn, OutreachMethod method, String outcome) {
}
