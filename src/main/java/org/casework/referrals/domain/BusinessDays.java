package org.casework.referrals.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Business days: Monday to Friday. Public holidays are not counted out; an agency that
 * closes on them sets the program's waiting days a day longer.
 */
public final class BusinessDays {

	private BusinessDays() {
	}

	/** The day {@code days} business days after {@code from}. */
	public static LocalDate after(LocalDate from, int days) {
		LocalDate day = from;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day;
	}

}
