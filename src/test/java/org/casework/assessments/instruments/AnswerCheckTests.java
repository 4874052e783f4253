package org.casework.assessments.instruments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.casework.assessments.instruments.InstrumentFixtures.FHIR;
import static org.casework.assessments.instruments.InstrumentFixtures.ahc;
import static org.casework.assessments.instruments.InstrumentFixtures.concern;
import static org.casework.assessments.instruments.InstrumentFixtures.holistic;
import static org.casework.assessments.instruments.InstrumentFixtures.loinc;
import static org.casework.assessments.instruments.InstrumentFixtures.rating;
import static org.casework.assessments.instruments.InstrumentFixtures.read;

/**
 * Answers checked against the instrument: refusals name the linkId; answers to questions
 * that are not asked are dropped; completing needs every required question that is asked;
 * each section's progress; the QuestionnaireResponse that records the answers.
 */
class AnswerCheckTests {

	static final InstrumentEvaluator INTAKE = new InstrumentEvaluator(read("""
			{"linkId":"household","text":"Household","type":"group","item":[
			  {"linkId":"size","text":"People in the household","type":"integer","required":true},
			  {"linkId":"rent","text":"Monthly rent","type":"decimal"},
			  {"linkId":"since","text":"Living there since","type":"date"},
			  {"linkId":"pets","text":"Pets?","type":"boolean"},
			  {"linkId":"landlord","text":"Landlord","type":"string","maxLength":10},
			  {"linkId":"benefits","text":"Benefits","type":"choice","repeats":true,"answerOption":[
			    {"valueCoding":{"system":"urn:benefits","code":"snap","display":"SNAP"}},
			    {"valueCoding":{"system":"urn:benefits","code":"wic","display":"WIC"}}]},
			  {"linkId":"heating","text":"Heating","type":"open-choice","answerOption":[
			    {"valueCoding":{"system":"urn:heat","code":"gas","display":"Gas"}},
			    {"valueCoding":{"system":"urn:heat","code":"electric","display":"Electric"}}]},
			  {"linkId":"arrears","text":"Months behind on rent","type":"integer","required":true,
			   "enableWhen":[{"question":"rent","operator":">","answerDecimal":0}]}]},
			{"linkId":"story","text":"Story","type":"group","required":true,"item":[
			  {"linkId":"why-now","text":"Why now?","type":"text"},
			  {"linkId":"hopes","text":"Hopes","type":"text"}]}"""));

	static Map<String, Object> raw(Object... pairs) {
		Map<String, Object> raw = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			raw.put((String) pairs[i], pairs[i + 1]);
		}
		return raw;
	}

	static List<FieldProblem> refusals(Map<String, Object> raw, boolean completing) {
		return catchThrowableOfType(InvalidInputException.class, () -> INTAKE.accept(raw, completing)).problems();
	}

	@Test
	void answersAreReadAsTheQuestionsTypesAsk() {
		Answers answers = INTAKE.accept(raw("size", 3, "rent", "950.00", "since", "2024-05-01", "pets", "true",
				"benefits", List.of("snap", Map.of("system", "urn:benefits", "code", "wic")), "heating", "wood stove",
				"arrears", 2, "why-now", "Eviction notice"), false);
		assertThat(answers.get("size")).containsExactly(AnswerValue.of(3));
		assertThat(answers.get("rent")).containsExactly(AnswerValue.of(new java.math.BigDecimal("950.00")));
		assertThat(answers.get("since")).containsExactly(AnswerValue.of(LocalDate.of(2024, 5, 1)));
		assertThat(answers.get("pets")).containsExactly(AnswerValue.of(true));
		// options are kept with their system and display
		assertThat(answers.get("benefits")).containsExactly(new AnswerValue.CodingValue("urn:benefits", "snap", "SNAP"),
				new AnswerValue.CodingValue("urn:benefits", "wic", "WIC"));
		// open-choice: not an option's code, so free text
		assertThat(answers.get("heating")).containsExactly(AnswerValue.of("wood stove"));
		assertThat(INTAKE.accept(raw("heating", "gas"), false).get("heating"))
			.containsExactly(new AnswerValue.CodingValue("urn:heat", "gas", "Gas"));
	}

	@Test
	void answersOfTheWrongTypeAreRefusedNamingTheLinkId() {
		assertThat(refusals(
				raw("size", "three", "rent", true, "since", "01/05/2024", "pets", "maybe", "landlord", 7, "size2", 1),
				false))
			.containsExactly(new FieldProblem("item[linkId=size]", "expects a whole number, not 'three'"),
					new FieldProblem("item[linkId=rent]", "expects a number, not a boolean"),
					new FieldProblem("item[linkId=since]", "expects a date (YYYY-MM-DD), not '01/05/2024'"),
					new FieldProblem("item[linkId=pets]", "expects true or false, not 'maybe'"),
					new FieldProblem("item[linkId=landlord]", "expects text, not the number 7"),
					new FieldProblem("item[linkId=size2]", "is not an item of this instrument"));
		assertThat(refusals(raw("size", 2.5), false))
			.containsExactly(new FieldProblem("item[linkId=size]", "expects a whole number, not the number 2.5"));
		assertThat(refusals(raw("household", "x"), false))
			.containsExactly(new FieldProblem("item[linkId=household]", "is a group item and takes no answer"));
	}

	@Test
	void codesThatAreNotAmongTheOptionsAreRefused() {
		assertThat(refusals(raw("benefits", List.of("snap", "tanf")), false))
			.containsExactly(new FieldProblem("item[linkId=benefits]", "code 'tanf' is not among the options"));
		assertThat(refusals(raw("benefits", Map.of("system", "urn:other", "code", "snap")), false)).containsExactly(
				new FieldProblem("item[linkId=benefits]", "code 'snap' is not among the options (system urn:other)"));
		assertThat(refusals(raw("heating", Map.of("code", "coal")), false))
			.containsExactly(new FieldProblem("item[linkId=heating]", "code 'coal' is not among the options"));
	}

	@Test
	void aQuestionThatDoesNotRepeatTakesOneAnswerAndTextKeepsItsLimit() {
		assertThat(refusals(raw("size", List.of(2, 3), "landlord", "Riverside Property Management"), false))
			.containsExactly(new FieldProblem("item[linkId=size]", "takes one answer, not 2"),
					new FieldProblem("item[linkId=landlord]", "is longer than 10 characters"));
	}

	@Test
	void typedAnswersOfTheWrongKindAreRefusedToo() {
		Answers wrong = Answers.none()
			.with("pets", AnswerValue.of("no"))
			.with("benefits", AnswerValue.of(true))
			.with("household", AnswerValue.of(1));
		assertThat(INTAKE.problems(wrong, false)).containsExactly(
				new FieldProblem("item[linkId=pets]", "expects true or false, not text"),
				new FieldProblem("item[linkId=benefits]", "expects one of its options, not a boolean"),
				new FieldProblem("item[linkId=household]", "is a group item and takes no answer"));
	}

	@Test
	void answersToQuestionsThatAreNotAskedAreDropped() {
		Answers kept = INTAKE.accept(raw("rent", 0, "arrears", 4, "landlord", "  "), false);
		assertThat(kept.linkIds()).containsExactly("rent");
	}

	@Test
	void completingNeedsEveryRequiredQuestionThatIsAsked() {
		assertThat(refusals(raw("rent", 800), true)).containsExactly(
				new FieldProblem("item[linkId=size]", "is required"),
				new FieldProblem("item[linkId=arrears]", "is required"),
				new FieldProblem("item[linkId=story]", "is required: answer at least one question in it"));
		// without rent, arrears is not asked and so not required
		Answers done = INTAKE.accept(raw("size", 1, "hopes", "A place of my own"), true);
		assertThat(INTAKE.complete(done)).isTrue();
		// saving a draft needs nothing
		assertThat(INTAKE.accept(raw(), false).isEmpty()).isTrue();
	}

	@Test
	void eachSectionCountsItsAskedAndAnsweredQuestions() {
		Answers answers = INTAKE.accept(raw("rent", 800, "pets", false), false);
		assertThat(INTAKE.progress(answers)).containsExactly(
				// size, rent, since, pets, landlord, benefits, heating and (asked now)
				// arrears
				new SectionProgress("household", "Household", true, 8, 2, 2, 0, false),
				new SectionProgress("story", "Story", true, 2, 0, 0, 0, false));
		Answers more = INTAKE.accept(raw("rent", 800, "size", 2, "arrears", 1, "why-now", "Notice"), false);
		assertThat(INTAKE.progress(more)).extracting(SectionProgress::complete).containsExactly(true, true);
	}

	@Test
	void theAnswersAreRecordedAsAQuestionnaireResponseAndReadBack() {
		InstrumentEvaluator ahc = new InstrumentEvaluator(ahc());
		Answers answers = ahc.accept(
				raw("71802-3", "LA31994-9", "96778-6", List.of("LA28580-1", "LA32001-2"), "88122-7", "LA6729-3"),
				false);
		QuestionnaireResponse response = ahc.response(answers, false, Instant.parse("2026-11-24T10:15:00Z"));
		String json = FHIR.newJsonParser().encodeResourceToString(response);
		assertThat(json).contains("\"questionnaire\":\"https://casework.example/fhir/Questionnaire/ahc-hrsn|1\"")
			.contains("\"status\":\"in-progress\"")
			.contains("\"linkId\":\"living-situation\"")
			.contains(
					"{\"valueCoding\":{\"system\":\"http://loinc.org\",\"code\":\"LA28580-1\",\"display\":\"Mold\"}}");
		assertThat(response.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
			.containsExactly("living-situation", "food");
		QuestionnaireResponse read = FHIR.newJsonParser().parseResource(QuestionnaireResponse.class, json);
		assertThat(ahc.answers(read)).isEqualTo(answers);
		assertThat(ahc.response(answers, true, Instant.now()).getStatus())
			.isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
	}

	@Test
	void aHolisticAssessmentIsCompleteWithEachRatingTheStrengthsAndWhatMattersMost() {
		InstrumentEvaluator holistic = new InstrumentEvaluator(holistic());
		Answers answers = Answers.none()
			.with("basic-needs-rating", rating("vulnerable"))
			.with("health-wellness-rating", rating("stable"))
			.with("social-support-rating", rating("safe"))
			.with("employment-education-rating", rating("vulnerable"))
			.with("legal-rating", rating("stable"))
			.with("safety-rating", rating("stable"))
			.with("strengths-support", AnswerValue.code(null, "support.faith"))
			.with("what-matters-most", AnswerValue.of("Keeping my kids in their school"));
		assertThat(holistic.problems(answers, true)).isEmpty();
		Answers inCrisis = answers.with("basic-needs-rating", rating("in-crisis"))
			.with("safety-domestic-violence", concern("serious-concern"));
		assertThat(holistic.problems(inCrisis, true)).containsExactly(
				new FieldProblem("item[linkId=basic-needs-crisis]", "is required"),
				new FieldProblem("item[linkId=safety-plan]", "is required"));
		assertThat(holistic.progress(inCrisis)).filteredOn(p -> p.linkId().equals("safety"))
			.singleElement()
			// five areas, the safety plan, the rating and the notes
			.isEqualTo(new SectionProgress("safety", "Safety concerns", true, 8, 2, 2, 1, false));
	}

}
