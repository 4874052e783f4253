package org.casework.assessments.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface Assessments extends ListCrudRepository<Assessment, UUID> {

	/** A case's assessments, the latest started first. */
	List<Assessment> findByCaseIdOrderByStartedAtDesc(UUID caseId);

}
