package org.casework.clients.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.casework.clients.ClientRegistry.RelatedClient;
import org.casework.clients.domain.Address;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.Client;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.HouseholdMember;
import org.casework.clients.domain.IdentifierKind;
import org.casework.clients.domain.Phone;
import org.casework.clients.domain.Sex;

/** A client as the API answers it; identifiers only masked. */
record ClientResponse(UUID id, long version, String firstName, String middleName, String lastName, String preferredName,
		LocalDate dateOfBirth, BirthDatePrecision birthDatePrecision, Integer birthYear, Sex sex, String genderIdentity,
		String pronouns, String preferredLanguage, boolean interpreterNeeded, String email, List<Phone> phones,
		Address address, List<IdentifierView> identifiers, List<HouseholdMember> householdMembers,
		List<RelatedClient> relationships, String status, String errorReason, Instant registeredAt, Instant updatedAt) {

	static ClientResponse of(Client c, List<RelatedClient> related) {
		ClientDetails d = c.details();
		var ids = c.identifiers();
		return new ClientResponse(c.id(), c.version(), d.givenName(), d.middleName(), d.familyName(), d.preferredName(),
				d.dateOfBirth(), d.birthDatePrecision(), d.birthYear(), d.sex(), d.genderIdentity(), d.pronouns(),
				d.preferredLanguage(), d.interpreterNeeded(), d.email(), d.phones(), d.address(),
				IntStream.range(0, ids.size())
					.mapToObj(i -> new IdentifierView(i, ids.get(i).kind(), ids.get(i).issuer(), ids.get(i).masked()))
					.toList(),
				d.householdMembers(), related, c.recordStatus().name(), c.errorReason(), c.registeredAt(),
				c.updatedAt());
	}

	/**
	 * An identifier, masked: its position lets an update keep it ({@code "keep": index}).
	 */
	record IdentifierView(int index, IdentifierKind kind, String issuer, String masked) {
	}

}
