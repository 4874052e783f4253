package org.casework.cases.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's human number, {@code C-2026-000123}: the year the case was opened and its
 * place among that year's cases. Workers read it out on the phone, so it is short and
 * never reused.
 */
public record CaseNumber(int year, int sequence) {

	/** The most cases one year can number with six digits. */
	public static final int MAX_PER_YEAR = 999_999;

	private static final Pattern FORMAT = Pattern.compile("C-(\\d{4})-(\\d{6})");

	public CaseNumber {
		if (year < 2000 || year > 9999) {
			throw new IllegalArgumentException("A case number's year must have four digits: " + year);
		}
		if (sequence < 1 || sequence > MAX_PER_YEAR) {
			throw new IllegalArgumentException(
					"A case number's sequence runs from 1 to " + MAX_PER_YEAR + " within a year: " + sequence);
		}
	}

	public static CaseNumber parse(String text) {
		Matcher m = FORMAT.matcher(text == null ? "" : text);
		if (!m.matches()) {
			throw new IllegalArgumentException("Not a case number: " + text);
		}
		return new CaseNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	@Override
	public String toString() {
		return "C-%04d-%06d".formatted(this.year, this.sequence);
	}

}
