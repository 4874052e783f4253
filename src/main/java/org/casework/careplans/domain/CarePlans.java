package org.casework.careplans.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CarePlans extends ListCrudRepository<CarePlan, UUID> {

	/** A case's plan versions, the latest first. */
	List<CarePlan> findByCaseIdOrderByNumberDesc(UUID caseId);

	Optional<CarePlan> findByCaseIdAndNumber(UUID caseId, int number);

	/**
	 * Waits until no other transaction is starting a version of the case's plan, and
	 * holds off any other until this transaction ends. A case with no plan yet has no row
	 * to lock, so the lock is an advisory one keyed on the case: two workers pressing
	 * "start" at once get one draft and a refusal, not a unique index violation.
	 */
	@Query("SELECT true FROM pg_advisory_xact_lock(hashtextextended('care_plan ' || CAST(:caseId AS text), 0))")
	boolean lockStartOf(UUID caseId);

}
