package org.casework.clients.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientTests {

	static final UUID WORKER = UUID.randomUUID();

	static final SearchKeys NO_KEYS = new SearchKeys(List.of(), List.of());

	static ClientDetails mariaLopez(LocalDate dob) {
		return new ClientDetails("Maria", null, "Lopez", null, dob, BirthDatePrecision.EXACT, null, Sex.FEMALE, null,
				null, "es", true, null, null, List.of(), List.of(), List.of());
	}

	@Test
	void aRegisteredClientIsActiveAndKnowsItsBirthYear() {
		Client client = Client.register(null, WORKER, Instant.now(), mariaLopez(LocalDate.of(1984, 3, 2)), List.of(),
				NO_KEYS);
		assertThat(client.recordStatus()).isEqualTo(RecordStatus.ACTIVE);
		assertThat(client.details().birthYear()).isEqualTo(1984);
	}

	@Test
	void aClientWithoutAFamilyNameOrBornInTheFutureCannotExist() {
		ClientDetails noFamily = new ClientDetails("Maria", null, " ", null, null, BirthDatePrecision.UNKNOWN, null,
				null, null, null, null, false, null, null, List.of(), List.of(), List.of());
		assertThatThrownBy(() -> Client.register(null, WORKER, Instant.now(), noFamily, List.of(), NO_KEYS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("lastName");
		assertThatThrownBy(() -> Client.register(null, WORKER, Instant.now(), mariaLopez(LocalDate.now().plusDays(1)),
				List.of(), NO_KEYS))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("dateOfBirth");
	}

	@Test
	void onlyTheYearIsKeptWhenOnlyTheYearIsKnown() {
		ClientDetails yearOnly = new ClientDetails("Elena", null, "Petrova", null, LocalDate.of(1962, 5, 5),
				BirthDatePrecision.YEAR, 1962, null, null, null, null, false, null, null, List.of(), List.of(),
				List.of());
		Client client = Client.register(null, WORKER, Instant.now(), yearOnly, List.of(), NO_KEYS);
		assertThat(client.details().dateOfBirth()).isNull();
		assertThat(client.details().birthYear()).isEqualTo(1962);
	}

	@Test
	void aRecordEnteredInErrorKeepsItsReasonAndCanNoLongerBeChanged() {
		Client client = Client.register(null, WORKER, Instant.now(), mariaLopez(LocalDate.of(1984, 3, 2)), List.of(),
				NO_KEYS);
		assertThatThrownBy(() -> client.markEnteredInError(" ", WORKER, Instant.now()))
			.isInstanceOf(InvalidInputException.class);
		client.markEnteredInError("Registered twice", WORKER, Instant.now());
		assertThat(client.recordStatus()).isEqualTo(RecordStatus.ENTERED_IN_ERROR);
		assertThat(client.errorReason()).isEqualTo("Registered twice");
		assertThatThrownBy(
				() -> client.revise(mariaLopez(LocalDate.of(1984, 3, 3)), List.of(), NO_KEYS, WORKER, Instant.now()))
			.isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> client.markEnteredInError("again", WORKER, Instant.now()))
			.isInstanceOf(DomainRuleException.class);
	}

	@Test
	void relationshipsReadBothWays() {
		assertThat(RelationshipKind.PARENT.inverse()).isEqualTo(RelationshipKind.CHILD);
		assertThat(RelationshipKind.GUARDIAN.inverse()).isEqualTo(RelationshipKind.WARD);
		assertThat(RelationshipKind.SPOUSE.inverse()).isEqualTo(RelationshipKind.SPOUSE);
	}

	@Test
	void identifiersShowOnlyTheirLastFour() {
		assertThat(new Identifier(IdentifierKind.SSN, null, "v1:xyz", "6789").masked()).isEqualTo("***-**-6789");
		assertThat(new Identifier(IdentifierKind.STATE_ID, "GA", "v1:xyz", "1902").masked()).isEqualTo("…1902");
	}

}
