package org.casework.clients.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.clients.IdentifierInput;
import org.casework.clients.domain.Address;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.HouseholdMember;
import org.casework.clients.domain.Phone;
import org.casework.clients.domain.Relationship;
import org.casework.clients.domain.Sex;

/**
 * A client as the API takes it. Only firstName, lastName and dateOfBirth are needed;
 * unknown fields are refused.
 *
 * @param birthDatePrecision EXACT (default when dateOfBirth is given), YEAR (give
 * birthYear) or UNKNOWN
 * @param identifiers on update, an entry {@code {"kind":"SSN","keep":0}} keeps the stored
 * value of identifier 0
 * @param confirmedDistinctFrom on registration, candidates the worker checked and found
 * to be other people
 */
record ClientRequest(String firstName, String middleName, String lastName, String preferredName, LocalDate dateOfBirth,
		BirthDatePrecision birthDatePrecision, Integer birthYear, Sex sex, String genderIdentity, String pronouns,
		String preferredLanguage, Boolean interpreterNeeded, String email, List<Phone> phones, Address address,
		List<IdentifierInput> identifiers, List<HouseholdMember> householdMembers, List<Relationship> relationships,
		List<UUID> confirmedDistinctFrom) {

	ClientDetails details() {
		return new ClientDetails(this.firstName, this.middleName, this.lastName, this.preferredName, this.dateOfBirth,
				this.birthDatePrecision, this.birthYear, this.sex, this.genderIdentity, this.pronouns,
				this.preferredLanguage, Boolean.TRUE.equals(this.interpreterNeeded), this.email, this.address,
				nonNull(this.phones), nonNull(this.householdMembers), nonNull(this.relationships));
	}

	List<IdentifierInput> identifierInputs() {
		return nonNull(this.identifiers);
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
	}

}
