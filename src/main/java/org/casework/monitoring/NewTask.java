package org.casework.monitoring;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task written by hand.
 *
 * @param title what to do (required)
 * @param dueOn when (required, not in the past)
 * @param ownerId who does it: the caller when absent; a supervisor may give it to a
 * worker of the team
 * @param caseId the case it is about, optional
 */
public record NewTask(String title, LocalDate dueOn, UUID ownerId, UUID caseId) {
}
