package org.casework.assessments.instruments;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.assessments.instruments.InstrumentFixtures.concern;
import static org.casework.assessments.instruments.InstrumentFixtures.holistic;
import static org.casework.assessments.instruments.InstrumentFixtures.rating;
import static org.casework.assessments.instruments.InstrumentFixtures.read;

/**
 * Which items are asked: FHIR R4's enableWhen with each operator, all and any, and items
 * that are not asked because their group is not, or because the question they wait on is
 * not asked itself.
 */
class EnableWhenTests {

	static final InstrumentEvaluator VISIT = new InstrumentEvaluator(
			read("""
					{"linkId":"age","text":"Age","type":"integer"},
					{"linkId":"income","text":"Monthly income","type":"decimal"},
					{"linkId":"moved","text":"Date moved in","type":"date"},
					{"linkId":"smokes","text":"Smokes?","type":"boolean"},
					{"linkId":"language","text":"Language","type":"choice","answerOption":[
					  {"valueCoding":{"system":"urn:ietf:bcp:47","code":"en","display":"English"}},
					  {"valueCoding":{"system":"urn:ietf:bcp:47","code":"es","display":"Spanish"}}]},
					{"linkId":"adult","text":"Adult services","type":"boolean","enableWhen":[{"question":"age","operator":">=","answerInteger":18}]},
					{"linkId":"youth","text":"Youth services","type":"boolean","enableWhen":[{"question":"age","operator":"<","answerInteger":18}]},
					{"linkId":"senior","text":"Senior services","type":"boolean","enableWhen":[{"question":"age","operator":">","answerInteger":64}]},
					{"linkId":"low-income","text":"Benefits check","type":"boolean","enableWhen":[{"question":"income","operator":"<=","answerDecimal":1500.50}]},
					{"linkId":"new-tenant","text":"Tenancy rights","type":"boolean","enableWhen":[{"question":"moved","operator":">","answerDate":"2026-01-01"}]},
					{"linkId":"quit-help","text":"Wants help to quit?","type":"boolean","enableWhen":[{"question":"smokes","operator":"=","answerBoolean":true}]},
					{"linkId":"interpreter","text":"Interpreter booked?","type":"boolean","enableWhen":[{"question":"language","operator":"!=","answerCoding":{"system":"urn:ietf:bcp:47","code":"en"}}]},
					{"linkId":"no-age","text":"Why no age?","type":"string","enableWhen":[{"question":"age","operator":"exists","answerBoolean":false}]},
					{"linkId":"either","text":"Young or smoker","type":"boolean","enableBehavior":"any","enableWhen":[
					  {"question":"age","operator":"<","answerInteger":25},{"question":"smokes","operator":"=","answerBoolean":true}]},
					{"linkId":"both","text":"Young smoker","type":"boolean","enableBehavior":"all","enableWhen":[
					  {"question":"age","operator":"<","answerInteger":25},{"question":"smokes","operator":"=","answerBoolean":true}]},
					{"linkId":"family","text":"Family","type":"group","enableWhen":[{"question":"age","operator":"exists","answerBoolean":true}],"item":[
					  {"linkId":"children","text":"Children","type":"integer"},
					  {"linkId":"childcare","text":"Childcare","type":"boolean","enableWhen":[{"question":"children","operator":">","answerInteger":0}]}]}"""));

	static Answers aged(int age) {
		return Answers.none().with("age", AnswerValue.of(age));
	}

	@Test
	void comparisonsOfNumbersOnBothSidesOfTheLimit() {
		assertThat(VISIT.enabled("adult", aged(18))).isTrue();
		assertThat(VISIT.enabled("adult", aged(17))).isFalse();
		assertThat(VISIT.enabled("youth", aged(17))).isTrue();
		assertThat(VISIT.enabled("youth", aged(18))).isFalse();
		assertThat(VISIT.enabled("senior", aged(64))).isFalse();
		assertThat(VISIT.enabled("senior", aged(65))).isTrue();
		Answers income = Answers.none().with("income", AnswerValue.of(new BigDecimal("1500.50")));
		assertThat(VISIT.enabled("low-income", income)).isTrue();
		assertThat(VISIT.enabled("low-income", income.with("income", AnswerValue.of(new BigDecimal("1500.51")))))
			.isFalse();
	}

	@Test
	void datesBooleansAndCodesCompare() {
		assertThat(VISIT.enabled("new-tenant", Answers.none().with("moved", AnswerValue.of(LocalDate.of(2026, 1, 2)))))
			.isTrue();
		assertThat(VISIT.enabled("new-tenant", Answers.none().with("moved", AnswerValue.of(LocalDate.of(2026, 1, 1)))))
			.isFalse();
		assertThat(VISIT.enabled("quit-help", Answers.none().with("smokes", AnswerValue.of(true)))).isTrue();
		assertThat(VISIT.enabled("quit-help", Answers.none().with("smokes", AnswerValue.of(false)))).isFalse();
		assertThat(VISIT.enabled("interpreter",
				Answers.none().with("language", AnswerValue.code("urn:ietf:bcp:47", "es"))))
			.isTrue();
		assertThat(VISIT.enabled("interpreter",
				Answers.none().with("language", AnswerValue.code("urn:ietf:bcp:47", "en"))))
			.isFalse();
	}

	@Test
	void aQuestionWithoutAnAnswerMeetsOnlyExistsFalse() {
		assertThat(VISIT.enabledItems(Answers.none())).contains("age", "no-age")
			.doesNotContain("adult", "youth", "interpreter", "quit-help", "family", "children");
		assertThat(VISIT.enabled("no-age", aged(40))).isFalse();
	}

	@Test
	void anyNeedsOneConditionAndAllNeedsEvery() {
		Answers youngNonSmoker = aged(20).with("smokes", AnswerValue.of(false));
		assertThat(VISIT.enabled("either", youngNonSmoker)).isTrue();
		assertThat(VISIT.enabled("both", youngNonSmoker)).isFalse();
		Answers youngSmoker = youngNonSmoker.with("smokes", AnswerValue.of(true));
		assertThat(VISIT.enabled("both", youngSmoker)).isTrue();
		Answers olderNonSmoker = aged(50).with("smokes", AnswerValue.of(false));
		assertThat(VISIT.enabled("either", olderNonSmoker)).isFalse();
	}

	@Test
	void anItemInAGroupThatIsNotAskedIsNotAskedWhateverItsOwnCondition() {
		Answers withChildren = aged(30).with("children", AnswerValue.of(2));
		assertThat(VISIT.enabled("childcare", withChildren)).isTrue();
		Answers noAge = Answers.none().with("children", AnswerValue.of(2));
		assertThat(VISIT.enabled("family", noAge)).isFalse();
		assertThat(VISIT.enabled("children", noAge)).isFalse();
		// children is not asked, so its answer does not count for childcare either
		assertThat(VISIT.enabled("childcare", noAge)).isFalse();
	}

	@Test
	void theHolisticSafetyPlanIsAskedOnAnySeriousConcernAndItsNextStepOnlyWithoutAPlan() {
		InstrumentEvaluator holistic = new InstrumentEvaluator(holistic());
		Answers calm = Answers.none()
			.with("safety-domestic-violence", concern("no-concern"))
			.with("safety-child", concern("some-concern"));
		assertThat(holistic.enabled("safety-plan", calm)).isFalse();
		Answers serious = calm.with("safety-child", concern("serious-concern"));
		assertThat(holistic.enabled("safety-plan", serious)).isTrue();
		assertThat(holistic.enabled("safety-plan-next", serious)).isFalse();
		assertThat(holistic.enabled("safety-plan-next", serious.with("safety-plan", AnswerValue.of(false)))).isTrue();
		assertThat(holistic.enabled("safety-plan-next", serious.with("safety-plan", AnswerValue.of(true)))).isFalse();
		// the plan's answer no longer counts once the concern is gone
		assertThat(holistic.enabled("safety-plan-next", calm.with("safety-plan", AnswerValue.of(false)))).isFalse();
		assertThat(
				holistic.enabled("basic-needs-crisis", Answers.none().with("basic-needs-rating", rating("in-crisis"))))
			.isTrue();
		assertThat(
				holistic.enabled("basic-needs-crisis", Answers.none().with("basic-needs-rating", rating("vulnerable"))))
			.isFalse();
	}

}
