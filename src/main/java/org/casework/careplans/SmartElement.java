package org.casework.careplans;

/**
 * The elements of a SMART goal (guide 000, "Developing SMART Goals"). The SMART check
 * names weak elements; a worker may override an element's warning with a reason.
 */
public enum SmartElement {

	/** Clearly defined, concrete, unambiguous. */
	SPECIFIC,
	/** Observable indicators showing progress or achievement. */
	MEASURABLE,
	/** Realistic given the client's capacity, resources and timeframe. */
	ACHIEVABLE,
	/** Aligned with the client's priorities, addressing actual needs. */
	RELEVANT,
	/** A deadline within the plan's horizon. */
	TIME_BOUND

}
