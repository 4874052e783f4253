package org.casework.careplans;

import java.time.LocalDate;

/**
 * The plan's own fields, replaced as a whole.
 *
 * @param clientGoalsInOwnWords what the client wants, in their words: where the plan
 * starts (guide 000, client-driven priorities)
 * @param culturalContext what the client's family and community values mean for the goals
 * (interdependence, elder support, shared resources), so that goals fit the client's
 * context rather than the dominant culture's assumptions
 * @param reviewDate when progress is reviewed with the client: required before agreement,
 * within the horizon
 * @param horizon the last day the plan's goals may be due
 */
public record PlanDetails(String clientGoalsInOwnWords, String culturalContext, LocalDate reviewDate,
		LocalDate horizon) {
}
