package org.casework.programs;

/**
 * How closely a case is followed (guide 000, "Systematic Progress Monitoring"): the
 * minimum contact frequency, goal review monthly or quarterly, and formal reassessment
 * every 6 to 12 months. Monitoring and assessments read these for their reminders.
 *
 * @param code short stable code ("HIGH")
 * @param name what workers see ("High")
 * @param contactEveryDays at least one contact every this many days
 * @param goalReview how often goals are reviewed
 * @param reassessmentMonths formal reassessment at least every this many months
 */
public record IntensityLevel(String code, String name, int contactEveryDays, GoalReview goalReview,
		int reassessmentMonths) {

}
