package org.casework.notes;

import java.time.LocalDate;

/** A decision of a staffing, with who carries it out and by when. */
public record Decision(String decision, String owner, LocalDate dueOn) {
}
