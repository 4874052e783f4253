package org.casework.assessments.instruments;

import java.math.BigDecimal;
import java.util.List;

import org.casework.assessments.DomainRating;
import org.casework.assessments.instruments.EnableWhen.Operator;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.casework.assessments.instruments.InstrumentFixtures.READER;
import static org.casework.assessments.instruments.InstrumentFixtures.ahc;
import static org.casework.assessments.instruments.InstrumentFixtures.holistic;
import static org.casework.assessments.instruments.InstrumentFixtures.questionnaire;
import static org.casework.assessments.instruments.InstrumentFixtures.read;

/**
 * Reading FHIR R4 Questionnaires into instruments: the shipped ones read whole, and an
 * upload that uses what Casework does not support is refused with every problem, each
 * naming the item's linkId.
 */
class QuestionnaireReaderTests {

	static final String YES_NO = """
			{"linkId":"smokes","text":"Do you smoke?","type":"boolean"}""";

	static List<FieldProblem> refusals(String json) {
		return catchThrowableOfType(InvalidInputException.class, () -> READER.read(json)).problems();
	}

	static List<FieldProblem> refusalsOfItems(String items) {
		return refusals(questionnaire(items));
	}

	// the shipped instruments

	@Test
	void theHolisticAssessmentHasTheSixLifeDomainsTheFiveStrengthsAndWhatMattersMost() {
		Instrument holistic = holistic();
		assertThat(holistic.code()).isEqualTo("casework-holistic");
		assertThat(holistic.canonical()).isEqualTo("https://casework.example/fhir/Questionnaire/casework-holistic|1");
		assertThat(holistic.sections()).extracting(Item::text)
			.containsExactly("Basic needs", "Health and wellness", "Social support", "Employment and education",
					"Legal issues", "Safety concerns", "Strengths", "What matters most to the client");
		assertThat(holistic.item("basic-needs").orElseThrow().items()).extracting(Item::text)
			.contains("Housing stability", "Food security", "Utilities", "Transportation", "Financial resources");
		assertThat(holistic.item("safety").orElseThrow().items()).extracting(Item::text)
			.contains("Domestic violence", "Elder abuse", "Child safety", "Neighborhood dangers", "Exploitation risk");
		assertThat(holistic.domains()).extracting(i -> i.scoring().domain())
			.containsExactly("basic-needs", "health-wellness", "social-support", "employment-education", "legal",
					"safety");
		Item rating = holistic.item("legal-rating").orElseThrow();
		assertThat(rating.required()).isTrue();
		assertThat(rating.options()).extracting(AnswerOption::display, AnswerOption::weight)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("In crisis", new BigDecimal("1")),
					org.assertj.core.groups.Tuple.tuple("Vulnerable", new BigDecimal("2")),
					org.assertj.core.groups.Tuple.tuple("Stable", new BigDecimal("3")),
					org.assertj.core.groups.Tuple.tuple("Safe", new BigDecimal("4")),
					org.assertj.core.groups.Tuple.tuple("Thriving", new BigDecimal("5")));
		assertThat(holistic.item("strengths").orElseThrow().items()).extracting(Item::text)
			.contains("Personal strengths", "Support systems", "Environmental resources", "Past successes",
					"Cultural assets");
		assertThat(holistic.item("what-matters-most").orElseThrow().required()).isTrue();
	}

	@Test
	void theAhcScreenerCarriesItsLoincCodesAndTheOfficialWeights() {
		Instrument ahc = ahc();
		assertThat(ahc.codes()).extracting(ItemCode::code).containsExactly("96777-8");
		assertThat(ahc.sections()).extracting(Item::text)
			.containsExactly("Living situation", "Food", "Transportation", "Utilities", "Safety");
		assertThat(ahc.allItems()).filteredOn(Item::asksQuestion)
			.extracting(i -> i.codes().get(0).code())
			.containsExactly("71802-3", "96778-6", "88122-7", "88123-5", "93030-5", "96779-4", "95618-5", "95617-7",
					"95616-9", "95615-1");
		Item food = ahc.item("88122-7").orElseThrow();
		assertThat(food.options()).extracting(AnswerOption::code).containsExactly("LA28397-0", "LA6729-3", "LA28398-8");
		assertThat(food.options()).allMatch(AnswerOption::loinc);
		assertThat(ahc.item("95615-1").orElseThrow().options()).extracting(AnswerOption::code, AnswerOption::weight)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LA6270-8", new BigDecimal("1")),
					org.assertj.core.groups.Tuple.tuple("LA10066-1", new BigDecimal("2")),
					org.assertj.core.groups.Tuple.tuple("LA10082-8", new BigDecimal("3")),
					org.assertj.core.groups.Tuple.tuple("LA16644-9", new BigDecimal("4")),
					org.assertj.core.groups.Tuple.tuple("LA6482-9", new BigDecimal("5")));
		DomainScoring safety = ahc.item("safety").orElseThrow().scoring();
		assertThat(safety.method()).isEqualTo(DomainScoring.Method.SUM);
		assertThat(safety.bands()).containsExactly(new ScoreBand(new BigDecimal("0"), DomainRating.STABLE),
				new ScoreBand(new BigDecimal("11"), DomainRating.VULNERABLE));
	}

	@Test
	void enableWhenConditionsAreReadWithTheirOperatorAndAnswer() {
		Item plan = holistic().item("safety-plan").orElseThrow();
		assertThat(plan.enableBehavior()).isEqualTo(EnableBehavior.ANY);
		assertThat(plan.enableWhen()).hasSize(4)
			.first()
			.isEqualTo(new EnableWhen("safety-domestic-violence", Operator.EQUALS,
					new AnswerValue.CodingValue(InstrumentFixtures.CONCERN, "serious-concern", null)));
		assertThat(holistic().item("safety-plan-next").orElseThrow().enableWhen())
			.containsExactly(new EnableWhen("safety-plan", Operator.EQUALS, AnswerValue.of(false)));
	}

	@Test
	void anUploadGetsTheDefaultCanonicalUrlAndCasework_sVersionNumber() {
		QuestionnaireReader.Read read = READER.read(questionnaire(YES_NO));
		assertThat(read.instrument().url()).isEqualTo("https://casework.example/fhir/Questionnaire/test");
		String stored = READER.asVersion(read.questionnaire(), read.instrument().url(), 3);
		assertThat(stored).contains("\"version\": \"3\"").contains("\"status\": \"active\"");
		assertThat(READER.stored(stored, 3).canonical())
			.isEqualTo("https://casework.example/fhir/Questionnaire/test|3");
	}

	// refusals of the document

	@Test
	void malformedJsonIsRefusedNamingTheDocument() {
		assertThat(refusals("{\"resourceType\":\"Questionnaire\",\"item\":[{]}")).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("questionnaire");
			assertThat(p.message()).startsWith("is not a FHIR R4 resource in JSON");
		});
		assertThat(refusals("  ")).extracting(FieldProblem::field).containsExactly("questionnaire");
	}

	@Test
	void anotherKindOfResourceIsRefused() {
		assertThat(refusals("{\"resourceType\":\"Patient\",\"id\":\"p1\"}"))
			.containsExactly(new FieldProblem("questionnaire", "is a Patient, not a Questionnaire"));
	}

	@Test
	void aQuestionnaireNeedsACodeATitleAndItems() {
		assertThat(refusals("{\"resourceType\":\"Questionnaire\",\"url\":\"not a url\"}"))
			.extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("id", "title", "url", "item");
		assertThat(refusals(
				"{\"resourceType\":\"Questionnaire\",\"id\":\"a b\",\"title\":\"T\",\"item\":[" + YES_NO + "]}"))
			.containsExactly(new FieldProblem("id", "'a b' is not a FHIR id: up to 64 letters, digits, '-' and '.'"));
	}

	@Test
	void elementsFhirR4DoesNotDefineAreRefused() {
		assertThat(refusals("{\"resourceType\":\"Questionnaire\",\"id\":\"t\",\"title\":\"T\",\"answerConstraint\":1,"
				+ "\"item\":[" + YES_NO + "]}"))
			.singleElement()
			.satisfies(p -> assertThat(p.message()).contains("'answerConstraint'"));
	}

	// refusals of items, each naming the linkId

	@Test
	void unsupportedItemTypesAreRefusedNamingTheLinkId() {
		List<FieldProblem> problems = refusalsOfItems("""
				{"linkId":"weight","text":"Weight","type":"quantity"},
				{"linkId":"id-card","text":"A photo of the ID card","type":"attachment"},
				{"linkId":"doctor","text":"Primary care doctor","type":"reference"},
				{"linkId":"visit","text":"Visit time","type":"dateTime"},
				{"linkId":"odd","text":"Odd","type":"slider"}""");
		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("item[linkId=weight]", "item[linkId=id-card]", "item[linkId=doctor]", "item[linkId=visit]",
					"item[linkId=odd]");
		assertThat(problems.get(0).message()).isEqualTo(
				"type 'quantity' is not supported; supported types: group, display, boolean, choice, open-choice, integer, decimal, string, text, date");
		assertThat(problems.get(4).message()).startsWith("type 'slider' is not a FHIR R4 item type");
	}

	@Test
	void everyProblemOfAnUploadIsNamedAtOnce() {
		List<FieldProblem> problems = refusalsOfItems("""
				{"linkId":"q1","text":"First","type":"boolean"},
				{"linkId":"q1","text":"Second","type":"boolean"},
				{"text":"No id","type":"string"},
				{"linkId":"g","text":"Empty group","type":"group"},
				{"linkId":"mood","type":"choice"}""");
		assertThat(problems).containsExactlyInAnyOrder(
				new FieldProblem("item[linkId=q1]", "linkId is used by more than one item"),
				new FieldProblem("item[2]", "has no linkId"),
				new FieldProblem("item[linkId=g]", "is a group without items"),
				new FieldProblem("item[linkId=mood]", "has no text"),
				new FieldProblem("item[linkId=mood]", "a choice item needs answerOption"));
	}

	@Test
	void answerValueSetsInitialValuesAndCalculatedItemsAreRefused() {
		List<FieldProblem> problems = refusalsOfItems(
				"""
						{"linkId":"lang","text":"Language","type":"choice","answerValueSet":"http://hl7.org/fhir/ValueSet/languages"},
						{"linkId":"kids","text":"Children","type":"integer","initial":[{"valueInteger":0}]},
						{"linkId":"total","text":"Total","type":"integer","readOnly":true},
						{"linkId":"pick","text":"Pick","type":"choice","answerOption":[
						  {"valueCoding":{"code":"a","display":"A"},"initialSelected":true}]}""");
		assertThat(problems).containsExactly(
				new FieldProblem("item[linkId=lang]",
						"answerValueSet is not supported: list the answers as answerOption"),
				new FieldProblem("item[linkId=kids]", "initial values are not supported"),
				new FieldProblem("item[linkId=total]", "readOnly (calculated) items are not supported"),
				new FieldProblem("item[linkId=pick]", "answerOption[0]: initialSelected is not supported"));
	}

	@Test
	void answerOptionsMustBeCodingsWithACodeADisplayAndADecimalWeight() {
		List<FieldProblem> problems = refusalsOfItems(
				"""
						{"linkId":"size","text":"Household size","type":"choice","answerOption":[
						  {"valueInteger":1},
						  {"valueCoding":{"display":"No code"}},
						  {"valueCoding":{"code":"big"}},
						  {"valueCoding":{"code":"x","display":"X"},
						   "extension":[{"url":"http://hl7.org/fhir/StructureDefinition/ordinalValue","valueString":"high"}]},
						  {"valueCoding":{"code":"x","display":"X again"}}]},
						{"linkId":"note","text":"Note","type":"string","answerOption":[{"valueCoding":{"code":"n","display":"N"}}]}""");
		assertThat(problems).containsExactly(
				new FieldProblem("item[linkId=size]",
						"answerOption[0] must be a valueCoding (valueInteger options are not supported)"),
				new FieldProblem("item[linkId=size]", "answerOption[1] has no code"),
				new FieldProblem("item[linkId=size]", "answerOption[2] (big) has no display text"),
				new FieldProblem("item[linkId=size]",
						"answerOption[3]: the ordinalValue extension needs a valueDecimal"),
				new FieldProblem("item[linkId=size]", "answerOption[4]: code x is listed twice"), new FieldProblem(
						"item[linkId=note]", "answerOption is only supported on choice and open-choice items"));
	}

	@Test
	void repeatingGroupsNestedQuestionsAndDisplayItemsWithAnswersAreRefused() {
		List<FieldProblem> problems = refusalsOfItems("""
				{"linkId":"kids","text":"Each child","type":"group","repeats":true,"item":[
				  {"linkId":"kid-name","text":"Name","type":"string"}]},
				{"linkId":"smokes","text":"Do you smoke?","type":"boolean","item":[
				  {"linkId":"packs","text":"Packs a day","type":"integer"}]},
				{"linkId":"hint","text":"Read this out","type":"display","required":true}""");
		assertThat(problems).containsExactly(
				new FieldProblem("item[linkId=kids]", "repeating groups are not supported"),
				new FieldProblem("item[linkId=packs]",
						"items nested under a question are not supported: put them in a group"),
				new FieldProblem("item[linkId=hint]", "a display item cannot be required or repeat"));
	}

	@Test
	void enableWhenMustPointToAQuestionThatCanBeAnsweredFirst() {
		List<FieldProblem> problems = refusalsOfItems(
				"""
						{"linkId":"a","text":"A","type":"boolean","enableWhen":[{"question":"nowhere","operator":"exists","answerBoolean":true}]},
						{"linkId":"b","text":"B","type":"boolean","enableWhen":[{"question":"b","operator":"=","answerBoolean":true}]},
						{"linkId":"g","text":"G","type":"group","enableWhen":[{"question":"inner","operator":"=","answerBoolean":true}],"item":[
						  {"linkId":"inner","text":"Inner","type":"boolean"}]},
						{"linkId":"h","text":"H","type":"display"},
						{"linkId":"c","text":"C","type":"boolean","enableWhen":[{"question":"h","operator":"exists","answerBoolean":true}]}""");
		assertThat(problems).containsExactly(
				new FieldProblem("item[linkId=a]",
						"enableWhen[0]: question 'nowhere' is not an item of this instrument"),
				new FieldProblem("item[linkId=b]", "enableWhen[0]: an item cannot depend on its own answer"),
				new FieldProblem("item[linkId=g]",
						"enableWhen[0]: 'inner' is inside this item, so it can only be answered once this item is shown"),
				new FieldProblem("item[linkId=c]", "enableWhen[0]: 'h' is a display item, which has no answer"));
	}

	@Test
	void conditionsThatWaitOnEachOtherAreRefused() {
		List<FieldProblem> problems = refusalsOfItems(
				"""
						{"linkId":"a","text":"A","type":"boolean","enableWhen":[{"question":"b","operator":"=","answerBoolean":true}]},
						{"linkId":"b","text":"B","type":"boolean","enableWhen":[{"question":"a","operator":"=","answerBoolean":true}]}""");
		assertThat(problems)
			.containsExactly(new FieldProblem("item[linkId=a]", "enableWhen conditions wait on each other: a → b → a"));
	}

	@Test
	void enableWhenAnswersMustFitTheQuestionAndItsOperator() {
		List<FieldProblem> problems = refusalsOfItems(
				"""
						{"linkId":"age","text":"Age","type":"integer"},
						{"linkId":"name","text":"Name","type":"string"},
						{"linkId":"mood","text":"Mood","type":"choice","answerOption":[{"valueCoding":{"code":"ok","display":"OK"}}]},
						{"linkId":"q1","text":"Q1","type":"boolean","enableWhen":[{"question":"age","operator":"=","answerString":"ten"}]},
						{"linkId":"q2","text":"Q2","type":"boolean","enableWhen":[{"question":"name","operator":">","answerString":"M"}]},
						{"linkId":"q3","text":"Q3","type":"boolean","enableWhen":[{"question":"mood","operator":"=","answerCoding":{"code":"sad"}}]},
						{"linkId":"q4","text":"Q4","type":"boolean","enableWhen":[{"question":"age","operator":"exists","answerInteger":1}]},
						{"linkId":"q5","text":"Q5","type":"boolean","enableWhen":[{"question":"age","operator":">","answerQuantity":{"value":1}}]},
						{"linkId":"q6","text":"Q6","type":"boolean","enableWhen":[{"question":"age","operator":">","answerInteger":17},
						  {"question":"mood","operator":"=","answerCoding":{"code":"ok"}}]}""");
		assertThat(problems).containsExactly(
				new FieldProblem("item[linkId=q6]",
						"enableBehavior (all or any) is required when an item has more than one enableWhen"),
				new FieldProblem("item[linkId=q1]", "enableWhen[0]: answerString does not fit 'age', an integer item"),
				new FieldProblem("item[linkId=q2]",
						"enableWhen[0]: operator '>' cannot compare string answers; use = or !="),
				new FieldProblem("item[linkId=q3]", "enableWhen[0]: code sad is not among the options of 'mood'"),
				new FieldProblem("item[linkId=q4]", "enableWhen[0]: operator exists needs answerBoolean"),
				new FieldProblem("item[linkId=q5]", "enableWhen[0]: answerQuantity is not supported"));
	}

	@Test
	void theScoringExtensionMustDescribeAWholeDomain() {
		String scoring = """
				{"url":"https://casework.example/fhir/StructureDefinition/scoring","extension":[
				  {"url":"domain","valueCode":"money"},{"url":"method","valueCode":"rating-item"},
				  {"url":"item","valueString":"elsewhere"},
				  {"url":"band","extension":[{"url":"min","valueDecimal":1},{"url":"rating","valueCode":"dire"}]},
				  {"url":"band","extension":[{"url":"rating","valueCode":"stable"}]}]}""";
		String items = "{\"linkId\":\"money\",\"text\":\"Money\",\"type\":\"group\",\"extension\":[" + scoring
				+ "],\"item\":[" + YES_NO + "]},"
				+ "{\"linkId\":\"bills\",\"text\":\"Bills\",\"type\":\"group\",\"extension\":[{\"url\":\"https://casework.example/fhir/StructureDefinition/scoring\","
				+ "\"extension\":[{\"url\":\"domain\",\"valueCode\":\"money\"},{\"url\":\"method\",\"valueCode\":\"sum\"},"
				+ "{\"url\":\"band\",\"extension\":[{\"url\":\"min\",\"valueDecimal\":0},{\"url\":\"rating\",\"valueCode\":\"stable\"}]}]}],"
				+ "\"item\":[{\"linkId\":\"late\",\"text\":\"Late?\",\"type\":\"boolean\"}]},"
				+ "{\"linkId\":\"hint\",\"text\":\"Hint\",\"type\":\"display\",\"extension\":[{\"url\":\"https://casework.example/fhir/StructureDefinition/scoring\","
				+ "\"extension\":[{\"url\":\"domain\",\"valueCode\":\"x\"}]}]}";
		List<FieldProblem> problems = refusalsOfItems(items);
		assertThat(problems).containsExactly(
				new FieldProblem("item[linkId=money]",
						"scoring: band[0] rating 'dire' is not one of in-crisis, vulnerable, stable, safe, thriving"),
				new FieldProblem("item[linkId=money]",
						"scoring: band[1] needs min (valueDecimal) and rating (valueCode)"),
				new FieldProblem("item[linkId=money]", "scoring: at least one band is needed"),
				new FieldProblem("item[linkId=hint]", "the scoring extension belongs on a group"),
				new FieldProblem("item[linkId=money]", "scoring: item 'elsewhere' is not a question inside this group"),
				new FieldProblem("item[linkId=bills]", "scoring: domain 'money' is also scored by 'money'"),
				new FieldProblem("item[linkId=bills]",
						"scoring: the group has no choice item with weighted options to add up"));
	}

	@Test
	void aSmallValidQuestionnaireReadsIntoItsModel() {
		Instrument instrument = read(
				"""
						{"linkId":"home","text":"Home","type":"group","item":[
						  {"linkId":"rent","prefix":"1.","text":"Monthly rent","type":"decimal","required":true},
						  {"linkId":"late","text":"Months behind","type":"integer","enableWhen":[{"question":"rent","operator":">","answerDecimal":0}]},
						  {"linkId":"note","text":"Note","type":"string","maxLength":80}]}""");
		Item late = instrument.item("late").orElseThrow();
		assertThat(late.type()).isEqualTo(ItemType.INTEGER);
		assertThat(late.enableWhen())
			.containsExactly(new EnableWhen("rent", Operator.GREATER_THAN, AnswerValue.of(BigDecimal.ZERO)));
		assertThat(instrument.item("rent").orElseThrow().prefix()).isEqualTo("1.");
		assertThat(instrument.item("note").orElseThrow().maxLength()).isEqualTo(80);
		assertThat(instrument.sections()).extracting(Item::linkId).containsExactly("home");
	}

}
