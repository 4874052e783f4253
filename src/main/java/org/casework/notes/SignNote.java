package org.casework.notes;

/**
 * Signing a note.
 *
 * @param overrideReason why wording the check reads as a judgment is kept; needed only
 * when there is such wording
 */
public record SignNote(String overrideReason) {
}
