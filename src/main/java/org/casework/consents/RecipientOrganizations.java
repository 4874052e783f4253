package org.casework.consents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place where the organizations a consent can name are looked up: the agencies
 * using Casework and the organizations of the resource directory.
 */
public interface RecipientOrganizations {

	/**
	 * The name of an organization or agency, when it is known; empty for an unknown one.
	 * For a PERSON there is nothing to look up.
	 */
	Optional<String> nameOf(RecipientKind kind, UUID organizationId);

	/**
	 * Whether organizations of this kind are looked up: an id of an unknown one is
	 * refused.
	 */
	boolean checks(RecipientKind kind);

	/** What a worker can choose from, by name. */
	List<Recipient> choices(RecipientKind kind);

}
