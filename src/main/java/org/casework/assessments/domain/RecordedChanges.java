package org.casework.assessments.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface RecordedChanges extends ListCrudRepository<RecordedChange, UUID> {

	/** A case's recorded changes, the latest first. */
	List<RecordedChange> findByCaseIdOrderByRecordedAtDesc(UUID caseId);

}
