package org.casework.assessments.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.casework.assessments.Discrepancy;
import org.casework.assessments.instruments.AnswerValue;
import org.casework.assessments.instruments.AnswerValue.CodingValue;
import org.casework.assessments.instruments.Answers;
import org.casework.assessments.instruments.Instrument;
import org.casework.assessments.instruments.Item;
import org.casework.intake.UrgencyScreen;

/**
 * Answers that contradict the intake's urgency screen (guide 000: ongoing assessment
 * "notices when the picture changes"): the intake found no safe place to sleep tonight
 * and the assessment says housing is no concern, say. Each is flagged for a gentle
 * follow-up question, never refused: circumstances change, and clients share more once
 * they trust the worker.
 *
 * <p>
 * The rules know the questions of the shipped instruments (Casework's holistic assessment
 * and the AHC HRSN screener with its LOINC answer codes); questions an instrument lacks
 * are skipped.
 */
public final class DiscrepancyRules {

	private static final Set<String> CALM_RATINGS = Set.of("stable", "safe", "thriving");

	private static final Set<String> SAFE_RATINGS = Set.of("safe", "thriving");

	private static final Set<String> NO_CONCERN = Set.of("no-concern");

	/** What the intake found, and the answers that say otherwise. */
	private record Rule(Function<UrgencyScreen, Boolean> found, String earlier, String linkId, Set<String> codes) {
	}

	private static final List<Rule> RULES = List.of(
			new Rule(UrgencyScreen::noSafePlaceTonight, "no safe place to sleep tonight", "basic-needs-housing",
					NO_CONCERN),
			new Rule(UrgencyScreen::noSafePlaceTonight, "no safe place to sleep tonight", "basic-needs-rating",
					CALM_RATINGS),
			new Rule(UrgencyScreen::noSafePlaceTonight, "no safe place to sleep tonight", "71802-3",
					Set.of("LA31993-1")),
			new Rule(UrgencyScreen::noFood, "no food in the household", "basic-needs-food", NO_CONCERN),
			new Rule(UrgencyScreen::noFood, "no food in the household", "88122-7", Set.of("LA28398-8")),
			new Rule(UrgencyScreen::safetyConcern, "domestic violence, or a child or elder at risk",
					"safety-domestic-violence", NO_CONCERN),
			new Rule(UrgencyScreen::safetyConcern, "domestic violence, or a child or elder at risk", "safety-rating",
					SAFE_RATINGS),
			new Rule(UrgencyScreen::dangerToSelf, "danger to self", "health-wellness-mental", NO_CONCERN),
			new Rule(UrgencyScreen::dangerToSelf, "danger to self", "health-wellness-rating", SAFE_RATINGS),
			new Rule(UrgencyScreen::medicalEmergency, "a medical emergency", "health-wellness-physical", NO_CONCERN));

	private DiscrepancyRules() {
	}

	/**
	 * The discrepancies between the intake's urgency screen and the answers.
	 * @param source how the intake is named to the worker ("Intake of 2026-11-02")
	 */
	public static List<Discrepancy> between(UrgencyScreen intake, String source, Instrument instrument,
			Answers answers) {
		List<Discrepancy> found = new ArrayList<>();
		if (intake == null) {
			return found;
		}
		for (Rule rule : RULES) {
			if (!Boolean.TRUE.equals(rule.found().apply(intake))) {
				continue;
			}
			Item item = instrument.item(rule.linkId()).orElse(null);
			if (item == null) {
				continue;
			}
			for (AnswerValue answer : answers.get(rule.linkId())) {
				if (answer instanceof CodingValue coding && rule.codes().contains(coding.code())) {
					String display = item.option(coding).map(o -> o.display()).orElse(coding.code());
					found.add(new Discrepancy(rule.linkId(), source, rule.earlier(), item.text() + ": " + display));
				}
			}
		}
		return found;
	}

}
