package org.casework.clients;

import java.util.UUID;

/**
 * A client's crisis flag was raised (by an urgency screen or a signed note) or resolved:
 * the monitoring of the client's cases follows at once.
 */
public record ClientCrisisChanged(UUID clientId, boolean active) {
}
