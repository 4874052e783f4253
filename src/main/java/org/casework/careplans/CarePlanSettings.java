package org.casework.careplans;

import java.util.UUID;

/**
 * A program's rules for care plans.
 *
 * @param requireSupervisorApproval whether an agreed plan counts only once the supervisor
 * of the owner's team approved it
 * @param horizonMonths how far ahead a new plan reaches: its goals are due at the latest
 * this many months after it starts
 * @param version the entity tag of the settings: 0 while the program uses the defaults
 */
public record CarePlanSettings(UUID programId, boolean requireSupervisorApproval, int horizonMonths, long version) {

	/**
	 * Plans need no approval and reach 12 months ahead unless the program says otherwise.
	 */
	public static final int DEFAULT_HORIZON_MONTHS = 12;

	public static CarePlanSettings defaults(UUID programId) {
		return new CarePlanSettings(programId, false, DEFAULT_HORIZON_MONTHS, 0);
	}

}
