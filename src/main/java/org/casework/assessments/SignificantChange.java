package org.casework.assessments;

/**
 * A change in a client's life that calls for a reassessment now rather than at the
 * cadence's date (guide 000: "reassess at least every 6 to 12 months, or sooner when
 * circumstances change significantly").
 */
public enum SignificantChange {

	/** A new crisis. */
	CRISIS,
	/** A goal of the care plan was achieved. */
	GOAL_ACHIEVED,
	/** The client refused a service the plan counts on. */
	SERVICE_REFUSED,
	/** The client moved. */
	MOVED,
	/** Another change the worker describes. */
	OTHER

}
