package org.casework.careplans;

import java.time.LocalDate;

/**
 * A goal as the worker writes it with the client: to add a goal, to change one, or to
 * have it checked before it is saved. Every field may be empty while the plan is a draft;
 * what a goal still lacks is named by the SMART check and must be there (or its warning
 * overridden with a reason) before the plan is agreed.
 *
 * @param clientWords the goal in the client's own words ("I want my kids to have their
 * own room")
 * @param statement the worker's specific statement of what success looks like ("Secure a
 * two-bedroom apartment lease in the school's district")
 * @param lifeDomain one of {@link LifeDomains#CODES}
 * @param indicator what is counted, from which baseline to which target
 * @param relevance why it matters to the client (Relevant)
 * @param achievability what makes it achievable: the resources and strengths it builds on
 * (Achievable)
 * @param targetDate by when (Time-bound): not before the case opened, at the latest the
 * plan's horizon
 * @param outputMetric for reporting (guide 002): what the work produces ("housing
 * applications submitted")
 * @param outcomeMetric for reporting (guide 002): the change in the client's life ("lease
 * signed and held 6 months")
 */
public record GoalDraft(String clientWords, String statement, String lifeDomain, Indicator indicator, String relevance,
		String achievability, LocalDate targetDate, String outputMetric, String outcomeMetric) {
}
