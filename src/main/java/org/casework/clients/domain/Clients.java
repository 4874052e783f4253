package org.casework.clients.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Clients extends ListCrudRepository<Client, UUID> {

	/** Clients that name this one in their relationships (shown as the inverse link). */
	@Query("SELECT DISTINCT client FROM client_relationship WHERE related_client = :clientId")
	List<UUID> findIdsRelatedTo(UUID clientId);

}
