package org.casework.consents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casework.directory.Directory;
import org.casework.directory.DirectoryOrganization;
import org.casework.identity.Organisation;

import org.springframework.stereotype.Component;

/**
 * Recipients looked up among the agencies using Casework (AGENCY) and the organizations
 * of the resource directory (ORGANIZATION).
 */
@Component
class AgencyRecipients implements RecipientOrganizations {

	private final Organisation organisation;

	private final Directory directory;

	AgencyRecipients(Organisation organisation, Directory directory) {
		this.organisation = organisation;
		this.directory = directory;
	}

	@Override
	public Optional<String> nameOf(RecipientKind kind, UUID organizationId) {
		if (organizationId == null || kind == RecipientKind.PERSON) {
			return Optional.empty();
		}
		if (kind == RecipientKind.ORGANIZATION) {
			return this.directory.organization(organizationId).map(DirectoryOrganization::name);
		}
		return this.organisation.agencies()
			.stream()
			.filter(a -> a.id().equals(organizationId))
			.map(a -> a.name())
			.findFirst();
	}

	@Override
	public boolean checks(RecipientKind kind) {
		return kind != RecipientKind.PERSON;
	}

	@Override
	public List<Recipient> choices(RecipientKind kind) {
		if (kind == RecipientKind.ORGANIZATION) {
			return this.directory.organizations()
				.stream()
				.filter(DirectoryOrganization::active)
				.map(o -> new Recipient(RecipientKind.ORGANIZATION, o.id(), o.name()))
				.toList();
		}
		if (kind != RecipientKind.AGENCY) {
			return List.of();
		}
		return this.organisation.agencies()
			.stream()
			.map(a -> new Recipient(RecipientKind.AGENCY, a.id(), a.name()))
			.toList();
	}

}
