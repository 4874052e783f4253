package org.casework.programs.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casework.programs.Eligibility;
import org.casework.programs.EligibilityRule;
import org.casework.programs.EligibilityStatus;
import org.casework.programs.PovertyGuideline;
import org.casework.programs.RuleOutcome;
import org.casework.programs.ScreeningAnswers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityEvaluatorTests {

	static final LocalDate SCREENED = LocalDate.of(2026, 11, 24);

	/** HHS 2026, 48 contiguous states: 15,960 for one, 5,680 for each further person. */
	static final PovertyGuideline GUIDELINE_2026 = new PovertyGuideline(2026,
			List.of(15960, 21640, 27320, 33000, 38680, 44360, 50040, 55720).stream().map(BigDecimal::valueOf).toList(),
			BigDecimal.valueOf(5680), "HHS 2026");

	final EligibilityEvaluator evaluator = new EligibilityEvaluator(
			year -> year >= 2026 ? Optional.of(GUIDELINE_2026) : Optional.empty());

	static ScreeningAnswers income(int householdSize, String income) {
		return new ScreeningAnswers(null, householdSize, new BigDecimal(income), null, null, Map.of());
	}

	static ScreeningAnswers bornOn(LocalDate dob) {
		return new ScreeningAnswers(dob, null, null, null, null, Map.of());
	}

	Eligibility evaluate(EligibilityRule rule, ScreeningAnswers answers) {
		return this.evaluator.evaluate(List.of(rule), answers, SCREENED);
	}

	@Test
	void anIncomeExactlyAtTheLimitIsEligible() {
		// 200% of 33,000 for a household of four
		Eligibility atLimit = evaluate(EligibilityRule.income("income-1", 200), income(4, "66000"));
		assertThat(atLimit.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
		assertThat(atLimit.results().get(0).basis()).isEqualTo(
				"Household of 4 with an annual income of $66,000 is at or below 200% of the 2026 poverty guideline, $66,000");
		Eligibility oneCentOver = evaluate(EligibilityRule.income("income-1", 200), income(4, "66000.01"));
		assertThat(oneCentOver.status()).isEqualTo(EligibilityStatus.INELIGIBLE);
		assertThat(oneCentOver.results().get(0).basis()).contains("is above 200%");
	}

	@Test
	void aHouseholdBeyondTheTableAddsTheAmountForEachFurtherPerson() {
		// 55,720 for eight + 2 × 5,680 = 67,080 at 100%
		assertThat(evaluate(EligibilityRule.income("income-1", 100), income(10, "67080")).status())
			.isEqualTo(EligibilityStatus.ELIGIBLE);
		assertThat(evaluate(EligibilityRule.income("income-1", 100), income(10, "67081")).status())
			.isEqualTo(EligibilityStatus.INELIGIBLE);
	}

	@Test
	void anIncomeRuleWithoutHouseholdSizeOrIncomeNeedsInformation() {
		Eligibility missing = evaluate(EligibilityRule.income("income-1", 150),
				new ScreeningAnswers(null, 3, null, null, null, Map.of()));
		assertThat(missing.status()).isEqualTo(EligibilityStatus.NEEDS_INFORMATION);
		assertThat(missing.results().get(0).outcome()).isEqualTo(RuleOutcome.UNKNOWN);
	}

	@Test
	void aScreeningInAYearWithoutATableUsesNoGuessedFigures() {
		Eligibility result = this.evaluator.evaluate(List.of(EligibilityRule.income("income-1", 100)), income(1, "1"),
				LocalDate.of(2020, 1, 1));
		assertThat(result.results().get(0).outcome()).isEqualTo(RuleOutcome.UNKNOWN);
		assertThat(result.results().get(0).basis()).isEqualTo("No poverty guideline table for 2020");
	}

	@Test
	void ageBoundsAreInclusiveOnTheScreeningDate() {
		EligibilityRule adults = EligibilityRule.age("age-1", 18, 64);
		assertThat(evaluate(adults, bornOn(SCREENED.minusYears(18))).status()).isEqualTo(EligibilityStatus.ELIGIBLE);
		assertThat(evaluate(adults, bornOn(SCREENED.minusYears(18).plusDays(1))).status())
			.isEqualTo(EligibilityStatus.INELIGIBLE);
		assertThat(evaluate(adults, bornOn(SCREENED.minusYears(65).plusDays(1))).results().get(0).basis())
			.isEqualTo("Age 64 on 2026-11-24 is 18 to 64");
		assertThat(evaluate(adults, bornOn(SCREENED.minusYears(65))).status()).isEqualTo(EligibilityStatus.INELIGIBLE);
		assertThat(evaluate(EligibilityRule.age("age-1", 60, null), bornOn(SCREENED.minusYears(70))).status())
			.isEqualTo(EligibilityStatus.ELIGIBLE);
		assertThat(evaluate(adults, ScreeningAnswers.none()).status()).isEqualTo(EligibilityStatus.NEEDS_INFORMATION);
	}

	@Test
	void jurisdictionMatchesACountyOrAZipCode() {
		EligibilityRule area = EligibilityRule.jurisdiction("jurisdiction-1", List.of("Fulton", "DeKalb"),
				List.of("30301"));
		assertThat(evaluate(area, new ScreeningAnswers(null, null, null, "dekalb", null, Map.of())).status())
			.isEqualTo(EligibilityStatus.ELIGIBLE);
		assertThat(evaluate(area, new ScreeningAnswers(null, null, null, null, "30301-1234", Map.of())).status())
			.isEqualTo(EligibilityStatus.ELIGIBLE);
		Eligibility outside = evaluate(area, new ScreeningAnswers(null, null, null, "Cobb", "30060", Map.of()));
		assertThat(outside.status()).isEqualTo(EligibilityStatus.INELIGIBLE);
		assertThat(outside.results().get(0).basis()).isEqualTo(
				"Cobb County, ZIP code 30060 is outside the service area (counties Fulton, DeKalb; ZIP codes 30301)");
		assertThat(evaluate(area, ScreeningAnswers.none()).status()).isEqualTo(EligibilityStatus.NEEDS_INFORMATION);
	}

	@Test
	void aYesNoQuestionQualifiesOnTheExpectedAnswer() {
		EligibilityRule children = EligibilityRule.yesNo("yes-no-1", "Is the household caring for a child under 18?",
				true);
		assertThat(evaluate(children, new ScreeningAnswers(null, null, null, null, null, Map.of("yes-no-1", true)))
			.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
		Eligibility no = evaluate(children,
				new ScreeningAnswers(null, null, null, null, null, Map.of("yes-no-1", false)));
		assertThat(no.status()).isEqualTo(EligibilityStatus.INELIGIBLE);
		assertThat(no.results().get(0).basis())
			.isEqualTo("\"Is the household caring for a child under 18?\" answered no; the program requires yes");
	}

	@Test
	void anyRuleNotMetOutweighsRulesNotYetAnswered() {
		Eligibility result = this.evaluator.evaluate(
				List.of(EligibilityRule.age("age-1", 18, null), EligibilityRule.income("income-1", 100)),
				new ScreeningAnswers(SCREENED.minusYears(10), null, null, null, null, Map.of()), SCREENED);
		assertThat(result.status()).isEqualTo(EligibilityStatus.INELIGIBLE);
		assertThat(result.unknown()).hasSize(1);
	}

	@Test
	void aProgramWithoutRulesIsOpenToEveryone() {
		assertThat(this.evaluator.evaluate(List.of(), ScreeningAnswers.none(), SCREENED).status())
			.isEqualTo(EligibilityStatus.ELIGIBLE);
	}

}
