package org.casework.programs;

/**
 * One rule evaluated, with the basis in words ("Household of 4 with an annual income of
 * $30,000 is at or below 200% of the 2026 poverty guideline, $66,000").
 */
public record RuleResult(String ruleKey, RuleKind kind, RuleOutcome outcome, String basis) {

}
