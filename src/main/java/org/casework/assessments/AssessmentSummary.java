package org.casework.assessments;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessment of a case as lists show it.
 *
 * @param core whether it was taken with the program's core instrument: a completed core
 * assessment moves the case on to planning
 * @param requiredAnswered of the required questions asked, how many are answered
 * @param required the required questions asked with the answers so far
 * @param version the assessment's version, for If-Match
 */
public record AssessmentSummary(UUID id, UUID caseId, String instrumentCode, String instrumentTitle,
		int instrumentVersion, boolean core, AssessmentKind kind, AssessmentStatus status, Instant startedAt,
		String startedByName, Instant updatedAt, Instant completedAt, String completedByName, int requiredAnswered,
		int required, long version) {
}
