package org.casework.careplans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A version of a case's care plan as lists show it.
 *
 * @param number the version's number within the case, from 1
 * @param goals how many goals it has (discontinued ones included)
 * @param agreedAt when it came into force (agreed, and approved where required)
 * @param version the entity tag of this version, for If-Match
 */
public record CarePlanSummary(UUID id, UUID caseId, int number, CarePlanStatus status, LocalDate reviewDate,
		LocalDate horizon, Instant startedAt, String startedByName, Instant updatedAt, Instant agreedAt,
		Instant supersededAt, int goals, long version) {
}
