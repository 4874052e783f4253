package org.casework.careplans;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The life domains of guide 000's holistic needs assessment, by the domain codes of
 * Casework's holistic assessment. A goal belongs to one of them; goal areas of other
 * instruments (the AHC HRSN screener's food, living situation, utilities, transportation
 * and safety) are filed under the domain they belong to.
 */
public final class LifeDomains {

	public static final String BASIC_NEEDS = "basic-needs";

	public static final String HEALTH_WELLNESS = "health-wellness";

	public static final String SOCIAL_SUPPORT = "social-support";

	public static final String EMPLOYMENT_EDUCATION = "employment-education";

	public static final String LEGAL = "legal";

	public static final String SAFETY = "safety";

	/** Every life domain, in the assessment's order. */
	public static final List<String> CODES = List.of(BASIC_NEEDS, HEALTH_WELLNESS, SOCIAL_SUPPORT, EMPLOYMENT_EDUCATION,
			LEGAL, SAFETY);

	/** Goal areas of the AHC HRSN screener and the life domain each belongs to. */
	private static final Map<String, String> SCREENER_AREAS = Map.of("food", BASIC_NEEDS, "living-situation",
			BASIC_NEEDS, "utilities", BASIC_NEEDS, "transportation", BASIC_NEEDS);

	private LifeDomains() {
	}

	public static boolean known(String code) {
		return code != null && CODES.contains(code);
	}

	/** The life domain an assessment's goal area belongs to, if Casework knows it. */
	public static Optional<String> ofGoalArea(String areaCode) {
		if (known(areaCode)) {
			return Optional.of(areaCode);
		}
		return Optional.ofNullable(areaCode == null ? null : SCREENER_AREAS.get(areaCode));
	}

}
