package org.casework.cases;

import java.util.UUID;

/**
 * The least a module writing on a case needs to know of it: whose case it is, in which
 * program, who owns it and whether it is open. Read by {@link CaseManagement#ref} with
 * the caller's scope checked and nothing else loaded.
 */
public record CaseRef(UUID id, UUID clientId, UUID programId, UUID ownerId, CaseStatus status) {

	public boolean open() {
		return this.status == CaseStatus.OPEN;
	}

}
