package org.casework.assessments;

import java.time.LocalDate;
import java.util.List;

/**
 * The latest completed assessment of a case with one instrument beside the one before,
 * domain by domain, and each domain's ratings over time (oldest first), for the chart.
 *
 * @param previous null when the case has been assessed once with the instrument
 */
public record AssessmentComparison(String instrumentCode, String instrumentTitle, AssessmentSummary latest,
		AssessmentSummary previous, List<DomainChange> domains, List<DomainSeries> series) {

	/** A domain's rating in the previous and the latest assessment. */
	public record DomainChange(String domainCode, String label, DomainRating previous, DomainRating latest,
			Change change) {
	}

	/**
	 * Better (towards thriving), the same, or worse (towards crisis); NEW without a
	 * previous rating.
	 */
	public enum Change {

		IMPROVED, SAME, WORSE, NEW

	}

	/** A domain's rating at each completed assessment. */
	public record DomainSeries(String domainCode, String label, List<Point> points) {
	}

	public record Point(LocalDate on, DomainRating rating) {
	}

}
