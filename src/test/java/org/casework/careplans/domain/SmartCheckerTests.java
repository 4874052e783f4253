package org.casework.careplans.domain;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.casework.careplans.Direction;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.Indicator;
import org.casework.careplans.SmartElement;
import org.casework.careplans.SmartFinding;
import org.casework.programs.WordList;
import org.casework.shared.PhraseList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casework.careplans.domain.CarePlanFixtures.HORIZON;
import static org.casework.careplans.domain.CarePlanFixtures.SMART;
import static org.casework.careplans.domain.CarePlanFixtures.TODAY;
import static org.casework.careplans.domain.CarePlanFixtures.leaseGoal;
import static org.casework.careplans.domain.CarePlanFixtures.withIndicator;
import static org.casework.careplans.domain.CarePlanFixtures.withStatement;
import static org.casework.careplans.domain.CarePlanFixtures.withTargetDate;

class SmartCheckerTests {

	@Test
	void aGoalWithEveryElementIsStrong() {
		assertThat(SMART.check(leaseGoal(), TODAY, HORIZON)).isEmpty();
	}

	@Test
	void anEmptyGoalIsWeakInEveryElementInSmartOrder() {
		List<SmartFinding> findings = SMART.check(new GoalDraft(null, null, null, null, null, null, null, null, null),
				TODAY, HORIZON);
		assertThat(findings).extracting(SmartFinding::element, SmartFinding::code, SmartFinding::field)
			.containsExactly(tuple(SmartElement.SPECIFIC, "no-statement", "statement"),
					tuple(SmartElement.MEASURABLE, "no-indicator", "indicator.measure"),
					tuple(SmartElement.ACHIEVABLE, "no-achievability", "achievability"),
					tuple(SmartElement.RELEVANT, "no-relevance", "relevance"),
					tuple(SmartElement.RELEVANT, "no-client-words", "clientWords"),
					tuple(SmartElement.TIME_BOUND, "no-target-date", "targetDate"));
		assertThat(findings).noneMatch(SmartFinding::overridden);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Improve housing", "Get stable", "Find balance between work and family",
			"Client will work on her health", "Be more independent", "Feel better about herself", "Get back on track",
			"Reduce stress at home", "Find a job eventually" })
	void vagueWordingWithNoMeasureIsNotSpecific(String statement) {
		assertThat(SMART.check(withStatement(leaseGoal(), statement), TODAY, HORIZON)).singleElement().satisfies(f -> {
			assertThat(f.element()).isEqualTo(SmartElement.SPECIFIC);
			assertThat(f.code()).isEqualTo("vague-wording");
			assertThat(f.field()).isEqualTo("statement");
			assertThat(f.message()).contains("is vague");
		});
	}

	@Test
	void theFindingNamesTheLongestVaguePhrase() {
		assertThat(SMART.check(withStatement(leaseGoal(), "Improve housing."), TODAY, HORIZON)).singleElement()
			.satisfies(f -> assertThat(f.message()).startsWith("\"improve housing\" is vague"));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Secure a stable apartment lease in a safe neighborhood", "Attend 3 job interviews per week",
					"Improve her credit score to 650", "Complete substance abuse treatment within 90 days" })
	void concreteWordingOrAMeasureIsSpecific(String statement) {
		assertThat(SMART.check(withStatement(leaseGoal(), statement), TODAY, HORIZON)).isEmpty();
	}

	@Test
	void vaguePhrasesMatchWholeWordsOnly() {
		assertThat(SMART.check(withStatement(leaseGoal(), "Re-address the benefit letters to the new flat"), TODAY,
				HORIZON))
			.isEmpty();
		assertThat(SMART.check(withStatement(leaseGoal(), "Get her improvements to the flat approved by the landlord"),
				TODAY, HORIZON))
			.isEmpty();
	}

	@Test
	void anIndicatorWithoutATargetIsNotMeasurable() {
		GoalDraft noTarget = withIndicator(leaseGoal(),
				new Indicator("leases signed", "lease", BigDecimal.ZERO, null, Direction.INCREASE));
		assertThat(SMART.check(noTarget, TODAY, HORIZON)).singleElement()
			.extracting(SmartFinding::element, SmartFinding::code, SmartFinding::field)
			.containsExactly(SmartElement.MEASURABLE, "no-target", "indicator.target");
		GoalDraft noMeasure = withIndicator(leaseGoal(), new Indicator(" ", null, null, null, null));
		assertThat(SMART.check(noMeasure, TODAY, HORIZON)).singleElement()
			.extracting(SmartFinding::code)
			.isEqualTo("no-indicator");
	}

	@Test
	void noReasonForRelevanceOrAchievabilityIsNamed() {
		GoalDraft g = leaseGoal();
		GoalDraft bare = new GoalDraft(g.clientWords(), g.statement(), g.lifeDomain(), g.indicator(), "  ", null,
				g.targetDate(), null, null);
		assertThat(SMART.check(bare, TODAY, HORIZON)).extracting(SmartFinding::element, SmartFinding::code)
			.containsExactly(tuple(SmartElement.ACHIEVABLE, "no-achievability"),
					tuple(SmartElement.RELEVANT, "no-relevance"));
	}

	@Test
	void aGoalNotInTheClientsOwnWordsIsNotRelevantEnough() {
		GoalDraft g = leaseGoal();
		GoalDraft workerOnly = new GoalDraft(null, g.statement(), g.lifeDomain(), g.indicator(), g.relevance(),
				g.achievability(), g.targetDate(), null, null);
		assertThat(SMART.check(workerOnly, TODAY, HORIZON)).singleElement()
			.extracting(SmartFinding::element, SmartFinding::code)
			.containsExactly(SmartElement.RELEVANT, "no-client-words");
	}

	@Test
	void aTargetDateTodayOrExactlyAtTheHorizonIsTimeBound() {
		assertThat(SMART.check(withTargetDate(leaseGoal(), TODAY), TODAY, HORIZON)).isEmpty();
		assertThat(SMART.check(withTargetDate(leaseGoal(), HORIZON), TODAY, HORIZON)).isEmpty();
	}

	@Test
	void aTargetDateMissingInThePastOrBeyondTheHorizonIsNotTimeBound() {
		assertThat(SMART.check(withTargetDate(leaseGoal(), null), TODAY, HORIZON)).singleElement()
			.extracting(SmartFinding::element, SmartFinding::code)
			.containsExactly(SmartElement.TIME_BOUND, "no-target-date");
		assertThat(SMART.check(withTargetDate(leaseGoal(), TODAY.minusDays(1)), TODAY, HORIZON)).singleElement()
			.satisfies(f -> {
				assertThat(f.code()).isEqualTo("target-date-past");
				assertThat(f.message()).contains(TODAY.minusDays(1).toString());
			});
		assertThat(SMART.check(withTargetDate(leaseGoal(), HORIZON.plusDays(1)), TODAY, HORIZON)).singleElement()
			.satisfies(f -> {
				assertThat(f.code()).isEqualTo("target-date-beyond-horizon");
				assertThat(f.message()).contains(HORIZON.toString());
			});
	}

	@Test
	void withoutAHorizonOnlyThePastIsChecked() {
		assertThat(SMART.check(withTargetDate(leaseGoal(), TODAY.plusYears(5)), TODAY, null)).isEmpty();
	}

	@Test
	void anOverriddenElementCarriesTheReasonAndOthersStayOpen() {
		GoalDraft weak = withTargetDate(withStatement(leaseGoal(), "Get stable"), HORIZON.plusMonths(2));
		List<SmartFinding> findings = SMART.check(weak, TODAY, HORIZON,
				Map.of(SmartElement.SPECIFIC, "Her own words; the indicator says what stable means."));
		assertThat(findings).extracting(SmartFinding::element, SmartFinding::overridden, SmartFinding::overrideReason)
			.containsExactly(tuple(SmartElement.SPECIFIC, true, "Her own words; the indicator says what stable means."),
					tuple(SmartElement.TIME_BOUND, false, null));
	}

	@Test
	void theVaguePhraseListIsDataWithComments() throws Exception {
		PhraseList phrases = PhraseList.read(new ByteArrayInputStream("""
				# a comment
				Be Happy

				sort out | say what will be sorted, by when
				""".getBytes(StandardCharsets.UTF_8)));
		assertThat(phrases.phrases()).containsExactly("be happy", "sort out");
		assertThat(phrases.foundIn("She wants to BE HAPPY, really.")).contains("be happy");
		assertThat(phrases.foundIn("Sort-out the paperwork")).isEmpty();
		assertThat(new SmartChecker(phrases).check(withStatement(leaseGoal(), "Improve housing"), TODAY, HORIZON))
			.isEmpty();
		assertThat(PhraseList.resource(WordList.VAGUE_GOAL_WORDING.resource()).phrases()).contains("improve housing",
				"get stable", "find balance");
	}

}
