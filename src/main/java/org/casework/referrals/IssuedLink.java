package org.casework.referrals;

import java.time.Instant;
import java.util.UUID;

/**
 * A provider link just issued: the path with its token is shown once, to be sent to the
 * provider; Casework keeps only the token's hash.
 */
public record IssuedLink(UUID id, String path, Instant expiresAt) {
}
