package org.casework.assessments.instruments;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.casework.assessments.DomainRating;

/**
 * How a group of an instrument is scored, from Casework's scoring extension
 * ({@value #URL}): the domain it stands for, what is summed, and the bands that turn the
 * score into a {@link DomainRating}.
 *
 * @param domain the domain's code, unique in the instrument
 * @param method {@link Method#SUM} adds the weights of the chosen options of every
 * weighted choice item in the group; {@link Method#RATING_ITEM} takes the weight of the
 * option chosen for one rating question
 * @param ratingItem the linkId of the rating question (for {@link Method#RATING_ITEM}
 * only)
 * @param bands lowest minimum first; a score has the rating of the highest band whose
 * minimum it reaches (below every band: no rating)
 */
public record DomainScoring(String domain, Method method, String ratingItem, List<ScoreBand> bands) {

	public static final String URL = "https://casework.example/fhir/StructureDefinition/scoring";

	public DomainScoring {
		bands = bands.stream().sorted(Comparator.comparing(ScoreBand::min)).toList();
	}

	public enum Method {

		SUM("sum"), RATING_ITEM("rating-item");

		private final String code;

		Method(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

	/** The rating of a score, or null below the lowest band. */
	public DomainRating rate(BigDecimal score) {
		DomainRating rating = null;
		for (ScoreBand band : this.bands) {
			if (score.compareTo(band.min()) >= 0) {
				rating = band.rating();
			}
		}
		return rating;
	}

}
