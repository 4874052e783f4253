package org.casework.identity.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface Users extends ListCrudRepository<User, UUID> {

	@Query("SELECT id FROM app_user WHERE lower(username) = lower(:username)")
	Optional<UUID> findIdByUsername(String username);

	default Optional<User> findByUsername(String username) {
		return findIdByUsername(username).flatMap(this::findById);
	}

	@Query("SELECT count(*) FROM app_user WHERE demo_password AND active")
	long countWithDemoPassword();

}
