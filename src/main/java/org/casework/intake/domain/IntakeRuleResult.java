package org.casework.intake.domain;

import org.casework.programs.RuleKind;
import org.casework.programs.RuleOutcome;
import org.casework.programs.RuleResult;

import org.springframework.data.relational.core.mapping.Table;

/** One rule's result as evaluated when the screening was last saved. */
@Table("intake_rule_result")
record IntakeRuleResult(String ruleKey, RuleKind kind, RuleOutcome outcome, String basis) {

	static IntakeRuleResult of(RuleResult result) {
		return new IntakeRuleResult(result.ruleKey(), result.kind(), result.outcome(), result.basis());
	}

	RuleResult view() {
		return new RuleResult(this.ruleKey, this.kind, this.outcome, this.basis);
	}

}
