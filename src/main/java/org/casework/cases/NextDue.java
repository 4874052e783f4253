package org.casework.cases;

import java.time.LocalDate;

import org.casework.shared.Wording;

/**
 * The next thing due on a case (a task of the work queue), as the caseload shows it.
 *
 * @param title what is due, in English or as written by hand
 * @param wording what is due as its message and values, shown in the reader's language;
 * null for a task written by hand
 * @param dueOn the day it is due
 * @param overdue whether that day has passed
 */
public record NextDue(String title, Wording wording, LocalDate dueOn, boolean overdue) {
}
