package org.casework.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Which clients the caller may see, for list and search queries: either every client of
 * an agency (agency-wide roles) or a set of client ids.
 *
 * @param agencyId set when the caller sees the whole agency
 * @param clientIds the clients the caller sees otherwise (their own, their team's,
 * emergency)
 */
public record VisibleClients(UUID agencyId, Set<UUID> clientIds) {

	public static VisibleClients agency(UUID agencyId) {
		return new VisibleClients(agencyId, Set.of());
	}

	public static VisibleClients only(Set<UUID> ids) {
		return new VisibleClients(null, Set.copyOf(ids));
	}

	public boolean agencyWide() {
		return this.agencyId != null;
	}

	public UUID[] idArray() {
		return this.clientIds.toArray(UUID[]::new);
	}

}
