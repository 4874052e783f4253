package org.casework.assessments.instruments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casework.assessments.instruments.AnswerValue.CodingValue;

/**
 * One item of an instrument: a section (group), a text to show (display) or a question,
 * as the FHIR R4 Questionnaire item it was read from.
 *
 * @param linkId the item's id in the instrument; answers are keyed by it
 * @param text what the worker sees (a section's title, a question)
 * @param prefix a number or label shown before the text ("1.")
 * @param required whether a completed assessment must answer it (while it is asked); a
 * required group needs at least one answer inside it
 * @param repeats whether a question takes several answers (for choice items: choose any)
 * @param maxLength the longest text a string or text answer may have, or null
 * @param codes the question's codes (LOINC where the instrument has them)
 * @param enableWhen conditions under which the item is asked; empty: always asked (when
 * its group is)
 * @param enableBehavior whether all conditions must hold or any one
 * @param options the answers a choice or open-choice item offers
 * @param scoring how the group is scored, or null
 * @param items the items of a group
 */
public record Item(String linkId, String text, String prefix, ItemType type, boolean required, boolean repeats,
		Integer maxLength, List<ItemCode> codes, List<EnableWhen> enableWhen, EnableBehavior enableBehavior,
		List<AnswerOption> options, DomainScoring scoring, List<Item> items) {

	public Item {
		codes = List.copyOf(codes);
		enableWhen = List.copyOf(enableWhen);
		options = List.copyOf(options);
		items = List.copyOf(items);
		enableBehavior = enableBehavior == null ? EnableBehavior.ALL : enableBehavior;
	}

	/**
	 * The field that names this item in refusals: {@code item[linkId=food-worry]}.
	 */
	public static String field(String linkId) {
		return "item[linkId=" + linkId + "]";
	}

	public String field() {
		return field(this.linkId);
	}

	/** Whether the item takes answers (it is neither a group nor a display). */
	public boolean asksQuestion() {
		return this.type.takesAnswers();
	}

	public boolean conditional() {
		return !this.enableWhen.isEmpty();
	}

	/** The option an answer chooses, if it is one of the options. */
	public Optional<AnswerOption> option(CodingValue answer) {
		return this.options.stream().filter(o -> o.matches(answer)).findFirst();
	}

	/** Whether any option carries a weight, so the item can be scored. */
	public boolean weighted() {
		return this.options.stream().anyMatch(o -> o.weight() != null);
	}

	/**
	 * The highest score the item's answers can add: the highest weight, or for an item
	 * that repeats the sum of its positive weights.
	 */
	public BigDecimal maxWeight() {
		BigDecimal max = BigDecimal.ZERO;
		for (AnswerOption option : this.options) {
			if (option.weight() == null) {
				continue;
			}
			if (this.repeats) {
				max = option.weight().signum() > 0 ? max.add(option.weight()) : max;
			}
			else if (option.weight().compareTo(max) > 0) {
				max = option.weight();
			}
		}
		return max;
	}

	/** The item and everything inside it, in the order of the instrument. */
	public List<Item> flatten() {
		List<Item> all = new ArrayList<>();
		all.add(this);
		this.items.forEach(i -> all.addAll(i.flatten()));
		return all;
	}

}
