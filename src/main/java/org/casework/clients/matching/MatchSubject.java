package org.casework.clients.matching;

import java.time.LocalDate;

/**
 * What is compared when looking for the same person: names, date of birth (or only the
 * year), and the contact details a person tends to keep (email, city, phone). Any may be
 * empty.
 */
public record MatchSubject(String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
		Integer birthYear, String email, String city, String phone) {

	public static MatchSubject of(String givenName, String familyName, LocalDate dateOfBirth) {
		return new MatchSubject(givenName, familyName, null, dateOfBirth,
				dateOfBirth == null ? null : dateOfBirth.getYear(), null, null, null);
	}

}
