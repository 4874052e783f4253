package org.casework.cases;

import java.util.UUID;

/**
 * A supervisor hands a case to another worker.
 *
 * @param newOwnerId an active case worker of the agency
 * @param reason why the case changes hands (kept in the case history)
 * @param handoffNote what the new owner needs to know, shown on their home page
 */
public record TransferCase(UUID newOwnerId, String reason, String handoffNote) {
}
