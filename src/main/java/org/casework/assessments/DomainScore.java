package org.casework.assessments;

import java.math.BigDecimal;

/**
 * The result of one scored domain of an instrument for a set of answers.
 *
 * @param domainCode the domain's code from the instrument's scoring extension
 * ({@code food}, {@code basic-needs})
 * @param label the domain's name: the text of its group
 * @param score the sum of the weights of the chosen options that count, or {@code null}
 * while none of them is answered (or the domain's group is not asked)
 * @param maxScore the highest score the domain's answers can reach
 * @param rating where the score falls on the domain's bands, or {@code null} without a
 * score
 */
public record DomainScore(String domainCode, String label, BigDecimal score, BigDecimal maxScore, DomainRating rating) {

	public boolean rated() {
		return this.rating != null;
	}

}
