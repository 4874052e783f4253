package org.casework.assessments;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a client is doing in one life domain, the five-step scale of guide 000's holistic
 * assessment, most severe first. Every scored instrument lands on this scale so that care
 * plans, monitoring and reports read one kind of rating: Casework's holistic assessment
 * rates each domain directly; a standard screener maps its official result onto it (an
 * AHC HRSN domain that screens positive is {@link #VULNERABLE}, one that screens negative
 * is {@link #STABLE}).
 */
public enum DomainRating {

	/** Immediate danger or an unmet basic need today: act now. */
	IN_CRISIS("in-crisis"),
	/** At risk: a need that will become a crisis without help. */
	VULNERABLE("vulnerable"),
	/** Managing, with no urgent need. */
	STABLE("stable"),
	/** Secure, with supports in place. */
	SAFE("safe"),
	/** A strength the plan can build on. */
	THRIVING("thriving");

	private final String code;

	DomainRating(String code) {
		this.code = code;
	}

	/** The code instruments use for this rating (in scoring bands and option codes). */
	public String code() {
		return this.code;
	}

	/** Whether the rating calls for a goal in the care plan. */
	public boolean needsAttention() {
		return this == IN_CRISIS || this == VULNERABLE;
	}

	public static Optional<DomainRating> fromCode(String code) {
		return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
	}

}
