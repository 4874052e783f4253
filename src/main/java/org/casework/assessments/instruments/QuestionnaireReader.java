package org.casework.assessments.instruments;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import org.casework.assessments.DomainRating;
import org.casework.assessments.instruments.AnswerValue.BooleanValue;
import org.casework.assessments.instruments.AnswerValue.CodingValue;
import org.casework.assessments.instruments.AnswerValue.DateValue;
import org.casework.assessments.instruments.AnswerValue.DecimalValue;
import org.casework.assessments.instruments.AnswerValue.IntegerValue;
import org.casework.assessments.instruments.AnswerValue.StringValue;
import org.casework.assessments.instruments.EnableWhen.Operator;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads a FHIR R4 Questionnaire (JSON) into an {@link Instrument}, refusing what Casework
 * does not support with every problem at once, each naming the item as
 * {@code item[linkId=…]} (an item without a linkId by its position,
 * {@code item[2].item[0]}; the document as a whole as {@code questionnaire}, its elements
 * by name: {@code id}, {@code title}, {@code url}).
 *
 * <p>
 * The supported subset (README, "Instruments"): item types group, display, boolean,
 * choice, open-choice, integer, decimal, string, text and date; {@code required},
 * {@code repeats} (not on groups), {@code maxLength} on text; {@code enableWhen} with
 * every R4 operator and {@code enableBehavior}; answer options as {@code valueCoding}
 * with an optional weight in the standard {@value #ORDINAL_VALUE} extension
 * (valueDecimal, on the option or its coding); Casework's scoring extension
 * ({@value DomainScoring#URL}) on groups. Refused: other item types,
 * {@code answerValueSet} (list the options instead), {@code initial} and
 * {@code initialSelected}, {@code readOnly}, repeating groups, items nested under a
 * question, modifier extensions, and any element FHIR R4 does not define.
 *
 * <p>
 * Thread-safe: the {@link FhirContext} is shared; a parser is made per document.
 */
public final class QuestionnaireReader {

	/** The standard FHIR R4 extension that gives an answer option its weight. */
	public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

	/**
	 * The base of the canonical URL an instrument gets when its Questionnaire has none.
	 */
	public static final String DEFAULT_URL_BASE = "https://casework.example/fhir/Questionnaire/";

	/** A FHIR resource id, which is the instrument's code. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	private static final String DOCUMENT = "questionnaire";

	/** Elements whose bad values the item checks name with the item's linkId. */
	private static final Set<String> CHECKED_PER_ITEM = Set.of("type", "operator", "enableBehavior");

	private final FhirContext fhir;

	public QuestionnaireReader(FhirContext fhir) {
		this.fhir = fhir;
	}

	/** What an upload reads to: the FHIR resource and the instrument it describes. */
	public record Read(Questionnaire questionnaire, Instrument instrument) {
	}

	/**
	 * Parses and checks an uploaded Questionnaire.
	 * @throws InvalidInputException with every problem found
	 */
	public Read read(String json) {
		List<FieldProblem> problems = new ArrayList<>();
		Questionnaire questionnaire = parse(json, problems);
		if (questionnaire == null) {
			throw new InvalidInputException(problems);
		}
		Instrument instrument = new Check(problems).instrument(questionnaire);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Read(questionnaire, instrument);
	}

	/**
	 * Reads a stored version, which was checked when it was stored.
	 * @throws IllegalStateException if it no longer reads (a stored document is never
	 * changed, so this is a defect)
	 */
	public Instrument stored(String json, int version) {
		try {
			return read(json).instrument().withVersion(version);
		}
		catch (InvalidInputException ex) {
			throw new IllegalStateException("A stored instrument version does not read: " + ex.problems(), ex);
		}
	}

	/** The Questionnaire as Casework stores and serves it: pretty-printed JSON. */
	public String write(Questionnaire questionnaire) {
		return this.fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(questionnaire);
	}

	/**
	 * Makes an uploaded Questionnaire the catalog's version: Casework numbers versions
	 * itself (1, 2, 3 per code), gives a Questionnaire without a URL the default one, and
	 * marks it active.
	 */
	public String asVersion(Questionnaire questionnaire, String url, int version) {
		Questionnaire copy = questionnaire.copy();
		copy.setUrl(url);
		copy.setVersion(Integer.toString(version));
		copy.setStatus(PublicationStatus.ACTIVE);
		return write(copy);
	}

	/** The canonical URL of a Questionnaire, or the default one for its code. */
	public static String urlOf(Questionnaire questionnaire) {
		return questionnaire.hasUrl() ? questionnaire.getUrl() : DEFAULT_URL_BASE + questionnaire.getIdPart();
	}

	private Questionnaire parse(String json, List<FieldProblem> problems) {
		if (json == null || json.isBlank()) {
			problems.add(new FieldProblem(DOCUMENT, "is empty: paste or upload a FHIR R4 Questionnaire (JSON)"));
			return null;
		}
		IParser parser = this.fhir.newJsonParser();
		parser.setParserErrorHandler(new Collector(problems));
		try {
			var resource = parser.parseResource(json);
			if (!(resource instanceof Questionnaire questionnaire)) {
				problems.add(new FieldProblem(DOCUMENT, "is a " + resource.fhirType() + ", not a Questionnaire"));
				return null;
			}
			return questionnaire;
		}
		catch (DataFormatException ex) {
			problems.add(new FieldProblem(DOCUMENT, "is not a FHIR R4 resource in JSON: " + plain(ex.getMessage())));
			return null;
		}
	}

	/** "a choice", "an integer". */
	static String a(ItemType type) {
		return ("aeiou".indexOf(type.fhirCode().charAt(0)) >= 0 ? "an " : "a ") + type.fhirCode();
	}

	/** HAPI's message without its message code ("HAPI-1861: "). */
	private static String plain(String message) {
		String text = message == null ? "" : message.replaceAll("HAPI-\\d+: ", "");
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}

	/** Collects what the parser finds instead of logging it. */
	private static final class Collector extends ErrorHandlerAdapter {

		private final List<FieldProblem> problems;

		Collector(List<FieldProblem> problems) {
			this.problems = problems;
		}

		private static String at(IParseLocation location) {
			return location == null || location.getParentElementName() == null ? ""
					: " (in " + location.getParentElementName() + ")";
		}

		@Override
		public void unknownElement(IParseLocation location, String name) {
			this.problems.add(new FieldProblem(DOCUMENT,
					"has an element '" + name + "' that a FHIR R4 Questionnaire does not have" + at(location)));
		}

		@Override
		public void unknownAttribute(IParseLocation location, String name) {
			unknownElement(location, name);
		}

		@Override
		public void invalidValue(IParseLocation location, String value, String error) {
			String element = location == null ? null : location.getParentElementName();
			if (element != null && CHECKED_PER_ITEM.contains(element)) {
				return;
			}
			this.problems.add(new FieldProblem(DOCUMENT, "'" + value + "' is not a valid value"
					+ (element != null ? " for " + element : "") + ": " + plain(error)));
		}

		@Override
		public void incorrectJsonType(IParseLocation location, String name, BaseJsonLikeValue.ValueType expected,
				BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
				BaseJsonLikeValue.ScalarType foundScalar) {
			this.problems.add(new FieldProblem(DOCUMENT,
					"element '" + name + "' should be "
							+ (expectedScalar != null ? expectedScalar : expected).toString().toLowerCase() + ", not "
							+ (foundScalar != null ? foundScalar : found).toString().toLowerCase() + at(location)));
		}

		@Override
		public void unexpectedRepeatingElement(IParseLocation location, String name) {
			this.problems.add(new FieldProblem(DOCUMENT, "element '" + name + "' must not be a list" + at(location)));
		}

		@Override
		public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
			this.problems
				.add(new FieldProblem(DOCUMENT, "an extension has both a value and nested extensions" + at(location)));
		}

	}

	/** The checks of one document, collecting every problem. */
	private static final class Check {

		private final List<FieldProblem> problems;

		/** Every item with a linkId, in document order, and its parent. */
		private final Map<String, QuestionnaireItemComponent> byLinkId = new LinkedHashMap<>();

		private final Map<String, String> parentOf = new HashMap<>();

		private final Set<String> duplicates = new HashSet<>();

		/** The type each supported item has, for the enableWhen checks. */
		private final Map<String, ItemType> types = new HashMap<>();

		Check(List<FieldProblem> problems) {
			this.problems = problems;
		}

		private void problem(String field, String message) {
			this.problems.add(new FieldProblem(field, message));
		}

		Instrument instrument(Questionnaire q) {
			String code = q.getIdPart();
			if (code == null || code.isBlank()) {
				problem("id", "is required: it is the instrument's code (letters, digits, '-' and '.')");
			}
			else if (!CODE.matcher(code).matches()) {
				problem("id", "'" + code + "' is not a FHIR id: up to 64 letters, digits, '-' and '.'");
			}
			if (!q.hasTitle() || q.getTitle().isBlank()) {
				problem("title", "is required: it is the instrument's name on screens");
			}
			if (q.hasUrl() && !absolute(q.getUrl())) {
				problem("url", "'" + q.getUrl() + "' is not an absolute URL");
			}
			if (q.hasModifierExtension()) {
				problem(DOCUMENT, "modifierExtension is not supported");
			}
			if (!q.hasItem()) {
				problem("item", "the Questionnaire has no items");
			}
			index(q.getItem(), null, "");
			List<Item> items = new ArrayList<>();
			for (int i = 0; i < q.getItem().size(); i++) {
				items.add(item(q.getItem().get(i), "item[" + i + "]", false));
			}
			Instrument instrument = new Instrument(code == null ? "" : code, 0, urlOf(q), q.getTitle(),
					q.hasDescription() ? q.getDescription() : null, codes(q.getCode()), items);
			checkConditions(q.getItem());
			checkDomains(instrument);
			return instrument;
		}

		private static boolean absolute(String url) {
			try {
				return new URI(url).isAbsolute();
			}
			catch (URISyntaxException ex) {
				return false;
			}
		}

		private void index(List<QuestionnaireItemComponent> items, String parent, String path) {
			for (int i = 0; i < items.size(); i++) {
				QuestionnaireItemComponent item = items.get(i);
				String where = path + "item[" + i + "]";
				if (!item.hasLinkId() || item.getLinkId().isBlank()) {
					problem(where, "has no linkId");
				}
				else if (this.byLinkId.containsKey(item.getLinkId())) {
					if (this.duplicates.add(item.getLinkId())) {
						problem(Item.field(item.getLinkId()), "linkId is used by more than one item");
					}
				}
				else {
					this.byLinkId.put(item.getLinkId(), item);
					if (parent != null) {
						this.parentOf.put(item.getLinkId(), parent);
					}
				}
				index(item.getItem(), item.hasLinkId() ? item.getLinkId() : parent, where + ".");
			}
		}

		private Item item(QuestionnaireItemComponent source, String path, boolean insideQuestion) {
			String linkId = source.hasLinkId() && !source.getLinkId().isBlank() ? source.getLinkId() : null;
			String field = linkId != null ? Item.field(linkId) : path;
			ItemType type = type(source, field);
			if (linkId != null && type != null) {
				this.types.put(linkId, type);
			}
			if (!source.hasText() || source.getText().isBlank()) {
				problem(field, "has no text");
			}
			if (insideQuestion) {
				problem(field, "items nested under a question are not supported: put them in a group");
			}
			if (source.hasModifierExtension()) {
				problem(field, "modifierExtension is not supported");
			}
			if (source.hasInitial()) {
				problem(field, "initial values are not supported");
			}
			if (source.hasReadOnly() && source.getReadOnly()) {
				problem(field, "readOnly (calculated) items are not supported");
			}
			if (source.hasAnswerValueSet()) {
				problem(field, source.hasAnswerOption() ? "has both answerOption and answerValueSet"
						: "answerValueSet is not supported: list the answers as answerOption");
			}
			if (type == ItemType.GROUP) {
				if (!source.hasItem()) {
					problem(field, "is a group without items");
				}
				if (source.getRepeats()) {
					problem(field, "repeating groups are not supported");
				}
			}
			if (type == ItemType.DISPLAY) {
				if (source.hasItem()) {
					problem(field, "a display item cannot contain items");
				}
				if (source.getRequired() || source.getRepeats()) {
					problem(field, "a display item cannot be required or repeat");
				}
			}
			if (source.hasMaxLength() && type != ItemType.STRING && type != ItemType.TEXT) {
				problem(field, "maxLength is only supported on string and text items");
			}
			List<AnswerOption> options = options(source, field, type);
			if (type != null && type.hasOptions() && options.isEmpty() && !source.hasAnswerValueSet()
					&& !source.hasAnswerOption()) {
				problem(field, a(type) + " item needs answerOption");
			}
			if (source.getEnableWhen().size() > 1 && !source.hasEnableBehavior()) {
				problem(field, "enableBehavior (all or any) is required when an item has more than one enableWhen");
			}
			EnableBehavior behavior = behavior(source, field);
			DomainScoring scoring = scoring(source, field, type);
			List<Item> children = new ArrayList<>();
			boolean question = type != null && type.takesAnswers();
			for (int i = 0; i < source.getItem().size(); i++) {
				children.add(item(source.getItem().get(i), path + ".item[" + i + "]", question));
			}
			return new Item(linkId == null ? path : linkId, source.getText(),
					source.hasPrefix() ? source.getPrefix() : null, type == null ? ItemType.DISPLAY : type,
					source.getRequired(), source.getRepeats(), source.hasMaxLength() ? source.getMaxLength() : null,
					codes(source.getCode()), conditions(source), behavior, options, scoring, children);
		}

		private ItemType type(QuestionnaireItemComponent source, String field) {
			String raw = source.getTypeElement().getValueAsString();
			if (raw == null || raw.isBlank()) {
				problem(field, "has no type");
				return null;
			}
			var type = ItemType.fromFhirCode(raw);
			if (type.isEmpty()) {
				boolean fhir = source.getType() != null;
				problem(field, "type '" + raw + "' " + (fhir ? "is not supported" : "is not a FHIR R4 item type")
						+ "; supported types: " + ItemType.supported());
				return null;
			}
			return type.get();
		}

		private EnableBehavior behavior(QuestionnaireItemComponent source, String field) {
			String raw = source.getEnableBehaviorElement().getValueAsString();
			if (raw == null) {
				return EnableBehavior.ALL;
			}
			return switch (raw) {
				case "all" -> EnableBehavior.ALL;
				case "any" -> EnableBehavior.ANY;
				default -> {
					problem(field, "enableBehavior '" + raw + "' must be all or any");
					yield EnableBehavior.ALL;
				}
			};
		}

		private List<AnswerOption> options(QuestionnaireItemComponent source, String field, ItemType type) {
			List<AnswerOption> options = new ArrayList<>();
			if (!source.hasAnswerOption()) {
				return options;
			}
			if (type != null && !type.hasOptions()) {
				problem(field, "answerOption is only supported on choice and open-choice items");
				return options;
			}
			Set<String> codes = new HashSet<>();
			List<QuestionnaireItemAnswerOptionComponent> given = source.getAnswerOption();
			for (int i = 0; i < given.size(); i++) {
				QuestionnaireItemAnswerOptionComponent option = given.get(i);
				String where = "answerOption[" + i + "]";
				if (option.hasModifierExtension()) {
					problem(field, where + ": modifierExtension is not supported");
				}
				if (option.hasInitialSelected()) {
					problem(field, where + ": initialSelected is not supported");
				}
				if (!(option.getValue() instanceof Coding coding)) {
					problem(field, where + " must be a valueCoding" + (option.hasValue()
							? " (value" + capitalized(option.getValue().fhirType()) + " options are not supported)"
							: ""));
					continue;
				}
				if (!coding.hasCode() || coding.getCode().isBlank()) {
					problem(field, where + " has no code");
					continue;
				}
				if (!coding.hasDisplay() || coding.getDisplay().isBlank()) {
					problem(field, where + " (" + coding.getCode() + ") has no display text");
				}
				if (!codes.add(coding.getCode())) {
					problem(field, where + ": code " + coding.getCode() + " is listed twice");
				}
				options.add(new AnswerOption(coding.hasSystem() ? coding.getSystem() : null, coding.getCode(),
						coding.getDisplay(), weight(option, coding, field, where)));
			}
			return options;
		}

		private BigDecimal weight(QuestionnaireItemAnswerOptionComponent option, Coding coding, String field,
				String where) {
			Extension weight = option.getExtensionByUrl(ORDINAL_VALUE);
			if (weight == null) {
				weight = coding.getExtensionByUrl(ORDINAL_VALUE);
			}
			if (weight == null) {
				return null;
			}
			if (weight.getValue() instanceof DecimalType decimal && decimal.getValue() != null) {
				return decimal.getValue();
			}
			if (weight.getValue() instanceof IntegerType integer && integer.getValue() != null) {
				return BigDecimal.valueOf(integer.getValue());
			}
			problem(field, where + ": the ordinalValue extension needs a valueDecimal");
			return null;
		}

		private static String capitalized(String type) {
			return type.isEmpty() ? type : Character.toUpperCase(type.charAt(0)) + type.substring(1);
		}

		private static List<ItemCode> codes(List<Coding> codings) {
			return codings.stream()
				.filter(Coding::hasCode)
				.map(c -> new ItemCode(c.hasSystem() ? c.getSystem() : null, c.getCode(),
						c.hasDisplay() ? c.getDisplay() : null))
				.toList();
		}

		// enableWhen

		/**
		 * The conditions as far as they read; {@link #checkConditions} names what is
		 * wrong.
		 */
		private List<EnableWhen> conditions(QuestionnaireItemComponent source) {
			List<EnableWhen> conditions = new ArrayList<>();
			for (QuestionnaireItemEnableWhenComponent when : source.getEnableWhen()) {
				var operator = Operator.fromFhirCode(when.getOperatorElement().getValueAsString());
				AnswerValue answer = answer(when.getAnswer());
				if (when.hasQuestion() && operator.isPresent() && answer != null) {
					conditions.add(new EnableWhen(when.getQuestion(), operator.get(), answer));
				}
			}
			return conditions;
		}

		private static AnswerValue answer(Type answer) {
			if (answer instanceof org.hl7.fhir.r4.model.BooleanType b && b.getValue() != null) {
				return new BooleanValue(b.booleanValue());
			}
			if (answer instanceof IntegerType i && i.getValue() != null) {
				return new IntegerValue(i.getValue());
			}
			if (answer instanceof DecimalType d && d.getValue() != null) {
				return new DecimalValue(d.getValue());
			}
			if (answer instanceof org.hl7.fhir.r4.model.DateType d && d.getValue() != null) {
				return new DateValue(java.time.LocalDate.parse(d.getValueAsString()));
			}
			if (answer instanceof StringType s && !(answer instanceof CodeType) && s.getValue() != null) {
				return new StringValue(s.getValue());
			}
			if (answer instanceof Coding c && c.hasCode()) {
				return new CodingValue(c.hasSystem() ? c.getSystem() : null, c.getCode(),
						c.hasDisplay() ? c.getDisplay() : null);
			}
			return null;
		}

		private void checkConditions(List<QuestionnaireItemComponent> items) {
			Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
			for (var entry : this.byLinkId.entrySet()) {
				String linkId = entry.getKey();
				List<QuestionnaireItemEnableWhenComponent> whens = entry.getValue().getEnableWhen();
				for (int i = 0; i < whens.size(); i++) {
					String question = condition(linkId, whens.get(i), "enableWhen[" + i + "]");
					if (question != null) {
						dependsOn.computeIfAbsent(linkId, k -> new LinkedHashSet<>()).add(question);
					}
				}
			}
			loops(dependsOn);
		}

		/**
		 * Checks one condition; answers the question it depends on when that is sound.
		 */
		private String condition(String linkId, QuestionnaireItemEnableWhenComponent when, String where) {
			String field = Item.field(linkId);
			String rawOperator = when.getOperatorElement().getValueAsString();
			var operator = Operator.fromFhirCode(rawOperator);
			if (!when.hasQuestion() || when.getQuestion().isBlank()) {
				problem(field, where + " has no question");
				return null;
			}
			String question = when.getQuestion();
			if (rawOperator == null) {
				problem(field, where + " has no operator");
			}
			else if (operator.isEmpty()) {
				problem(field, where + ": operator '" + rawOperator + "' is not one of exists, =, !=, >, <, >=, <=");
			}
			if (!this.byLinkId.containsKey(question)) {
				problem(field, where + ": question '" + question + "' is not an item of this instrument");
				return null;
			}
			if (question.equals(linkId)) {
				problem(field, where + ": an item cannot depend on its own answer");
				return null;
			}
			if (inside(question, linkId)) {
				problem(field, where + ": '" + question
						+ "' is inside this item, so it can only be answered once this item is shown");
				return null;
			}
			ItemType type = this.types.get(question);
			if (type == null) {
				return null;
			}
			if (!type.takesAnswers()) {
				problem(field, where + ": '" + question + "' is " + a(type) + " item, which has no answer");
				return null;
			}
			if (!when.hasAnswer()) {
				problem(field, where + " has no answer to compare with");
				return question;
			}
			AnswerValue answer = answer(when.getAnswer());
			String answerType = "answer" + capitalized(when.getAnswer().fhirType());
			if (answer == null) {
				problem(field, where + ": " + answerType + " is not supported");
				return question;
			}
			if (operator.isEmpty()) {
				return question;
			}
			if (operator.get() == Operator.EXISTS) {
				if (!(answer instanceof BooleanValue)) {
					problem(field, where + ": operator exists needs answerBoolean");
				}
				return question;
			}
			if (!fits(type, answer)) {
				problem(field, where + ": " + answerType + " does not fit '" + question + "', " + a(type) + " item");
				return question;
			}
			if (operator.get().orders() && !(answer instanceof IntegerValue || answer instanceof DecimalValue
					|| answer instanceof DateValue)) {
				problem(field, where + ": operator '" + rawOperator + "' cannot compare " + type.fhirCode()
						+ " answers; use = or !=");
			}
			if (answer instanceof CodingValue coding && !offers(this.byLinkId.get(question), coding)) {
				problem(field, where + ": code " + coding.code() + " is not among the options of '" + question + "'");
			}
			return question;
		}

		private static boolean fits(ItemType type, AnswerValue answer) {
			return switch (type) {
				case BOOLEAN -> answer instanceof BooleanValue;
				case INTEGER, DECIMAL -> answer instanceof IntegerValue || answer instanceof DecimalValue;
				case DATE -> answer instanceof DateValue;
				case STRING, TEXT -> answer instanceof StringValue;
				case CHOICE -> answer instanceof CodingValue;
				case OPEN_CHOICE -> answer instanceof CodingValue || answer instanceof StringValue;
				case GROUP, DISPLAY -> false;
			};
		}

		private static boolean offers(QuestionnaireItemComponent question, CodingValue coding) {
			return question.getAnswerOption()
				.stream()
				.filter(o -> o.getValue() instanceof Coding)
				.map(o -> (Coding) o.getValue())
				.anyMatch(c -> coding.sameCode(new CodingValue(c.hasSystem() ? c.getSystem() : null,
						c.getCode() == null ? "" : c.getCode(), null)));
		}

		/** Whether an item lies inside a group (at any depth). */
		private boolean inside(String linkId, String group) {
			for (String parent = this.parentOf.get(linkId); parent != null; parent = this.parentOf.get(parent)) {
				if (parent.equals(group)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Refuses conditions that wait on each other: an item is asked only when its
		 * group is, so it depends on its group's conditions too.
		 */
		private void loops(Map<String, Set<String>> conditions) {
			Map<String, Set<String>> dependsOn = new LinkedHashMap<>();
			for (String linkId : this.byLinkId.keySet()) {
				Set<String> on = new LinkedHashSet<>(conditions.getOrDefault(linkId, Set.of()));
				if (this.parentOf.containsKey(linkId)) {
					on.add(this.parentOf.get(linkId));
				}
				dependsOn.put(linkId, on);
			}
			Set<String> done = new HashSet<>();
			Set<String> reported = new HashSet<>();
			for (String linkId : dependsOn.keySet()) {
				List<String> loop = loopFrom(linkId, dependsOn, new ArrayList<>(), done);
				if (loop != null && reported.add(new TreeSet<>(loop).toString())) {
					problem(Item.field(loop.get(0)),
							"enableWhen conditions wait on each other: " + String.join(" → ", loop));
				}
			}
		}

		private static List<String> loopFrom(String linkId, Map<String, Set<String>> dependsOn, List<String> path,
				Set<String> done) {
			int at = path.indexOf(linkId);
			if (at >= 0) {
				List<String> loop = new ArrayList<>(path.subList(at, path.size()));
				loop.add(linkId);
				return loop;
			}
			if (done.contains(linkId)) {
				return null;
			}
			path.add(linkId);
			for (String next : dependsOn.getOrDefault(linkId, Set.of())) {
				List<String> loop = loopFrom(next, dependsOn, path, done);
				if (loop != null) {
					return loop;
				}
			}
			path.remove(path.size() - 1);
			done.add(linkId);
			return null;
		}

		// scoring

		private DomainScoring scoring(QuestionnaireItemComponent source, String field, ItemType type) {
			List<Extension> found = source.getExtensionsByUrl(DomainScoring.URL);
			if (found.isEmpty()) {
				return null;
			}
			if (type != ItemType.GROUP) {
				problem(field, "the scoring extension belongs on a group");
				return null;
			}
			if (found.size() > 1) {
				problem(field, "scoring: a group has one scoring extension");
			}
			Extension scoring = found.get(0);
			String domain = null;
			DomainScoring.Method method = null;
			String ratingItem = null;
			List<ScoreBand> bands = new ArrayList<>();
			Set<BigDecimal> mins = new HashSet<>();
			int band = 0;
			for (Extension part : scoring.getExtension()) {
				switch (part.getUrl() == null ? "" : part.getUrl()) {
					case "domain" -> domain = code(part);
					case "method" -> {
						String code = code(part);
						method = "sum".equals(code) ? DomainScoring.Method.SUM
								: "rating-item".equals(code) ? DomainScoring.Method.RATING_ITEM : null;
						if (method == null) {
							problem(field, "scoring: method '" + code + "' must be sum or rating-item");
						}
					}
					case "item" -> ratingItem = code(part);
					case "band" -> {
						ScoreBand read = band(part, field, band++);
						if (read != null && !mins.add(read.min().stripTrailingZeros())) {
							problem(field, "scoring: two bands start at " + read.min().toPlainString());
						}
						else if (read != null) {
							bands.add(read);
						}
					}
					default -> problem(field, "scoring: unknown part '" + part.getUrl()
							+ "' (the parts are domain, method, item and band)");
				}
			}
			if (domain == null || domain.isBlank()) {
				problem(field, "scoring: domain (valueCode) is missing");
			}
			if (method == null && scoring.getExtension().stream().noneMatch(p -> "method".equals(p.getUrl()))) {
				problem(field, "scoring: method (valueCode sum or rating-item) is missing");
			}
			if (method == DomainScoring.Method.RATING_ITEM && (ratingItem == null || ratingItem.isBlank())) {
				problem(field, "scoring: rating-item needs item (valueString: the linkId of the rating question)");
			}
			if (bands.isEmpty()) {
				problem(field, "scoring: at least one band is needed");
			}
			if (domain == null || method == null) {
				return null;
			}
			return new DomainScoring(domain, method, ratingItem, bands);
		}

		private static String code(Extension part) {
			if (part.getValue() instanceof CodeType c) {
				return c.getValue();
			}
			return part.getValue() instanceof StringType s ? s.getValue() : null;
		}

		private ScoreBand band(Extension band, String field, int index) {
			Extension min = band.getExtensionByUrl("min");
			Extension rating = band.getExtensionByUrl("rating");
			BigDecimal from = min == null ? null : decimal(min.getValue());
			String code = rating == null ? null : code(rating);
			if (from == null || code == null) {
				problem(field, "scoring: band[" + index + "] needs min (valueDecimal) and rating (valueCode)");
				return null;
			}
			var known = DomainRating.fromCode(code);
			if (known.isEmpty()) {
				problem(field, "scoring: band[" + index + "] rating '" + code
						+ "' is not one of in-crisis, vulnerable, stable, safe, thriving");
				return null;
			}
			return new ScoreBand(from, known.get());
		}

		private static BigDecimal decimal(Type value) {
			if (value instanceof DecimalType) {
				return ((DecimalType) value).getValue();
			}
			if (value instanceof IntegerType && ((IntegerType) value).getValue() != null) {
				return BigDecimal.valueOf(((IntegerType) value).getValue());
			}
			return null;
		}

		private void checkDomains(Instrument instrument) {
			Map<String, String> domains = new HashMap<>();
			for (Item group : instrument.domains()) {
				DomainScoring scoring = group.scoring();
				String field = group.field();
				String other = domains.putIfAbsent(scoring.domain(), group.linkId());
				if (other != null) {
					problem(field, "scoring: domain '" + scoring.domain() + "' is also scored by '" + other + "'");
				}
				if (group.flatten().stream().skip(1).anyMatch(i -> i.scoring() != null)) {
					problem(field, "scoring: a scored group cannot contain another scored group");
				}
				if (scoring.method() == DomainScoring.Method.RATING_ITEM && scoring.ratingItem() != null) {
					var rating = group.flatten()
						.stream()
						.filter(i -> i.linkId().equals(scoring.ratingItem()))
						.findFirst();
					if (rating.isEmpty()) {
						problem(field,
								"scoring: item '" + scoring.ratingItem() + "' is not a question inside this group");
					}
					else if (!rating.get().type().hasOptions() || !rating.get().weighted()) {
						problem(field, "scoring: item '" + scoring.ratingItem()
								+ "' must be a choice item whose options have ordinalValue weights");
					}
				}
				if (scoring.method() == DomainScoring.Method.SUM && InstrumentEvaluator.scoredItems(group).isEmpty()) {
					problem(field, "scoring: the group has no choice item with weighted options to add up");
				}
			}
		}

	}

}
