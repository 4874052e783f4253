package org.casework.assessments.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.casework.assessments.instruments.AnswerOption;
import org.casework.assessments.instruments.AnswerValue;
import org.casework.assessments.instruments.AnswerValue.BooleanValue;
import org.casework.assessments.instruments.AnswerValue.CodingValue;
import org.casework.assessments.instruments.DomainScoring;
import org.casework.assessments.instruments.EnableBehavior;
import org.casework.assessments.instruments.EnableWhen;
import org.casework.assessments.instruments.Instrument;
import org.casework.assessments.instruments.Item;
import org.casework.assessments.instruments.ItemCode;
import org.casework.assessments.instruments.ItemType;
import org.casework.assessments.instruments.ScoreBand;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An instrument as a readable outline for the program admin: sections, questions with
 * their kind of answer, the options with their codes and weights, when each item is
 * asked, and how each domain is scored, all in words.
 */
@Component
class InstrumentOutline {

	private final MessageSource messages;

	InstrumentOutline(MessageSource messages) {
		this.messages = messages;
	}

	/** One item in words. */
	record Line(String linkId, String prefix, String text, ItemType type, String kind, boolean required,
			List<String> codes, List<Option> options, String askedWhen, String scoring, List<Line> items) {

		public boolean group() {
			return this.type == ItemType.GROUP;
		}

		public boolean display() {
			return this.type == ItemType.DISPLAY;
		}

	}

	/** An answer option: its text, its code (with LOINC named) and its weight. */
	record Option(String display, String code, boolean loinc, String weight) {

	}

	List<Line> describe(Instrument instrument, Locale locale) {
		return instrument.items().stream().map(item -> line(instrument, item, locale)).toList();
	}

	private Line line(Instrument instrument, Item item, Locale locale) {
		List<Option> options = item.options()
			.stream()
			.map(o -> new Option(o.display(), o.code(), o.loinc(), o.weight() == null ? null : number(o.weight())))
			.toList();
		List<String> codes = item.codes()
			.stream()
			.map(c -> c.loinc() ? msg("instruments.code.loinc", locale, c.code()) : c.code())
			.toList();
		List<Line> children = item.items().stream().map(child -> line(instrument, child, locale)).toList();
		return new Line(item.linkId(), item.prefix(), item.text(), item.type(), kind(item, locale), item.required(),
				codes, options, askedWhen(instrument, item, locale), scoring(instrument, item, locale), children);
	}

	private String kind(Item item, Locale locale) {
		String key = "enum.ItemType." + item.type().name() + (item.repeats() ? ".repeats" : "");
		String kind = msg(key, locale);
		if (item.maxLength() != null) {
			kind = msg("instruments.item.maxLength", locale, kind, item.maxLength());
		}
		return kind;
	}

	private String askedWhen(Instrument instrument, Item item, Locale locale) {
		if (!item.conditional()) {
			return null;
		}
		List<String> conditions = new ArrayList<>();
		for (EnableWhen when : item.enableWhen()) {
			conditions.add(condition(instrument, when, locale));
		}
		String word = msg(item.enableBehavior() == EnableBehavior.ANY ? "instruments.when.or" : "instruments.when.and",
				locale);
		String joined = String.join(" " + word + " ", conditions);
		return msg("instruments.item.askedWhen", locale, joined);
	}

	private String condition(Instrument instrument, EnableWhen when, Locale locale) {
		Optional<Item> question = instrument.item(when.question());
		String name = "“" + question.map(Item::text).orElse(when.question()) + "”";
		if (when.operator() == EnableWhen.Operator.EXISTS) {
			boolean exists = ((BooleanValue) when.answer()).value();
			return msg(exists ? "instruments.when.exists" : "instruments.when.missing", locale, name);
		}
		String value = value(question, when.answer(), locale);
		return msg("instruments.when." + when.operator().name(), locale, name, value);
	}

	private String value(Optional<Item> question, AnswerValue answer, Locale locale) {
		if (answer instanceof CodingValue coding) {
			String display = question.flatMap(q -> q.option(coding)).map(AnswerOption::display).orElse(coding.text());
			return "“" + display + "”";
		}
		if (answer instanceof BooleanValue b) {
			return msg(b.value() ? "instruments.answer.yes" : "instruments.answer.no", locale);
		}
		if (answer instanceof AnswerValue.StringValue s) {
			return "“" + s.value() + "”";
		}
		return answer.text();
	}

	private String scoring(Instrument instrument, Item item, Locale locale) {
		DomainScoring scoring = item.scoring();
		if (scoring == null) {
			return null;
		}
		List<String> bands = new ArrayList<>();
		for (ScoreBand band : scoring.bands()) {
			bands.add(msg("instruments.scoring.band", locale, number(band.min()),
					msg("enum.DomainRating." + band.rating().name(), locale)));
		}
		String how = scoring.method() == DomainScoring.Method.SUM ? msg("instruments.scoring.sum", locale)
				: msg("instruments.scoring.ratingItem", locale,
						"“" + instrument.item(scoring.ratingItem()).map(Item::text).orElse(scoring.ratingItem()) + "”");
		return msg("instruments.scoring", locale, scoring.domain(), how, String.join("; ", bands));
	}

	/** The instrument's own codes in words (its LOINC panel). */
	List<String> codes(Instrument instrument, Locale locale) {
		return instrument.codes().stream().map(c -> describe(c, locale)).toList();
	}

	private String describe(ItemCode code, Locale locale) {
		String text = code.loinc() ? msg("instruments.code.loinc", locale, code.code()) : code.code();
		return code.display() != null ? text + " · " + code.display() : text;
	}

	private static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
