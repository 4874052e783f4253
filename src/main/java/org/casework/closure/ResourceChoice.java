package org.casework.closure;

import java.util.UUID;

/**
 * A service of the directory chosen as an ongoing resource for the client.
 *
 * @param note why, or what to ask for there, optional
 */
public record ResourceChoice(UUID serviceId, String note) {
}
