package org.casework.careplans;

import java.time.LocalDate;

/**
 * An action step's new status.
 *
 * @param on for DONE, the day it was done (today when empty)
 * @param reason required to drop the step
 */
public record StepStatusChange(StepStatus status, LocalDate on, String reason) {
}
