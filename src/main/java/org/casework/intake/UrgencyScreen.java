package org.casework.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.casework.shared.Priority;

/**
 * Intake section 4, the urgency screen: each question answered yes or no (unanswered is
 * null). Its triage sets the priority: any danger is an EMERGENCY, an unmet basic need
 * tonight is URGENT, otherwise ROUTINE.
 */
public record UrgencyScreen(Boolean dangerToSelf, Boolean dangerToOthers, Boolean safetyConcern,
		Boolean medicalEmergency, Boolean noSafePlaceTonight, Boolean noFood, Boolean otherCrisis,
		String otherCrisisDetail) {

	public static UrgencyScreen empty() {
		return new UrgencyScreen(null, null, null, null, null, null, null, null);
	}

	public Map<UrgencyItem, Boolean> answers() {
		Map<UrgencyItem, Boolean> answers = new EnumMap<>(UrgencyItem.class);
		answers.put(UrgencyItem.DANGER_TO_SELF, this.dangerToSelf);
		answers.put(UrgencyItem.DANGER_TO_OTHERS, this.dangerToOthers);
		answers.put(UrgencyItem.SAFETY_CONCERN, this.safetyConcern);
		answers.put(UrgencyItem.MEDICAL_EMERGENCY, this.medicalEmergency);
		answers.put(UrgencyItem.NO_SAFE_PLACE_TONIGHT, this.noSafePlaceTonight);
		answers.put(UrgencyItem.NO_FOOD, this.noFood);
		answers.put(UrgencyItem.OTHER_CRISIS, this.otherCrisis);
		return answers;
	}

	/**
	 * The priority with its reasons. An immediate crisis named in the presenting issue
	 * makes the intake at least URGENT. Unanswered questions are listed; the priority
	 * counts only what was answered.
	 */
	public Triage triage(Boolean immediateCrisis) {
		Priority priority = Priority.ROUTINE;
		List<String> reasons = new ArrayList<>();
		List<UrgencyItem> unanswered = new ArrayList<>();
		for (Map.Entry<UrgencyItem, Boolean> answer : answers().entrySet()) {
			if (answer.getValue() == null) {
				unanswered.add(answer.getKey());
			}
			else if (answer.getValue()) {
				String reason = answer.getKey().description();
				if (answer.getKey() == UrgencyItem.OTHER_CRISIS && this.otherCrisisDetail != null
						&& !this.otherCrisisDetail.isBlank()) {
					reason += ": " + this.otherCrisisDetail.trim();
				}
				reasons.add(reason);
				priority = higher(priority, answer.getKey().priority());
			}
		}
		if (Boolean.TRUE.equals(immediateCrisis)) {
			reasons.add("immediate crisis named in the presenting issue");
			priority = higher(priority, Priority.URGENT);
		}
		return new Triage(priority, List.copyOf(reasons), List.copyOf(unanswered));
	}

	private static Priority higher(Priority a, Priority b) {
		return a.ordinal() <= b.ordinal() ? a : b;
	}

}
