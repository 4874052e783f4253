package org.casework.careplans;

/**
 * A weak element of a goal: a warning the worker may override with a reason.
 *
 * @param code a stable code for screens and tests: {@code no-statement},
 * {@code vague-wording}, {@code no-indicator}, {@code no-target},
 * {@code no-achievability}, {@code no-relevance}, {@code no-client-words},
 * {@code no-target-date}, {@code target-date-past}, {@code target-date-beyond-horizon}
 * @param field the field of a {@link GoalDraft} it is about ({@code indicator.target})
 * @param message what is weak, in words a worker reads
 * @param overridden whether the worker accepted the element with a reason
 */
public record SmartFinding(SmartElement element, String code, String field, String message, boolean overridden,
		String overrideReason) {
}
