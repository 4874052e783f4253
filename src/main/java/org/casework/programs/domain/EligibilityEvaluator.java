package org.casework.programs.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

import org.casework.programs.Eligibility;
import org.casework.programs.EligibilityRule;
import org.casework.programs.EligibilityStatus;
import org.casework.programs.PovertyGuideline;
import org.casework.programs.RuleOutcome;
import org.casework.programs.RuleResult;
import org.casework.programs.ScreeningAnswers;

/**
 * Evaluates a program's eligibility rules against a screening, each with the basis in
 * words (guide 000: "document eligibility basis"). Any rule not met makes the client
 * ineligible; otherwise any rule the screening has not answered yet makes the result
 * "needs information"; a program without rules is open to everyone.
 */
public final class EligibilityEvaluator {

	private final IntFunction<Optional<PovertyGuideline>> guidelines;

	/**
	 * @param guidelines the poverty guideline in force in a year: that year's table, or
	 * the latest before it when the new one has not been entered yet
	 */
	public EligibilityEvaluator(IntFunction<Optional<PovertyGuideline>> guidelines) {
		this.guidelines = guidelines;
	}

	public Eligibility evaluate(List<EligibilityRule> rules, ScreeningAnswers answers, LocalDate on) {
		List<RuleResult> results = new ArrayList<>();
		for (EligibilityRule rule : rules) {
			results.add(switch (rule.kind()) {
				case AGE -> age(rule, answers, on);
				case INCOME -> income(rule, answers, on);
				case JURISDICTION -> jurisdiction(rule, answers);
				case YES_NO -> yesNo(rule, answers);
			});
		}
		EligibilityStatus status = EligibilityStatus.ELIGIBLE;
		if (results.stream().anyMatch(r -> r.outcome() == RuleOutcome.NOT_MET)) {
			status = EligibilityStatus.INELIGIBLE;
		}
		else if (results.stream().anyMatch(r -> r.outcome() == RuleOutcome.UNKNOWN)) {
			status = EligibilityStatus.NEEDS_INFORMATION;
		}
		return new Eligibility(status, List.copyOf(results), on);
	}

	private static RuleResult age(EligibilityRule rule, ScreeningAnswers answers, LocalDate on) {
		String range = range(rule.minAge(), rule.maxAge());
		if (answers.dateOfBirth() == null) {
			return result(rule, RuleOutcome.UNKNOWN, "Date of birth not known; the program requires age " + range);
		}
		int age = Period.between(answers.dateOfBirth(), on).getYears();
		boolean met = (rule.minAge() == null || age >= rule.minAge())
				&& (rule.maxAge() == null || age <= rule.maxAge());
		return result(rule, met ? RuleOutcome.MET : RuleOutcome.NOT_MET,
				"Age " + age + " on " + on + (met ? " is " : " is not ") + range);
	}

	private static String range(Integer min, Integer max) {
		if (min != null && max != null) {
			return min + " to " + max;
		}
		return min != null ? min + " or older" : max + " or younger";
	}

	private RuleResult income(EligibilityRule rule, ScreeningAnswers answers, LocalDate on) {
		int percent = rule.percentOfPoverty();
		if (answers.householdSize() == null || answers.annualIncome() == null) {
			return result(rule, RuleOutcome.UNKNOWN, "Household size and annual income needed; the program requires"
					+ " an income at or below " + percent + "% of the poverty guideline");
		}
		Optional<PovertyGuideline> guideline = this.guidelines.apply(on.getYear());
		if (guideline.isEmpty()) {
			return result(rule, RuleOutcome.UNKNOWN, "No poverty guideline table for " + on.getYear());
		}
		int size = answers.householdSize();
		BigDecimal limit = guideline.get()
			.forHousehold(size)
			.multiply(BigDecimal.valueOf(percent))
			.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		boolean met = answers.annualIncome().compareTo(limit) <= 0;
		return result(rule, met ? RuleOutcome.MET : RuleOutcome.NOT_MET,
				"Household of " + size + " with an annual income of " + money(answers.annualIncome())
						+ (met ? " is at or below " : " is above ") + percent + "% of the " + guideline.get().year()
						+ " poverty guideline, " + money(limit));
	}

	private static RuleResult jurisdiction(EligibilityRule rule, ScreeningAnswers answers) {
		String county = blankToNull(answers.county());
		String zip = blankToNull(answers.zipCode());
		String area = describeArea(rule);
		if (county == null && zip == null) {
			return result(rule, RuleOutcome.UNKNOWN, "County or ZIP code needed; the program serves " + area);
		}
		boolean inCounty = county != null && rule.counties().stream().anyMatch(c -> c.equalsIgnoreCase(county.trim()));
		String zip5 = zip == null ? null : zip.trim().length() > 5 ? zip.trim().substring(0, 5) : zip.trim();
		boolean inZip = zip5 != null && rule.zipCodes().contains(zip5);
		if (inCounty || inZip) {
			return result(rule, RuleOutcome.MET, (inCounty ? county.trim() + " County" : "ZIP code " + zip5)
					+ " is in the service area (" + area + ")");
		}
		return result(rule, RuleOutcome.NOT_MET,
				(county != null ? county.trim() + " County" : "") + (county != null && zip5 != null ? ", " : "")
						+ (zip5 != null ? "ZIP code " + zip5 : "") + " is outside the service area (" + area + ")");
	}

	private static String describeArea(EligibilityRule rule) {
		List<String> parts = new ArrayList<>();
		if (!rule.counties().isEmpty()) {
			parts.add("counties " + String.join(", ", rule.counties()));
		}
		if (!rule.zipCodes().isEmpty()) {
			parts.add("ZIP codes " + String.join(", ", rule.zipCodes()));
		}
		return String.join("; ", parts);
	}

	private static RuleResult yesNo(EligibilityRule rule, ScreeningAnswers answers) {
		Boolean answer = answers.answers().get(rule.key());
		if (answer == null) {
			return result(rule, RuleOutcome.UNKNOWN, "Not answered: " + rule.question());
		}
		boolean met = answer.equals(rule.expectedAnswer());
		return result(rule, met ? RuleOutcome.MET : RuleOutcome.NOT_MET, "\"" + rule.question() + "\" answered "
				+ (answer ? "yes" : "no") + "; the program requires " + (rule.expectedAnswer() ? "yes" : "no"));
	}

	private static RuleResult result(EligibilityRule rule, RuleOutcome outcome, String basis) {
		return new RuleResult(rule.key(), rule.kind(), outcome, basis);
	}

	private static String money(BigDecimal amount) {
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
		format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
		return format.format(amount);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
