package org.casework.careplans;

/** Which way a goal's indicator should move from its baseline to its target. */
public enum Direction {

	/** More is better: interviews attended, days housed, income. */
	INCREASE,
	/** Less is better: missed appointments, debt, nights in a shelter. */
	DECREASE

}
