package org.casework.closure;

import java.time.LocalDate;

/**
 * The worker reviewed the progress with the client: achievements acknowledged, skills
 * gained, growth celebrated. The goals and their outcomes come from the record.
 *
 * @param reviewedOn the day (required, not in the future)
 * @param note what the client and the worker said, optional
 */
public record ProgressReview(LocalDate reviewedOn, String note) {
}
