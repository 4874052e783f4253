package org.casework.consents;

import java.util.UUID;

/**
 * The event on which a consent ends.
 *
 * @param kind the end of a referral, the closure of the case, or another event
 * @param description the event in words, as the client was told ("end of the referral to
 * Riverside Food Bank")
 * @param subjectId the referral or case it is about, if known: only that one's end ends
 * the consent
 */
public record ExpiryEvent(ExpiryEventKind kind, String description, UUID subjectId) {
}
