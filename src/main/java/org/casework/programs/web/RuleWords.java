package org.casework.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casework.programs.EligibilityRule;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An eligibility rule in words, as a worker reads it before screening a client: "Age 18
 * or older", "Household income at or below 200% of the poverty guideline", "Lives in
 * Fulton or DeKalb County, or ZIP 30301", "Yes/no: Is the household caring for a child
 * under 18? — qualifies on yes". In the reader's language (messages*.properties).
 */
@Component
class RuleWords {

	private final MessageSource messages;

	RuleWords(MessageSource messages) {
		this.messages = messages;
	}

	String describe(EligibilityRule rule, Locale locale) {
		if (rule.kind() == null) {
			return "";
		}
		return switch (rule.kind()) {
			case AGE -> age(rule, locale);
			case INCOME -> msg("programs.rule.income", locale, rule.percentOfPoverty());
			case JURISDICTION -> area(rule, locale);
			case YES_NO -> msg("programs.rule.yesNo", locale, rule.question(),
					msg("programs.answer." + rule.expectedAnswer(), locale));
		};
	}

	List<String> describe(List<EligibilityRule> rules, Locale locale) {
		return rules.stream().map(rule -> describe(rule, locale)).toList();
	}

	private String age(EligibilityRule rule, Locale locale) {
		if (rule.minAge() != null && rule.maxAge() != null) {
			return msg("programs.rule.age.between", locale, rule.minAge(), rule.maxAge());
		}
		return rule.minAge() != null ? msg("programs.rule.age.atLeast", locale, rule.minAge())
				: msg("programs.rule.age.atMost", locale, rule.maxAge());
	}

	private String area(EligibilityRule rule, Locale locale) {
		String counties = or(rule.counties(), locale);
		String zips = or(rule.zipCodes(), locale);
		if (!rule.counties().isEmpty() && !rule.zipCodes().isEmpty()) {
			return msg("programs.rule.area.countiesOrZips", locale, counties, zips);
		}
		return rule.counties().isEmpty() ? msg("programs.rule.area.zips", locale, zips)
				: msg("programs.rule.area.counties", locale, counties);
	}

	/** "Fulton", "Fulton or DeKalb", "Fulton, DeKalb or Clayton". */
	private String or(List<String> items, Locale locale) {
		if (items.size() < 2) {
			return String.join("", items);
		}
		List<String> head = new ArrayList<>(items.subList(0, items.size() - 1));
		return msg("programs.list.or", locale, String.join(", ", head), items.get(items.size() - 1));
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
