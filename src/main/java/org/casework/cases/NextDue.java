package org.casework.cases;

import java.time.LocalDate;

/**
 * The next thing due on a case (a task of the work queue), as the caseload shows it.
 *
 * @param title what is due
 * @param dueOn the day it is due
 * @param overdue whether that day has passed
 */
public record NextDue(String title, LocalDate dueOn, boolean overdue) {
}
