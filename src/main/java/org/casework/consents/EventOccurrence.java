package org.casework.consents;

import java.time.LocalDate;

/**
 * The event a consent names has happened.
 *
 * @param occurredOn the day it happened (today when absent)
 * @param note what happened, in a few words
 */
public record EventOccurrence(LocalDate occurredOn, String note) {
}
