package org.casework.identity;

import java.util.Set;
import java.util.UUID;

/** What a system admin gives to create a user. */
public record NewUser(String username, String displayName, String email, String password, Set<Role> roles,
		UUID teamId) {
}
