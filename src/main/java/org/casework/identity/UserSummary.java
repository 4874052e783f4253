package org.casework.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as administrators and other modules see them (never the password hash). */
public record UserSummary(UUID id, long version, String username, String displayName, String email, Set<Role> roles,
		UUID teamId, String teamName, UUID agencyId, String agencyName, boolean active, Instant deactivatedAt,
		String deactivationReason, Instant lastLoginAt) {
}
