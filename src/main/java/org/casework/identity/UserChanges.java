package org.casework.identity;

import java.util.Set;
import java.util.UUID;

/** A system admin's change to a user's name, email, roles and team. */
public record UserChanges(String displayName, String email, Set<Role> roles, UUID teamId) {
}
