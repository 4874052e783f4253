package org.casework.programs.domain;

import org.casework.programs.GoalReview;
import org.casework.programs.IntensityLevel;

import org.springframework.data.relational.core.mapping.Table;

/** An intensity level as stored with its program. */
@Table("program_intensity_level")
class ProgramIntensity {

	private final String code;

	private final String name;

	private final int contactEveryDays;

	private final GoalReview goalReview;

	private final int reassessmentMonths;

	ProgramIntensity(String code, String name, int contactEveryDays, GoalReview goalReview, int reassessmentMonths) {
		this.code = code;
		this.name = name;
		this.contactEveryDays = contactEveryDays;
		this.goalReview = goalReview;
		this.reassessmentMonths = reassessmentMonths;
	}

	static ProgramIntensity of(IntensityLevel level) {
		return new ProgramIntensity(level.code().trim(), level.name().trim(), level.contactEveryDays(),
				level.goalReview(), level.reassessmentMonths());
	}

	IntensityLevel view() {
		return new IntensityLevel(this.code, this.name, this.contactEveryDays, this.goalReview,
				this.reassessmentMonths);
	}

}
