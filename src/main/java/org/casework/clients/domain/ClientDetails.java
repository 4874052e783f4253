package org.casework.clients.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a worker records about the person, validated before it reaches the
 * aggregate.
 */
public record ClientDetails(String givenName, String middleName, String familyName, String preferredName,
		LocalDate dateOfBirth, BirthDatePrecision birthDatePrecision, Integer birthYear, Sex sex, String genderIdentity,
		String pronouns, String preferredLanguage, boolean interpreterNeeded, String email, Address address,
		List<Phone> phones, List<HouseholdMember> householdMembers, List<Relationship> relationships) {

	public ClientDetails {
		phones = phones == null ? List.of() : List.copyOf(phones);
		householdMembers = householdMembers == null ? List.of() : List.copyOf(householdMembers);
		relationships = relationships == null ? List.of() : List.copyOf(relationships);
	}

}
