package org.casework.referrals;

import java.time.Instant;
import java.util.UUID;

/** A provider link (never its token, which is shown once). */
public record LinkView(UUID id, String createdByName, Instant createdAt, Instant expiresAt, Instant revokedAt,
		int views, Instant lastViewedAt, boolean usable) {
}
