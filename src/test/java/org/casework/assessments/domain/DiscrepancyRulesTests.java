package org.casework.assessments.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import ca.uhn.fhir.context.FhirContext;
import org.casework.assessments.Discrepancy;
import org.casework.assessments.instruments.AnswerValue;
import org.casework.assessments.instruments.Answers;
import org.casework.assessments.instruments.Instrument;
import org.casework.assessments.instruments.QuestionnaireReader;
import org.casework.intake.UrgencyScreen;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscrepancyRulesTests {

	static final QuestionnaireReader READER = new QuestionnaireReader(FhirContext.forR4Cached());

	static final String CONCERN = "https://casework.example/fhir/CodeSystem/concern";

	static final String RATING = "https://casework.example/fhir/CodeSystem/domain-rating";

	static final UrgencyScreen NO_SAFE_PLACE = new UrgencyScreen(false, false, false, false, true, false, false, null);

	@Test
	void housingRatedStableAfterAnIntakeWithNowhereSafeToSleepIsFlagged() throws IOException {
		Instrument holistic = shipped("casework-holistic");
		Answers answers = Answers.none()
			.with("basic-needs-housing", AnswerValue.code(CONCERN, "no-concern"))
			.with("basic-needs-rating", AnswerValue.code(RATING, "stable"))
			.with("basic-needs-food", AnswerValue.code(CONCERN, "no-concern"));

		assertThat(DiscrepancyRules.between(NO_SAFE_PLACE, "Intake of 2026-11-02", holistic, answers)).containsExactly(
				new Discrepancy("basic-needs-housing", "Intake of 2026-11-02", "no safe place to sleep tonight",
						"Housing stability: No concern"),
				new Discrepancy("basic-needs-rating", "Intake of 2026-11-02", "no safe place to sleep tonight",
						"Rating of basic needs: Stable"));
	}

	@Test
	void answersThatAgreeWithTheIntakeOrAnIntakeWithoutTheConcernRaiseNothing() throws IOException {
		Instrument holistic = shipped("casework-holistic");
		Answers agreeing = Answers.none()
			.with("basic-needs-housing", AnswerValue.code(CONCERN, "serious-concern"))
			.with("basic-needs-rating", AnswerValue.code(RATING, "in-crisis"));
		assertThat(DiscrepancyRules.between(NO_SAFE_PLACE, "Intake", holistic, agreeing)).isEmpty();

		Answers calm = Answers.none().with("basic-needs-housing", AnswerValue.code(CONCERN, "no-concern"));
		UrgencyScreen nothingUrgent = new UrgencyScreen(false, false, false, false, false, false, false, null);
		assertThat(DiscrepancyRules.between(nothingUrgent, "Intake", holistic, calm)).isEmpty();
		assertThat(DiscrepancyRules.between(null, "Intake", holistic, calm)).isEmpty();
	}

	@Test
	void theAhcScreenerIsCheckedByItsLoincAnswerCodes() throws IOException {
		Instrument ahc = shipped("ahc-hrsn");
		Answers steady = Answers.none().with("71802-3", AnswerValue.code("http://loinc.org", "LA31993-1"));
		assertThat(DiscrepancyRules.between(NO_SAFE_PLACE, "Intake", ahc, steady)).singleElement()
			.satisfies(d -> assertThat(d.now()).endsWith("I have a steady place to live"));
	}

	private static Instrument shipped(String code) throws IOException {
		try (InputStream in = DiscrepancyRulesTests.class.getResourceAsStream("/instruments/" + code + ".json")) {
			return READER.stored(new String(in.readAllBytes(), StandardCharsets.UTF_8), 1);
		}
	}

}
