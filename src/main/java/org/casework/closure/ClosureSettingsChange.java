package org.casework.closure;

/**
 * New rules for a program's closures; an absent number keeps its default.
 *
 * @param requireSupervisorApproval true when absent
 * @param noticeDays 0 to 180 (14)
 * @param outreachAttempts 1 to 20 (3)
 * @param reopenWindowDays 0 to 730 (90)
 */
public record ClosureSettingsChange(Boolean requireSupervisorApproval, Integer noticeDays, Integer outreachAttempts,
		Integer reopenWindowDays) {
}
