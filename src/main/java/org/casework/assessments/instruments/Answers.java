package org.casework.assessments.instruments;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The answers of one assessment: for each question (by linkId) its answers, in the order
 * they were given. Immutable; a question without answers is simply absent.
 */
public final class Answers {

	private static final Answers NONE = new Answers(Map.of());

	private final Map<String, List<AnswerValue>> values;

	private Answers(Map<String, List<AnswerValue>> values) {
		this.values = values;
	}

	public static Answers none() {
		return NONE;
	}

	public static Answers of(Map<String, ? extends List<? extends AnswerValue>> values) {
		Map<String, List<AnswerValue>> copy = new LinkedHashMap<>();
		values.forEach((linkId, answers) -> {
			if (answers != null && !answers.isEmpty()) {
				copy.put(linkId, List.copyOf(answers));
			}
		});
		return new Answers(Collections.unmodifiableMap(copy));
	}

	/** These answers with the answers to one question replaced. */
	public Answers with(String linkId, AnswerValue... answers) {
		Map<String, List<AnswerValue>> copy = new LinkedHashMap<>(this.values);
		copy.put(linkId, Arrays.asList(answers));
		return of(copy);
	}

	/** The answers to a question; empty when it has none. */
	public List<AnswerValue> get(String linkId) {
		return this.values.getOrDefault(linkId, List.of());
	}

	public boolean answered(String linkId) {
		return this.values.containsKey(linkId);
	}

	public Set<String> linkIds() {
		return this.values.keySet();
	}

	public Map<String, List<AnswerValue>> asMap() {
		return this.values;
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/** Only the answers to the questions a test keeps. */
	public Answers only(Predicate<String> keep) {
		Map<String, List<AnswerValue>> kept = new LinkedHashMap<>();
		this.values.forEach((linkId, answers) -> {
			if (keep.test(linkId)) {
				kept.put(linkId, answers);
			}
		});
		return new Answers(Collections.unmodifiableMap(kept));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Answers answers && this.values.equals(answers.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return this.values.toString();
	}

}
