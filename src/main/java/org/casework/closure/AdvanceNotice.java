package org.casework.closure;

import java.time.LocalDate;

/**
 * When and how the client was told of the closure.
 *
 * @param givenOn the day (required, not in the future, not after the closure date)
 * @param method in person, by phone, by letter… (required)
 * @param note what the client said, optional
 */
public record AdvanceNotice(LocalDate givenOn, String method, String note) {
}
