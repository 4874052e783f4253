package org.casework.assessments.instruments;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casework.assessments.DomainScore;
import org.casework.assessments.instruments.AnswerValue.BooleanValue;
import org.casework.assessments.instruments.AnswerValue.CodingValue;
import org.casework.assessments.instruments.AnswerValue.DateValue;
import org.casework.assessments.instruments.AnswerValue.DecimalValue;
import org.casework.assessments.instruments.AnswerValue.IntegerValue;
import org.casework.assessments.instruments.AnswerValue.StringValue;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Works out what a set of answers means for one instrument version: which items are asked
 * (enableWhen), whether the answers fit the questions, how far each section is, the score
 * and rating of each domain, and the FHIR QuestionnaireResponse that records them.
 *
 * <p>
 * Refusals name the question as {@code item[linkId=…]}, like the refusals of an upload.
 * Answers to questions that are not asked (their enableWhen does not hold, or their group
 * is not asked) are dropped, never refused: a worker who changes an earlier answer does
 * not have to clear the later ones by hand.
 */
public final class InstrumentEvaluator {

	private final Instrument instrument;

	private final Map<String, Item> items = new LinkedHashMap<>();

	private final Map<String, Item> parents = new HashMap<>();

	public InstrumentEvaluator(Instrument instrument) {
		this.instrument = instrument;
		for (Item item : instrument.items()) {
			index(item, null);
		}
	}

	private void index(Item item, Item parent) {
		this.items.put(item.linkId(), item);
		if (parent != null) {
			this.parents.put(item.linkId(), parent);
		}
		item.items().forEach(child -> index(child, item));
	}

	public Instrument instrument() {
		return this.instrument;
	}

	// which items are asked

	/**
	 * Whether an item is asked with these answers: its group is, and its conditions hold.
	 */
	public boolean enabled(String linkId, Answers answers) {
		return new Enablement(answers).enabled(linkId);
	}

	/**
	 * The linkIds of every item asked with these answers, in the order of the instrument.
	 */
	public Set<String> enabledItems(Answers answers) {
		Enablement enablement = new Enablement(answers);
		Set<String> enabled = new LinkedHashSet<>();
		for (String linkId : this.items.keySet()) {
			if (enablement.enabled(linkId)) {
				enabled.add(linkId);
			}
		}
		return enabled;
	}

	private final class Enablement {

		private final Answers answers;

		private final Map<String, Boolean> known = new HashMap<>();

		private final Set<String> deciding = new HashSet<>();

		Enablement(Answers answers) {
			this.answers = answers;
		}

		boolean enabled(String linkId) {
			Boolean decided = this.known.get(linkId);
			if (decided != null) {
				return decided;
			}
			Item item = InstrumentEvaluator.this.items.get(linkId);
			// a loop of conditions (refused when an instrument is read) asks nothing
			if (item == null || !this.deciding.add(linkId)) {
				return false;
			}
			boolean enabled = parentEnabled(linkId) && conditionsHold(item);
			this.deciding.remove(linkId);
			this.known.put(linkId, enabled);
			return enabled;
		}

		private boolean parentEnabled(String linkId) {
			Item parent = InstrumentEvaluator.this.parents.get(linkId);
			return parent == null || enabled(parent.linkId());
		}

		private boolean conditionsHold(Item item) {
			if (!item.conditional()) {
				return true;
			}
			boolean any = item.enableBehavior() == EnableBehavior.ANY;
			for (EnableWhen condition : item.enableWhen()) {
				List<AnswerValue> given = enabled(condition.question()) ? this.answers.get(condition.question())
						: List.of();
				boolean holds = condition.holds(given);
				if (any && holds) {
					return true;
				}
				if (!any && !holds) {
					return false;
				}
			}
			return !any;
		}

	}

	// reading answers

	/**
	 * Reads answers as JSON or a form gives them: for each linkId a value or a list of
	 * values. A boolean is {@code true}/{@code false}, a number a JSON number or its
	 * text, a date {@code YYYY-MM-DD}, a coded option its code or
	 * {@code {"system","code"}}; an open-choice item takes an option's code or free text.
	 * Empty and blank values are no answer. Typed {@link AnswerValue}s pass as they are.
	 * @throws InvalidInputException naming every linkId that is not a question of the
	 * instrument or whose value has the wrong type
	 */
	public Answers read(Map<String, ?> raw) {
		List<FieldProblem> problems = new ArrayList<>();
		Answers answers = read(raw, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return answers;
	}

	private Answers read(Map<String, ?> raw, List<FieldProblem> problems) {
		Map<String, List<AnswerValue>> read = new LinkedHashMap<>();
		raw.forEach((linkId, value) -> {
			Item item = this.items.get(linkId);
			if (item == null) {
				problems.add(new FieldProblem(Item.field(linkId), "is not an item of this instrument"));
				return;
			}
			if (!item.asksQuestion()) {
				if (!values(value).isEmpty()) {
					problems.add(new FieldProblem(item.field(),
							"is " + QuestionnaireReader.a(item.type()) + " item and takes no answer"));
				}
				return;
			}
			List<AnswerValue> values = new ArrayList<>();
			for (Object one : values(value)) {
				if (one == null || (one instanceof String text && text.isBlank())) {
					continue;
				}
				AnswerValue typed = convert(item, one);
				if (typed == null) {
					problems
						.add(new FieldProblem(item.field(), "expects " + expected(item) + ", not " + describe(one)));
				}
				else {
					values.add(typed);
				}
			}
			read.put(linkId, values);
		});
		return Answers.of(read);
	}

	private static Collection<?> values(Object value) {
		if (value instanceof Collection<?> many) {
			return many;
		}
		return value == null ? List.of() : List.of(value);
	}

	private static AnswerValue convert(Item item, Object value) {
		if (value instanceof AnswerValue typed) {
			return typed;
		}
		return switch (item.type()) {
			case BOOLEAN -> bool(value);
			case INTEGER -> integer(value);
			case DECIMAL -> decimal(value);
			case STRING, TEXT -> value instanceof String text ? new StringValue(text) : null;
			case DATE -> date(value);
			case CHOICE -> coding(value);
			case OPEN_CHOICE -> openChoice(item, value);
			case GROUP, DISPLAY -> null;
		};
	}

	private static AnswerValue bool(Object value) {
		if (value instanceof Boolean b) {
			return new BooleanValue(b);
		}
		if (value instanceof String text && (text.trim().equals("true") || text.trim().equals("false"))) {
			return new BooleanValue(Boolean.parseBoolean(text.trim()));
		}
		return null;
	}

	private static AnswerValue integer(Object value) {
		BigDecimal number = number(value);
		if (number == null) {
			return null;
		}
		try {
			return new IntegerValue(number.intValueExact());
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	private static AnswerValue decimal(Object value) {
		BigDecimal number = number(value);
		return number == null ? null : new DecimalValue(number);
	}

	private static BigDecimal number(Object value) {
		if (value instanceof BigDecimal d) {
			return d;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if (value instanceof BigInteger i) {
			return new BigDecimal(i);
		}
		if (value instanceof Double || value instanceof Float) {
			double d = ((Number) value).doubleValue();
			return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
		}
		if (value instanceof String text) {
			try {
				return new BigDecimal(text.trim());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static AnswerValue date(Object value) {
		if (value instanceof LocalDate d) {
			return new DateValue(d);
		}
		if (value instanceof String text) {
			try {
				return new DateValue(LocalDate.parse(text.trim()));
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

	private static AnswerValue coding(Object value) {
		if (value instanceof String code) {
			return new CodingValue(null, code.trim(), null);
		}
		if (!(value instanceof Map<?, ?> map)) {
			return null;
		}
		Object code = map.get("code");
		if (!(code instanceof String) || ((String) code).isBlank()) {
			return null;
		}
		return new CodingValue(text(map.get("system")), (String) code, text(map.get("display")));
	}

	private static String text(Object value) {
		return value instanceof String ? (String) value : null;
	}

	private static AnswerValue openChoice(Item item, Object value) {
		if (value instanceof String text) {
			CodingValue code = new CodingValue(null, text.trim(), null);
			return item.option(code).isPresent() ? code : new StringValue(text);
		}
		return coding(value);
	}

	private static String expected(Item item) {
		return switch (item.type()) {
			case BOOLEAN -> "true or false";
			case INTEGER -> "a whole number";
			case DECIMAL -> "a number";
			case STRING, TEXT -> "text";
			case DATE -> "a date (YYYY-MM-DD)";
			case CHOICE -> "one of its options";
			case OPEN_CHOICE -> "one of its options or text";
			case GROUP, DISPLAY -> "no answer";
		};
	}

	private static String describe(Object value) {
		if (value instanceof AnswerValue typed) {
			return typed.kind();
		}
		if (value instanceof Boolean) {
			return "a boolean";
		}
		if (value instanceof Number) {
			return "the number " + value;
		}
		if (value instanceof String text) {
			return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
		}
		if (value instanceof Map<?, ?>) {
			return "an object without a code";
		}
		return "a " + value.getClass().getSimpleName().toLowerCase();
	}

	// checking answers

	/**
	 * Every problem with these answers: a linkId that is no question of the instrument, a
	 * value of the wrong type, a code that is not among the options, several answers to a
	 * question that takes one, text longer than allowed; and when {@code completing},
	 * each required question that is asked but not answered.
	 */
	public List<FieldProblem> problems(Answers answers, boolean completing) {
		return check(answers, completing).problems();
	}

	/**
	 * The answers as they are kept: checked, options written out with their system and
	 * display, blank text and answers to questions that are not asked dropped.
	 * @param completing whether the assessment is being completed: then every required
	 * question that is asked must have an answer
	 * @throws InvalidInputException with every problem, each naming its linkId
	 */
	public Answers accept(Answers answers, boolean completing) {
		Checked checked = check(answers, completing);
		if (!checked.problems().isEmpty()) {
			throw new InvalidInputException(checked.problems());
		}
		return checked.answers();
	}

	/**
	 * Reads and accepts answers in one go (see {@link #read(Map)}), refusing with the
	 * problems of both steps together.
	 */
	public Answers accept(Map<String, ?> raw, boolean completing) {
		List<FieldProblem> problems = new ArrayList<>();
		Answers read = read(raw, problems);
		Checked checked = check(read, completing);
		problems.addAll(checked.problems());
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return checked.answers();
	}

	private record Checked(Answers answers, List<FieldProblem> problems) {
	}

	private Checked check(Answers answers, boolean completing) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, List<AnswerValue>> valid = new LinkedHashMap<>();
		for (String linkId : answers.linkIds()) {
			Item item = this.items.get(linkId);
			if (item == null) {
				problems.add(new FieldProblem(Item.field(linkId), "is not an item of this instrument"));
				continue;
			}
			if (!item.asksQuestion()) {
				problems.add(
						new FieldProblem(item.field(), "is a " + item.type().fhirCode() + " item and takes no answer"));
				continue;
			}
			List<AnswerValue> kept = new ArrayList<>();
			for (AnswerValue value : answers.get(linkId)) {
				AnswerValue checked = checkValue(item, value, problems);
				if (checked != null && !kept.contains(checked)) {
					kept.add(checked);
				}
			}
			if (kept.size() > 1 && !item.repeats()) {
				problems.add(new FieldProblem(item.field(), "takes one answer, not " + kept.size()));
			}
			if (!kept.isEmpty()) {
				valid.put(linkId, kept);
			}
		}
		Answers checked = Answers.of(valid);
		Enablement enablement = new Enablement(checked);
		Answers asked = checked.only(enablement::enabled);
		if (completing) {
			problems.addAll(missing(asked, enablement));
		}
		return new Checked(asked, problems);
	}

	private AnswerValue checkValue(Item item, AnswerValue value, List<FieldProblem> problems) {
		if (value instanceof StringValue text && text.value().isBlank() && (item.type() == ItemType.STRING
				|| item.type() == ItemType.TEXT || item.type() == ItemType.OPEN_CHOICE)) {
			return null;
		}
		AnswerValue fitting = switch (item.type()) {
			case BOOLEAN -> value instanceof BooleanValue ? value : null;
			case INTEGER -> value instanceof IntegerValue ? value : null;
			case DECIMAL -> value instanceof DecimalValue ? value
					: value instanceof IntegerValue i ? new DecimalValue(BigDecimal.valueOf(i.value())) : null;
			case STRING, TEXT -> value instanceof StringValue ? value : null;
			case DATE -> value instanceof DateValue ? value : null;
			case CHOICE -> value instanceof CodingValue ? value : null;
			case OPEN_CHOICE -> value instanceof CodingValue || value instanceof StringValue ? value : null;
			case GROUP, DISPLAY -> null;
		};
		if (fitting == null) {
			problems.add(new FieldProblem(item.field(), "expects " + expected(item) + ", not " + value.kind()));
			return null;
		}
		if (fitting instanceof CodingValue coding) {
			var option = item.option(coding);
			if (option.isEmpty()) {
				problems.add(new FieldProblem(item.field(), "code '" + coding.code() + "' is not among the options"
						+ (coding.system() != null ? " (system " + coding.system() + ")" : "")));
				return null;
			}
			return option.get().coding();
		}
		if (fitting instanceof StringValue text && item.maxLength() != null
				&& text.value().length() > item.maxLength()) {
			problems.add(new FieldProblem(item.field(), "is longer than " + item.maxLength() + " characters"));
			return null;
		}
		return fitting;
	}

	/**
	 * The required questions (and required groups) that are asked with these answers and
	 * have none, each as a problem naming its linkId.
	 */
	public List<FieldProblem> missing(Answers answers) {
		return missing(answers, new Enablement(answers));
	}

	private List<FieldProblem> missing(Answers answers, Enablement enablement) {
		List<FieldProblem> problems = new ArrayList<>();
		for (Item item : this.items.values()) {
			if (!item.required() || !enablement.enabled(item.linkId())) {
				continue;
			}
			if (item.asksQuestion() && !answers.answered(item.linkId())) {
				problems.add(new FieldProblem(item.field(), "is required"));
			}
			else if (item.type() == ItemType.GROUP && answeredInside(item, answers, enablement) == 0) {
				problems.add(new FieldProblem(item.field(), "is required: answer at least one question in it"));
			}
		}
		return problems;
	}

	private static int answeredInside(Item group, Answers answers, Enablement enablement) {
		int answered = 0;
		for (Item item : group.flatten()) {
			if (item.asksQuestion() && enablement.enabled(item.linkId()) && answers.answered(item.linkId())) {
				answered++;
			}
		}
		return answered;
	}

	/** Whether nothing required is missing (answers as {@link #accept} keeps them). */
	public boolean complete(Answers answers) {
		return missing(answers).isEmpty();
	}

	// progress and scores

	/** The progress of each section (top-level group), in the order of the instrument. */
	public List<SectionProgress> progress(Answers answers) {
		Enablement enablement = new Enablement(answers);
		List<SectionProgress> sections = new ArrayList<>();
		for (Item section : this.instrument.sections()) {
			boolean asked = enablement.enabled(section.linkId());
			int questions = 0;
			int answered = 0;
			int required = 0;
			int requiredAnswered = 0;
			boolean groupsMet = true;
			for (Item item : section.flatten()) {
				if (!enablement.enabled(item.linkId())) {
					continue;
				}
				if (item.asksQuestion()) {
					boolean has = answers.answered(item.linkId());
					questions++;
					answered += has ? 1 : 0;
					required += item.required() ? 1 : 0;
					requiredAnswered += item.required() && has ? 1 : 0;
				}
				else if (item.type() == ItemType.GROUP && item.required()
						&& answeredInside(item, answers, enablement) == 0) {
					groupsMet = false;
				}
			}
			sections.add(new SectionProgress(section.linkId(), section.text(), asked, questions, answered, required,
					requiredAnswered, !asked || (requiredAnswered == required && groupsMet)));
		}
		return sections;
	}

	/**
	 * The score and rating of each domain, in the order of the instrument. Only questions
	 * that are asked count; a domain none of whose scored questions is answered yet has
	 * no score and no rating.
	 */
	public List<DomainScore> scores(Answers answers) {
		Enablement enablement = new Enablement(answers);
		List<DomainScore> scores = new ArrayList<>();
		for (Item domain : this.instrument.domains()) {
			DomainScoring scoring = domain.scoring();
			List<Item> scored = scoredItems(domain);
			BigDecimal max = scored.stream().map(Item::maxWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal score = null;
			if (enablement.enabled(domain.linkId())) {
				for (Item item : scored) {
					if (!enablement.enabled(item.linkId())) {
						continue;
					}
					for (AnswerValue answer : answers.get(item.linkId())) {
						if (answer instanceof CodingValue coding && item.option(coding).isPresent()) {
							BigDecimal weight = item.option(coding).get().weight();
							score = (score == null ? BigDecimal.ZERO : score)
								.add(weight == null ? BigDecimal.ZERO : weight);
						}
					}
				}
			}
			scores.add(new DomainScore(scoring.domain(), domain.text(), score, max,
					score == null ? null : scoring.rate(score)));
		}
		return scores;
	}

	/** The questions whose chosen options a domain adds up. */
	static List<Item> scoredItems(Item domain) {
		DomainScoring scoring = domain.scoring();
		if (scoring.method() == DomainScoring.Method.RATING_ITEM) {
			return domain.flatten().stream().filter(i -> i.linkId().equals(scoring.ratingItem())).toList();
		}
		return domain.flatten().stream().filter(i -> i.type().hasOptions() && i.weighted()).toList();
	}

	// the FHIR record

	/**
	 * The answers as a FHIR R4 QuestionnaireResponse of this instrument version: status
	 * completed or in-progress, the questionnaire as {@code url|version}, the items in
	 * the instrument's order with their groups, only questions that are asked and
	 * answered. The caller adds subject, author and identifiers.
	 */
	public QuestionnaireResponse response(Answers answers, boolean completed, Instant authored) {
		Enablement enablement = new Enablement(answers);
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setQuestionnaire(this.instrument.canonical());
		response.setStatus(completed ? QuestionnaireResponseStatus.COMPLETED : QuestionnaireResponseStatus.INPROGRESS);
		response.setAuthored(Date.from(authored));
		for (Item item : this.instrument.items()) {
			QuestionnaireResponseItemComponent written = write(item, answers, enablement);
			if (written != null) {
				response.addItem(written);
			}
		}
		return response;
	}

	private QuestionnaireResponseItemComponent write(Item item, Answers answers, Enablement enablement) {
		if (!enablement.enabled(item.linkId())) {
			return null;
		}
		QuestionnaireResponseItemComponent written = new QuestionnaireResponseItemComponent();
		written.setLinkId(item.linkId());
		written.setText(item.text());
		if (item.type() == ItemType.GROUP) {
			for (Item child : item.items()) {
				QuestionnaireResponseItemComponent inner = write(child, answers, enablement);
				if (inner != null) {
					written.addItem(inner);
				}
			}
			return written.hasItem() ? written : null;
		}
		if (!item.asksQuestion() || !answers.answered(item.linkId())) {
			return null;
		}
		for (AnswerValue answer : answers.get(item.linkId())) {
			written.addAnswer(new QuestionnaireResponseItemAnswerComponent().setValue(fhir(answer)));
		}
		return written;
	}

	private static Type fhir(AnswerValue answer) {
		if (answer instanceof BooleanValue b) {
			return new BooleanType(b.value());
		}
		if (answer instanceof IntegerValue i) {
			return new IntegerType(i.value());
		}
		if (answer instanceof DecimalValue d) {
			return new DecimalType(d.value());
		}
		if (answer instanceof StringValue s) {
			return new StringType(s.value());
		}
		if (answer instanceof DateValue d) {
			return new DateType(d.value().toString());
		}
		CodingValue c = (CodingValue) answer;
		return new Coding(c.system(), c.code(), c.display());
	}

	/**
	 * The answers a QuestionnaireResponse of this instrument holds, for an assessment
	 * read back from its stored record.
	 * @throws IllegalArgumentException for an answer type Casework does not write
	 */
	public Answers answers(QuestionnaireResponse response) {
		Map<String, List<AnswerValue>> answers = new LinkedHashMap<>();
		response.getItem().forEach(item -> collect(item, answers));
		return Answers.of(answers);
	}

	private static void collect(QuestionnaireResponseItemComponent item, Map<String, List<AnswerValue>> answers) {
		for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
			answers.computeIfAbsent(item.getLinkId(), k -> new ArrayList<>()).add(value(answer.getValue()));
			answer.getItem().forEach(inner -> collect(inner, answers));
		}
		item.getItem().forEach(inner -> collect(inner, answers));
	}

	private static AnswerValue value(Type value) {
		if (value instanceof BooleanType b) {
			return new BooleanValue(b.booleanValue());
		}
		if (value instanceof IntegerType i) {
			return new IntegerValue(i.getValue());
		}
		if (value instanceof DecimalType d) {
			return new DecimalValue(d.getValue());
		}
		if (value instanceof DateType d) {
			return new DateValue(LocalDate.parse(d.getValueAsString()));
		}
		if (value instanceof StringType s) {
			return new StringValue(s.getValue());
		}
		if (value instanceof Coding c) {
			return new CodingValue(c.getSystem(), c.getCode(), c.getDisplay());
		}
		throw new IllegalArgumentException(
				"A " + (value == null ? "missing" : value.fhirType()) + " answer is not one Casework records");
	}

}
