package org.casework.notes;

/**
 * An addendum to a signed note.
 *
 * @param text the correction or addition
 * @param reason why it is added
 * @param overrideReason why wording the check reads as a judgment is kept
 */
public record NewAddendum(String text, String reason, String overrideReason) {
}
