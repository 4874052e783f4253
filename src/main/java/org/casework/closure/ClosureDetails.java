package org.casework.closure;

import java.time.LocalDate;

/**
 * The reason, the closure date and the check-in of a closure being prepared, as a whole
 * (see {@link StartClosure}).
 */
public record ClosureDetails(ClosureReason reason, String reasonNote, LocalDate closureDate, Integer checkInDays) {
}
