package org.casework.assessments.instruments;

import java.math.BigDecimal;
import java.util.List;

import org.casework.assessments.DomainRating;
import org.casework.assessments.DomainScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casework.assessments.instruments.InstrumentFixtures.ahc;
import static org.casework.assessments.instruments.InstrumentFixtures.concern;
import static org.casework.assessments.instruments.InstrumentFixtures.holistic;
import static org.casework.assessments.instruments.InstrumentFixtures.loinc;
import static org.casework.assessments.instruments.InstrumentFixtures.rating;
import static org.casework.assessments.instruments.InstrumentFixtures.read;

/**
 * The scores and ratings of the shipped instruments, each example worked out by hand from
 * the instrument's weights and bands.
 */
class ScoringTests {

	static final InstrumentEvaluator AHC = new InstrumentEvaluator(ahc());

	static final InstrumentEvaluator HOLISTIC = new InstrumentEvaluator(holistic());

	static DomainScore score(String domain, String score, String max, DomainRating rating) {
		return new DomainScore(domain, label(domain), score == null ? null : new BigDecimal(score), new BigDecimal(max),
				rating);
	}

	static String label(String domain) {
		return switch (domain) {
			case "living-situation" -> "Living situation";
			case "food" -> "Food";
			case "transportation" -> "Transportation";
			case "utilities" -> "Utilities";
			case "safety" -> "Safety";
			default -> throw new IllegalArgumentException(domain);
		};
	}

	@Test
	void anAhcScreenPositiveForHousingFoodAndUtilitiesButNotForSafety() {
		Answers answers = Answers.none()
			.with("71802-3", loinc("LA31994-9")) // worried about losing it: 1
			.with("96778-6", loinc("LA28580-1"), loinc("LA32001-2")) // mold 1, water
																		// leaks 1
			.with("88122-7", loinc("LA6729-3")) // sometimes true: 1
			.with("88123-5", loinc("LA28398-8")) // never true: 0
			.with("93030-5", loinc("LA32-8")) // no: 0
			.with("96779-4", loinc("LA32002-0")) // already shut off: 2
			.with("95618-5", loinc("LA6270-8")) // never: 1
			.with("95617-7", loinc("LA10082-8")) // sometimes: 3
			.with("95616-9", loinc("LA10066-1")) // rarely: 2
			.with("95615-1", loinc("LA16644-9")); // fairly often: 4
		assertThat(AHC.problems(answers, true)).isEmpty();
		assertThat(AHC.scores(answers)).containsExactly(
				// 1 + 1 + 1 = 3, positive from 1 up; max 2 (no steady place) + 7 problems
				// x 1
				score("living-situation", "3", "9", DomainRating.VULNERABLE),
				// 1 + 0 = 1: "sometimes true" to either question is positive; max 2 + 2
				score("food", "1", "4", DomainRating.VULNERABLE),
				// "no" is 0: negative
				score("transportation", "0", "1", DomainRating.STABLE),
				// "already shut off" is 2, positive like "yes" (1); max 2
				score("utilities", "2", "2", DomainRating.VULNERABLE),
				// 1 + 3 + 2 + 4 = 10, below 11: negative; max 4 x 5
				score("safety", "10", "20", DomainRating.STABLE));
	}

	@Test
	void anAhcSafetySumOfElevenIsPositiveAndASteadyHomeIsNot() {
		Answers answers = Answers.none()
			.with("71802-3", loinc("LA31993-1")) // steady place: 0
			.with("96778-6", loinc("LA9-3")) // none of the above: 0
			.with("88122-7", loinc("LA28398-8")) // never true: 0
			.with("88123-5", loinc("LA28398-8")) // never true: 0
			.with("93030-5", loinc("LA33-6")) // yes: 1
			.with("96779-4", loinc("LA32-8")) // no: 0
			.with("95618-5", loinc("LA6270-8")) // never: 1
			.with("95617-7", loinc("LA6482-9")) // frequently: 5
			.with("95616-9", loinc("LA10082-8")) // sometimes: 3
			.with("95615-1", loinc("LA10066-1")); // rarely: 2
		assertThat(AHC.scores(answers)).containsExactly(score("living-situation", "0", "9", DomainRating.STABLE),
				score("food", "0", "4", DomainRating.STABLE),
				score("transportation", "1", "1", DomainRating.VULNERABLE),
				score("utilities", "0", "2", DomainRating.STABLE),
				// 1 + 5 + 3 + 2 = 11: the tool's threshold, positive
				score("safety", "11", "20", DomainRating.VULNERABLE));
	}

	@Test
	void aDomainWithoutAnyAnswerHasNoScoreYet() {
		Answers onlyFood = Answers.none().with("88122-7", loinc("LA28397-0")); // often
																				// true: 2
		List<DomainScore> scores = AHC.scores(onlyFood);
		assertThat(scores).extracting(DomainScore::domainCode, DomainScore::score, DomainScore::rating)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("living-situation", null, null),
					org.assertj.core.groups.Tuple.tuple("food", new BigDecimal("2"), DomainRating.VULNERABLE),
					org.assertj.core.groups.Tuple.tuple("transportation", null, null),
					org.assertj.core.groups.Tuple.tuple("utilities", null, null),
					org.assertj.core.groups.Tuple.tuple("safety", null, null));
	}

	@Test
	void eachHolisticDomainIsRatedByTheRatingChosenForIt() {
		Answers answers = Answers.none()
			.with("basic-needs-housing", concern("serious-concern"))
			.with("basic-needs-rating", rating("in-crisis")) // weight 1: in crisis
			.with("health-wellness-rating", rating("stable")) // 3
			.with("social-support-rating", rating("thriving")) // 5
			.with("employment-education-rating", rating("vulnerable")) // 2
			.with("legal-rating", rating("safe")); // 4
		assertThat(HOLISTIC.scores(answers))
			.extracting(DomainScore::domainCode, DomainScore::label, DomainScore::score, DomainScore::maxScore,
					DomainScore::rating)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("basic-needs", "Basic needs", new BigDecimal("1"),
							new BigDecimal("5"), DomainRating.IN_CRISIS),
					org.assertj.core.groups.Tuple.tuple("health-wellness", "Health and wellness", new BigDecimal("3"),
							new BigDecimal("5"), DomainRating.STABLE),
					org.assertj.core.groups.Tuple.tuple("social-support", "Social support", new BigDecimal("5"),
							new BigDecimal("5"), DomainRating.THRIVING),
					org.assertj.core.groups.Tuple.tuple("employment-education", "Employment and education",
							new BigDecimal("2"), new BigDecimal("5"), DomainRating.VULNERABLE),
					org.assertj.core.groups.Tuple.tuple("legal", "Legal issues", new BigDecimal("4"),
							new BigDecimal("5"), DomainRating.SAFE),
					// not rated yet
					org.assertj.core.groups.Tuple.tuple("safety", "Safety concerns", null, new BigDecimal("5"), null));
		assertThat(HOLISTIC.scores(answers).get(0).rating().needsAttention()).isTrue();
	}

	@Test
	void decimalWeightsAddUpAndOnlyAskedQuestionsCount() {
		String scoring = """
				{"url":"https://casework.example/fhir/StructureDefinition/scoring","extension":[
				  {"url":"domain","valueCode":"money"},{"url":"method","valueCode":"sum"},
				  {"url":"band","extension":[{"url":"min","valueDecimal":0},{"url":"rating","valueCode":"thriving"}]},
				  {"url":"band","extension":[{"url":"min","valueDecimal":1},{"url":"rating","valueCode":"stable"}]},
				  {"url":"band","extension":[{"url":"min","valueDecimal":2.5},{"url":"rating","valueCode":"in-crisis"}]}]}""";
		String option = "{\"extension\":[{\"url\":\"http://hl7.org/fhir/StructureDefinition/ordinalValue\",\"valueDecimal\":";
		String items = "{\"linkId\":\"money\",\"text\":\"Money\",\"type\":\"group\",\"extension\":[" + scoring
				+ "],\"item\":[" + "{\"linkId\":\"debt\",\"text\":\"Debt\",\"type\":\"choice\",\"answerOption\":["
				+ option + "0}],\"valueCoding\":{\"code\":\"none\",\"display\":\"None\"}}," + option
				+ "1.5}],\"valueCoding\":{\"code\":\"some\",\"display\":\"Some\"}}]},"
				+ "{\"linkId\":\"late\",\"text\":\"Late with rent?\",\"type\":\"choice\","
				+ "\"enableWhen\":[{\"question\":\"debt\",\"operator\":\"=\",\"answerCoding\":{\"code\":\"some\"}}],"
				+ "\"answerOption\":[" + option + "1}],\"valueCoding\":{\"code\":\"yes\",\"display\":\"Yes\"}},"
				+ option + "0}],\"valueCoding\":{\"code\":\"no\",\"display\":\"No\"}}]}]}";
		InstrumentEvaluator money = new InstrumentEvaluator(read(items));
		Answers some = Answers.none()
			.with("debt", AnswerValue.code(null, "some"))
			.with("late", AnswerValue.code(null, "yes"));
		// 1.5 + 1 = 2.5: the in-crisis band starts there; max 1.5 + 1
		assertThat(money.scores(some)).containsExactly(new DomainScore("money", "Money", new BigDecimal("2.5"),
				new BigDecimal("2.5"), DomainRating.IN_CRISIS));
		Answers none = some.with("debt", AnswerValue.code(null, "none"));
		// "late" is no longer asked, so its 1 does not count: 0
		assertThat(money.scores(none)).containsExactly(
				new DomainScore("money", "Money", new BigDecimal("0"), new BigDecimal("2.5"), DomainRating.THRIVING));
	}

}
