package org.casework.notes.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casework.notes.Attendee;
import org.casework.notes.ContactMethod;
import org.casework.notes.Decision;
import org.casework.notes.JudgmentWarning;
import org.casework.notes.NoteCheck;
import org.casework.notes.NoteElement;
import org.casework.notes.NoteInput;
import org.casework.notes.NoteType;
import org.casework.shared.PhraseList;

/**
 * The documentation check of a note (guide 000, "Professional Documentation" and the FAQ
 * on how detailed documentation should be): a colleague reading the note must understand
 * what happened, what the client said, what the worker saw, and what comes next.
 *
 * <p>
 * What each note needs before it is signed:
 * <ul>
 * <li>every contact: the date and time, the method, who participated, observations or the
 * client's own words, and the plan for the next contact with its date;</li>
 * <li>in person and home visits: where it took place;</li>
 * <li>every method but text messages: the topics discussed;</li>
 * <li>home visits: observations (the home environment), quotes alone do not do;</li>
 * <li>collateral contacts: observations (what the other person reported);</li>
 * <li>a staffing: the date and time, how it met, the attendees (name and agency), and at
 * least one decision, each with its owner and due date;</li>
 * <li>a monthly summary: the summary (observations) and the next steps with a date;</li>
 * <li>any note marked with an urgent safety concern: the concern described.</li>
 * </ul>
 * The client's own words are not checked for judgmental wording: they are quotes.
 */
public final class NoteChecker {

	private NoteChecker() {
	}

	/**
	 * Checks a note.
	 * @param judgmental the active phrases of the judgmental wording list
	 * @param suggestions the suggestion for each phrase, by its matched form
	 */
	public static NoteCheck check(NoteType type, NoteInput note, PhraseList judgmental,
			Map<String, String> suggestions) {
		return new NoteCheck(missing(type, note), judgments(note, judgmental, suggestions));
	}

	/** The elements the note still misses, in the order of the form. */
	public static List<NoteElement> missing(NoteType type, NoteInput note) {
		List<NoteElement> missing = new ArrayList<>();
		ContactMethod method = note.method();
		if (note.contactAt() == null) {
			missing.add(NoteElement.CONTACT_AT);
		}
		switch (type) {
			case CONTACT -> {
				if (method == null) {
					missing.add(NoteElement.METHOD);
				}
				if (note.participants().stream().noneMatch(NoteChecker::present)) {
					missing.add(NoteElement.PARTICIPANTS);
				}
				if (method != null && method.inPlace() && !present(note.location())) {
					missing.add(NoteElement.LOCATION);
				}
				if (method != ContactMethod.TEXT && !written(note.topics())) {
					missing.add(NoteElement.TOPICS);
				}
				boolean quotes = note.clientStatements().stream().anyMatch(NoteChecker::present);
				if (method == ContactMethod.HOME_VISIT || method == ContactMethod.COLLATERAL) {
					if (!written(note.observations())) {
						missing.add(NoteElement.OBSERVATIONS);
					}
				}
				else if (!written(note.observations()) && !quotes) {
					missing.add(NoteElement.OBSERVATIONS_OR_STATEMENTS);
				}
				nextContact(note, missing);
			}
			case STAFFING -> {
				if (method == null) {
					missing.add(NoteElement.METHOD);
				}
				if (note.attendees().stream().noneMatch(NoteChecker::complete)) {
					missing.add(NoteElement.ATTENDEES);
				}
				if (note.decisions().isEmpty() || !note.decisions().stream().allMatch(NoteChecker::complete)) {
					missing.add(NoteElement.DECISIONS);
				}
			}
			case MONTHLY_SUMMARY -> {
				if (!written(note.observations())) {
					missing.add(NoteElement.OBSERVATIONS);
				}
				nextContact(note, missing);
			}
		}
		if (note.safety() && !present(note.safetyConcern())) {
			missing.add(NoteElement.SAFETY_DESCRIPTION);
		}
		return missing;
	}

	private static void nextContact(NoteInput note, List<NoteElement> missing) {
		if (!written(note.nextContactPlan())) {
			missing.add(NoteElement.NEXT_CONTACT_PLAN);
		}
		if (note.nextContactOn() == null) {
			missing.add(NoteElement.NEXT_CONTACT_DATE);
		}
	}

	/**
	 * The judgmental wording in the worker's own text, field by field: each phrase of the
	 * list found, with its suggestion.
	 */
	public static List<JudgmentWarning> judgments(NoteInput note, PhraseList judgmental,
			Map<String, String> suggestions) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("location", note.location());
		fields.put("topics", note.topics());
		fields.put("observations", note.observations());
		fields.put("services", note.services());
		fields.put("nextContactPlan", note.nextContactPlan());
		fields.put("safetyConcern", note.safetyConcern());
		for (int i = 0; i < note.decisions().size(); i++) {
			fields.put("decisions[" + i + "].decision", note.decisions().get(i).decision());
		}
		return judgments(fields, judgmental, suggestions);
	}

	/** The judgmental wording in texts named by their fields. */
	public static List<JudgmentWarning> judgments(Map<String, String> fields, PhraseList judgmental,
			Map<String, String> suggestions) {
		List<JudgmentWarning> found = new ArrayList<>();
		fields.forEach((field, text) -> judgmental.allFoundIn(text)
			.forEach(phrase -> found.add(new JudgmentWarning(field, phrase, suggestions.getOrDefault(phrase, "")))));
		return found;
	}

	/**
	 * Whether a text says something beyond a template's prompts: a line that is only a
	 * prompt ("Home environment:") says nothing.
	 */
	public static boolean written(String text) {
		if (text == null) {
			return false;
		}
		return text.lines().map(String::strip).anyMatch(line -> !line.isEmpty() && !line.endsWith(":"));
	}

	/**
	 * The text without the template's prompts that nothing was written after, as it is
	 * signed; null when nothing is left.
	 */
	public static String withoutEmptyPrompts(String text) {
		if (text == null) {
			return null;
		}
		String kept = text.lines()
			.filter(line -> !line.strip().endsWith(":"))
			.collect(java.util.stream.Collectors.joining("\n"))
			.strip();
		return kept.isEmpty() ? null : kept;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static boolean complete(Attendee attendee) {
		return attendee != null && present(attendee.name()) && present(attendee.agency());
	}

	private static boolean complete(Decision decision) {
		return decision != null && present(decision.decision()) && present(decision.owner())
				&& decision.dueOn() != null;
	}

}
