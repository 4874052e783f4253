package org.casework.assessments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assessment of a case completed. {@code goalAreas} are the domains rated in crisis or
 * vulnerable, in the instrument's order: the care plan offers them as goal areas.
 */
public record AssessmentCompleted(UUID assessmentId, UUID caseId, UUID clientId, String instrumentCode,
		int instrumentVersion, boolean core, AssessmentKind kind, List<DomainScore> scores, List<String> goalAreas,
		Instant completedAt) {
}
