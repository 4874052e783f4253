package org.casework.consents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casework.identity.Organisation;

import org.springframework.stereotype.Component;

/**
 * Recipients looked up among the agencies using Casework. Organizations of the resource
 * directory are taken as the worker names them until the directory answers for them.
 */
@Component
class AgencyRecipients implements RecipientOrganizations {

	private final Organisation organisation;

	AgencyRecipients(Organisation organisation) {
		this.organisation = organisation;
	}

	@Override
	public Optional<String> nameOf(RecipientKind kind, UUID organizationId) {
		if (kind != RecipientKind.AGENCY || organizationId == null) {
			return Optional.empty();
		}
		return this.organisation.agencies()
			.stream()
			.filter(a -> a.id().equals(organizationId))
			.map(a -> a.name())
			.findFirst();
	}

	@Override
	public boolean checks(RecipientKind kind) {
		return kind == RecipientKind.AGENCY;
	}

	@Override
	public List<Recipient> choices(RecipientKind kind) {
		if (kind != RecipientKind.AGENCY) {
			return List.of();
		}
		return this.organisation.agencies()
			.stream()
			.map(a -> new Recipient(RecipientKind.AGENCY, a.id(), a.name()))
			.toList();
	}

}
