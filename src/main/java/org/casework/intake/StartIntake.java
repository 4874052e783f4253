package org.casework.intake;

import java.util.UUID;

/**
 * Starts an intake of a client (found through search or the duplicate check) for a
 * program; the presenting issue, in the client's words, may be given at once.
 */
public record StartIntake(UUID clientId, UUID programId, String presentingIssue) {

}
