package org.casework.identity;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as its owner sees it later: never the token itself. */
public record ApiTokenSummary(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
		Instant lastUsedAt, Instant revokedAt) {
}
