package org.casework.clients.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Someone who lives with the client, registered as a client themselves or not. */
@Table("client_household_member")
public record HouseholdMember(String name, RelationshipKind relationship, LocalDate dateOfBirth,
		@Column("related_client") UUID clientId) {
}
