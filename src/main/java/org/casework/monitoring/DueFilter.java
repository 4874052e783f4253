package org.casework.monitoring;

import java.util.Locale;

import org.casework.shared.InvalidInputException;

/** Which of the caller's open tasks the work queue lists, by due day. */
public enum DueFilter {

	/** Due before today. */
	OVERDUE,
	/** Due today. */
	TODAY,
	/** Due today or within the next six days. */
	WEEK;

	/**
	 * The filter a request names ({@code overdue}, {@code today}, {@code week}), or none.
	 */
	public static DueFilter parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("due", "must be overdue, today or week");
		}
	}

}
