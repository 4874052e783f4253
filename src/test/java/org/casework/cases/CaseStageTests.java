package org.casework.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStageTests {

	@Test
	void anOpenCaseWithoutAnAssessmentIsInAssessment() {
		assertThat(CaseStage.of(CaseStatus.OPEN, CaseProgress.NONE)).isEqualTo(CaseStage.ASSESSMENT);
	}

	@Test
	void eachMilestoneMovesTheCaseOn() {
		assertThat(CaseStage.of(CaseStatus.OPEN, new CaseProgress(true, false, false, false)))
			.isEqualTo(CaseStage.PLANNING);
		assertThat(CaseStage.of(CaseStatus.OPEN, new CaseProgress(true, true, false, false)))
			.isEqualTo(CaseStage.IMPLEMENTATION);
		assertThat(CaseStage.of(CaseStatus.OPEN, new CaseProgress(true, true, true, false)))
			.isEqualTo(CaseStage.MONITORING);
		assertThat(CaseStage.of(CaseStatus.OPEN, new CaseProgress(true, true, true, true)))
			.isEqualTo(CaseStage.CLOSURE);
	}

	@Test
	void aReassessmentLoopsBackBeforeThePlanAndANewPlanBackToPlanning() {
		assertThat(CaseStage.of(CaseStatus.OPEN, new CaseProgress(false, true, true, false)))
			.isEqualTo(CaseStage.ASSESSMENT);
		assertThat(CaseStage.of(CaseStatus.OPEN, new CaseProgress(true, false, true, false)))
			.isEqualTo(CaseStage.PLANNING);
	}

	@Test
	void aClosedCaseIsClosedWhateverItReached() {
		assertThat(CaseStage.of(CaseStatus.CLOSED, CaseProgress.NONE)).isEqualTo(CaseStage.CLOSED);
		assertThat(CaseStage.of(CaseStatus.CLOSED, new CaseProgress(true, true, true, true)))
			.isEqualTo(CaseStage.CLOSED);
	}

}
