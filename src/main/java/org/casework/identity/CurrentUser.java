package org.casework.identity;

import java.util.Set;
import java.util.UUID;

/** The signed-in person, as every module may see them. */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles, UUID teamId, UUID agencyId) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Only case workers and supervisors work with client records. */
	public boolean worksWithClients() {
		return has(Role.CASE_WORKER) || has(Role.SUPERVISOR);
	}

}
