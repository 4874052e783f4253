package org.casework.careplans;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A goal of a case's care plan was achieved (monitoring may celebrate it and consider a
 * reassessment; reports count it as an outcome).
 *
 * @param latestValue the indicator's latest measured value, if any
 */
public record GoalAchieved(UUID goalId, UUID planId, int planNumber, UUID caseId, UUID clientId, String statement,
		String lifeDomain, BigDecimal latestValue, UUID recordedBy, Instant achievedAt) {
}
