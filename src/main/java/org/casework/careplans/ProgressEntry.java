package org.casework.careplans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A measurement of a goal's indicator and/or a note, with who recorded it and when. */
public record ProgressEntry(LocalDate on, BigDecimal value, String note, String recordedByName, Instant recordedAt) {
}
