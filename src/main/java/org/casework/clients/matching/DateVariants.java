package org.casework.clients.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The dates a mistyped date of birth may really be: day and month swapped, or one digit
 * of YYYYMMDD different.
 */
public final class DateVariants {

	private DateVariants() {
	}

	public static Set<LocalDate> of(LocalDate date) {
		Set<LocalDate> variants = new LinkedHashSet<>();
		if (date == null) {
			return variants;
		}
		variants.add(date);
		swapped(date).ifPresent(variants::add);
		char[] digits = digits(date);
		for (int i = 0; i < digits.length; i++) {
			char original = digits[i];
			for (char d = '0'; d <= '9'; d++) {
				if (d == original) {
					continue;
				}
				digits[i] = d;
				parse(digits).ifPresent(variants::add);
			}
			digits[i] = original;
		}
		return variants;
	}

	static java.util.Optional<LocalDate> swapped(LocalDate date) {
		if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
		}
		catch (DateTimeException ex) {
			return java.util.Optional.empty();
		}
	}

	/** Whether the two dates differ in exactly one digit of YYYYMMDD. */
	static boolean oneDigitApart(LocalDate a, LocalDate b) {
		char[] x = digits(a);
		char[] y = digits(b);
		int diff = 0;
		for (int i = 0; i < x.length; i++) {
			if (x[i] != y[i]) {
				diff++;
			}
		}
		return diff == 1;
	}

	private static char[] digits(LocalDate date) {
		return String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth()).toCharArray();
	}

	private static java.util.Optional<LocalDate> parse(char[] digits) {
		try {
			String s = new String(digits);
			int year = Integer.parseInt(s.substring(0, 4));
			if (year < 1890 || year > LocalDate.now().getYear()) {
				return java.util.Optional.empty();
			}
			return java.util.Optional
				.of(LocalDate.of(year, Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6, 8))));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return java.util.Optional.empty();
		}
	}

}
