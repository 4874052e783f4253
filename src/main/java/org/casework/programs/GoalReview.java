package org.casework.programs;

/**
 * How often a case's goals are reviewed (guide 000: monthly or quarterly by intensity).
 */
public enum GoalReview {

	MONTHLY(1), QUARTERLY(3);

	private final int months;

	GoalReview(int months) {
		this.months = months;
	}

	public int months() {
		return this.months;
	}

}
