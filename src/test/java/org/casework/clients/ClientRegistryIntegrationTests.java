package org.casework.clients;

import java.time.LocalDate;
import java.util.List;

import org.casework.clients.domain.Client;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.Relationship;
import org.casework.clients.domain.RelationshipKind;
import org.casework.identity.UserContext;
import org.casework.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clients module with the modules it depends on (identity, audit), on the real
 * schema.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "platform", "demo", "programs", "intake", "cases", "assessments", "careplans", "directory",
				"consents", "referrals", "notes", "monitoring", "closure" })
class ClientRegistryIntegrationTests {

	@Autowired
	ClientRegistry registry;

	@Autowired
	UserContext users;

	static ClientDetails person(String given, String family, LocalDate dob, List<Relationship> relationships) {
		return new ClientDetails(given, null, family, null, dob, BirthDatePrecision.EXACT, null, null, null, null, null,
				false, null, null, List.of(), List.of(), relationships);
	}

	@Test
	void aRelationshipIsShownFromBothSides() {
		Client parent = this.users.runAs("worker1", () -> this.registry
			.register(person("Olga", "Bergstrom", LocalDate.of(1960, 1, 1), List.of()), List.of(), List.of()));
		Client child = this.users.runAs("worker1",
				() -> this.registry.register(
						person("Nils", "Bergstrom", LocalDate.of(1990, 1, 1),
								List.of(new Relationship(parent.id(), RelationshipKind.PARENT, null))),
						List.of(), List.of()));
		var fromParent = this.users.runAs("worker1", () -> this.registry.related(this.registry.read(parent.id())));
		assertThat(fromParent).singleElement().satisfies(r -> {
			assertThat(r.clientId()).isEqualTo(child.id());
			assertThat(r.kind()).isEqualTo("CHILD");
			assertThat(r.displayName()).isEqualTo("Nils Bergstrom");
		});
	}

	@Test
	void anotherTeamCannotLinkToAClientItCannotSee() {
		Client hidden = this.users.runAs("worker1", () -> this.registry
			.register(person("Ingrid", "Solheim", LocalDate.of(1970, 2, 2), List.of()), List.of(), List.of()));
		assertThatThrownBy(() -> this.users.runAs("worker2",
				() -> this.registry.register(
						person("Per", "Solheim", LocalDate.of(1971, 3, 3),
								List.of(new Relationship(hidden.id(), RelationshipKind.SIBLING, null))),
						List.of(), List.of())))
			.hasMessageContaining("relationships[0].clientId");
		assertThatThrownBy(() -> this.users.runAs("worker2", () -> this.registry.read(hidden.id())))
			.isInstanceOf(NotFoundException.class);
	}

}
