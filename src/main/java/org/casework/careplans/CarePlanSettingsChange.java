package org.casework.careplans;

/**
 * New settings for a program's care plans.
 *
 * @param horizonMonths 1 to 60; 12 when empty
 */
public record CarePlanSettingsChange(boolean requireSupervisorApproval, Integer horizonMonths) {
}
