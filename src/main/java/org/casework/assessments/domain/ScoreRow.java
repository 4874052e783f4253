package org.casework.assessments.domain;

import java.math.BigDecimal;

import org.casework.assessments.DomainRating;
import org.casework.assessments.DomainScore;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A domain's score as kept with a completed assessment (typed, for reports and
 * comparisons).
 */
@Table("assessment_domain_score")
public record ScoreRow(String domainCode, String label, BigDecimal score, BigDecimal maxScore, DomainRating rating) {

	static ScoreRow of(DomainScore s) {
		return new ScoreRow(s.domainCode(), s.label(), s.score(), s.maxScore(), s.rating());
	}

	public DomainScore toScore() {
		return new DomainScore(this.domainCode, this.label, this.score, this.maxScore, this.rating);
	}

}
