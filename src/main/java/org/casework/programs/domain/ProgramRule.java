package org.casework.programs.domain;

import java.util.Arrays;

import org.casework.programs.EligibilityRule;
import org.casework.programs.RuleKind;

import org.springframework.data.relational.core.mapping.Table;

/** An eligibility rule as stored with its program. */
@Table("program_rule")
class ProgramRule {

	private final String ruleKey;

	private final RuleKind kind;

	private final Integer minAge;

	private final Integer maxAge;

	private final Integer percentOfPoverty;

	private final String[] counties;

	private final String[] zipCodes;

	private final String question;

	private final Boolean expectedAnswer;

	ProgramRule(String ruleKey, RuleKind kind, Integer minAge, Integer maxAge, Integer percentOfPoverty,
			String[] counties, String[] zipCodes, String question, Boolean expectedAnswer) {
		this.ruleKey = ruleKey;
		this.kind = kind;
		this.minAge = minAge;
		this.maxAge = maxAge;
		this.percentOfPoverty = percentOfPoverty;
		this.counties = counties;
		this.zipCodes = zipCodes;
		this.question = question;
		this.expectedAnswer = expectedAnswer;
	}

	static ProgramRule of(String key, EligibilityRule rule) {
		return new ProgramRule(key, rule.kind(), rule.minAge(), rule.maxAge(), rule.percentOfPoverty(),
				rule.counties().toArray(String[]::new), rule.zipCodes().toArray(String[]::new), rule.question(),
				rule.expectedAnswer());
	}

	String key() {
		return this.ruleKey;
	}

	EligibilityRule view() {
		return new EligibilityRule(this.ruleKey, this.kind, this.minAge, this.maxAge, this.percentOfPoverty,
				this.counties == null ? null : Arrays.asList(this.counties),
				this.zipCodes == null ? null : Arrays.asList(this.zipCodes), this.question, this.expectedAnswer);
	}

}
