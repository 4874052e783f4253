package org.casework.careplans;

/** A supervisor's decision on a plan version awaiting approval. */
public enum ReviewDecision {

	APPROVED,
	/** Returned to draft with comments. */
	RETURNED

}
