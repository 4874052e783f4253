package org.casework.careplans;

import java.math.BigDecimal;

/**
 * What makes a goal measurable (guide 000: "observable indicators showing progress or
 * achievement"; guide 002: outcome metrics): what is counted, in which unit, where it
 * stands now and where it should get to, and which way is better.
 *
 * @param measure what is counted ("job interviews attended per week", "nights housed")
 * @param unit the unit of the values ("interviews", "nights", "USD")
 * @param baseline the value when the goal was set
 * @param target the value that means the goal is achieved: above the baseline when the
 * direction is INCREASE, below it when DECREASE
 */
public record Indicator(String measure, String unit, BigDecimal baseline, BigDecimal target, Direction direction) {

	/** Whether the indicator says what is counted and what the target is. */
	public boolean complete() {
		return this.measure != null && !this.measure.isBlank() && this.target != null;
	}

}
