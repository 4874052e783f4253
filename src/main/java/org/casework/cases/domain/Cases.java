package org.casework.cases.domain;

import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Cases extends ListCrudRepository<Case, UUID> {

	@Query("SELECT count(*) > 0 FROM client_case WHERE client_id = :clientId AND program_id = :programId AND status = 'OPEN'")
	boolean isEnrolled(UUID clientId, UUID programId);

	/**
	 * Whether the worker still works on another open case of the client, as its owner or
	 * on its care team: their access to the client then stays when one case leaves them.
	 */
	@Query("""
			SELECT count(*) > 0 FROM client_case c
			WHERE c.client_id = :clientId AND c.id <> :exceptCase AND c.status = 'OPEN'
			  AND (c.owner_id = :userId OR EXISTS (SELECT 1 FROM case_team_member m
			       WHERE m.client_case = c.id AND m.user_id = :userId AND m.left_at IS NULL))""")
	boolean worksOnAnotherOpenCase(UUID clientId, UUID userId, UUID exceptCase);

	@Query("SELECT count(*) FROM client_case WHERE program_id = :programId AND status = 'OPEN'")
	long countOpenInProgram(UUID programId);

}
