package org.casework.notes;

/**
 * Wording of the editable list of judgmental words found in a field of a note: it reads
 * as an interpretation rather than an observation.
 *
 * @param field the field it was found in ({@code observations}, {@code decisions[1]})
 * @param phrase the phrase of the list, as matched
 * @param suggestion what to write instead
 */
public record JudgmentWarning(String field, String phrase, String suggestion) {
}
