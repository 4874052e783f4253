package org.casework.careplans;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A progress entry for a goal: the indicator's measured value on a day and/or a note.
 *
 * @param on the day measured: not in the future, not before the case opened
 */
public record ProgressInput(LocalDate on, BigDecimal value, String note) {
}
