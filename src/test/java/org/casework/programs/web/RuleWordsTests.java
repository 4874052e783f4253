package org.casework.programs.web;

import java.util.List;
import java.util.Locale;

import org.casework.programs.EligibilityRule;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of rule read in words, in English and in Spanish. */
class RuleWordsTests {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	final RuleWords words = new RuleWords(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void anAgeRuleNamesItsOpenOrClosedRange() {
		assertThat(this.words.describe(EligibilityRule.age("age-1", 18, null), Locale.ENGLISH))
			.isEqualTo("Age 18 or older");
		assertThat(this.words.describe(EligibilityRule.age("age-1", null, 24), Locale.ENGLISH))
			.isEqualTo("Age 24 or younger");
		assertThat(this.words.describe(EligibilityRule.age("age-1", 16, 24), Locale.ENGLISH)).isEqualTo("Age 16 to 24");
		assertThat(this.words.describe(EligibilityRule.age("age-1", 60, null), SPANISH))
			.isEqualTo("Edad de 60 años o más");
	}

	@Test
	void anIncomeRuleNamesThePercentageOfThePovertyGuideline() {
		assertThat(this.words.describe(EligibilityRule.income("income-1", 200), Locale.ENGLISH))
			.isEqualTo("Household income at or below 200% of the poverty guideline");
	}

	@Test
	void aServiceAreaListsItsCountiesAndZipCodesWithOr() {
		assertThat(this.words.describe(
				EligibilityRule.jurisdiction("jurisdiction-1", List.of("Fulton", "DeKalb"), List.of("30301")),
				Locale.ENGLISH))
			.isEqualTo("Lives in Fulton or DeKalb County, or ZIP 30301");
		assertThat(this.words.describe(
				EligibilityRule.jurisdiction("jurisdiction-1", List.of("Fulton", "DeKalb", "Clayton"), List.of()),
				Locale.ENGLISH))
			.isEqualTo("Lives in Fulton, DeKalb or Clayton County");
		assertThat(this.words.describe(
				EligibilityRule.jurisdiction("jurisdiction-1", List.of(), List.of("30301", "30303")), Locale.ENGLISH))
			.isEqualTo("Lives in ZIP 30301 or 30303");
		assertThat(this.words
			.describe(EligibilityRule.jurisdiction("jurisdiction-1", List.of("Fulton"), List.of("30301")), SPANISH))
			.isEqualTo("Vive en el condado de Fulton, o en el código postal 30301");
	}

	@Test
	void aYesNoQuestionSaysWhichAnswerQualifies() {
		assertThat(this.words.describe(
				EligibilityRule.yesNo("yes-no-1", "Is the household caring for a child under 18?", true),
				Locale.ENGLISH))
			.isEqualTo("Yes/no: Is the household caring for a child under 18? — qualifies on yes");
		assertThat(this.words.describe(EligibilityRule.yesNo("yes-no-1", "Does the client own a car?", false),
				Locale.ENGLISH))
			.isEqualTo("Yes/no: Does the client own a car? — qualifies on no");
	}

}
