package org.casework.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * What a supervisor is told when someone opens one of their team's clients in an
 * emergency.
 */
public record EmergencyAlert(UUID id, UUID clientId, String openedBy, String reason, Instant createdAt,
		Instant expiresAt, Instant acknowledgedAt) {
}
