package org.casework.clients.matching;

import java.util.List;

/**
 * How likely two records are the same person: a probability from 0 to 1, the evidence
 * weight behind it, and the reasons in words.
 */
public record MatchScore(double probability, double weight, double nameWeight, List<String> reasons) {

	/** At or above this a candidate is shown as a likely duplicate. */
	public static final double LIKELY = 0.75;

	/** At or above this a candidate is shown as a possible duplicate. */
	public static final double POSSIBLE = 0.4;

	public boolean likely() {
		return this.probability >= LIKELY;
	}

}
