package org.casework.programs.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface Programs extends ListCrudRepository<Program, UUID> {

	List<Program> findByAgencyIdOrderByName(UUID agencyId);

	boolean existsByAgencyIdAndNameIgnoreCase(UUID agencyId, String name);

}
