package org.casework.careplans;

import java.util.List;

import org.casework.shared.FieldProblem;

/**
 * What the SMART check finds in a goal, element by element, and the input it cannot take
 * at all.
 *
 * @param strong whether nothing is weak (every finding overridden) and the input is valid
 * @param findings the weak elements, in SMART order
 * @param problems input that would be refused on saving (a target below the baseline of
 * an increasing indicator, a date before the case opened), as a 400 would name it
 */
public record SmartCheck(boolean strong, List<SmartFinding> findings, List<FieldProblem> problems) {

	public static SmartCheck of(List<SmartFinding> findings, List<FieldProblem> problems) {
		return new SmartCheck(problems.isEmpty() && findings.stream().allMatch(SmartFinding::overridden),
				List.copyOf(findings), List.copyOf(problems));
	}

	/** The findings the worker has not overridden. */
	public List<SmartFinding> open() {
		return this.findings.stream().filter(f -> !f.overridden()).toList();
	}

}
