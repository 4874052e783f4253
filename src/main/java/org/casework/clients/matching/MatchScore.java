package org.casework.clients.matching;

import java.util.List;

/**
 * How likely two records are the same person: a probability from 0 to 1, the evidence
 * weight behind it, and the reasons in words.
 */
public record MatchScore(double probability, double weight, double nameWeight, List<String> reasons) {

	/**
	 * At or above this a candidate is shown as a likely duplicate. Chosen on the labelled
	 * set (MatchQualityEvaluationTests prints precision and recall at several
	 * thresholds): at 0.7 precision is 1.000 and recall 0.914; at 0.75 recall was 0.897.
	 */
	public static final double LIKELY = 0.7;

	/** At or above this a candidate is shown as a possible duplicate. */
	public static final double POSSIBLE = 0.4;

	public boolean likely() {
		return this.probability >= LIKELY;
	}

}
