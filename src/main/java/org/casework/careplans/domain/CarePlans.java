package org.casework.careplans.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface CarePlans extends ListCrudRepository<CarePlan, UUID> {

	/** A case's plan versions, the latest first. */
	List<CarePlan> findByCaseIdOrderByNumberDesc(UUID caseId);

	Optional<CarePlan> findByCaseIdAndNumber(UUID caseId, int number);

}
