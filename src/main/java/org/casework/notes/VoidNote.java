package org.casework.notes;

/**
 * Voiding a draft that will never be signed.
 *
 * @param reason why (the contact did not take place as written, the author has left …)
 */
public record VoidNote(String reason) {
}
