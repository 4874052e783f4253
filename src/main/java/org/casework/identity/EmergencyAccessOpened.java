package org.casework.identity;

import java.time.Instant;
import java.util.UUID;

/** A worker broke the glass to open a client outside their scope. */
public record EmergencyAccessOpened(UUID accessId, UUID clientId, UUID openedBy, String reason, Instant expiresAt) {
}
