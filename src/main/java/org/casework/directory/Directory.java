package org.casework.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The directory as other modules see it (referrals name a service, consents a recipient
 * organization). Reference data: reading it is not audited.
 */
public interface Directory {

	Optional<DirectoryService> service(UUID serviceId);

	Optional<DirectoryOrganization> organization(UUID organizationId);

	/** Active organizations sorted by name, for pickers. */
	List<DirectoryOrganization> organizations();

}
