package org.casework.clients.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person in the registry. Never deleted: a record registered in error is marked so with
 * a reason, stays readable, and leaves searches and duplicate checks. Changes go through
 * {@link #revise} and carry a version, so concurrent edits never overwrite each other
 * silently.
 */
@Table("client")
public class Client {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID agencyId;

	private final UUID registeredBy;

	private final Instant registeredAt;

	private UUID updatedBy;

	private Instant updatedAt;

	private String givenName;

	private String middleName;

	private String familyName;

	private String preferredName;

	private LocalDate dateOfBirth;

	private BirthDatePrecision birthDatePrecision;

	private Integer birthYear;

	private Sex sex;

	private String genderIdentity;

	private String pronouns;

	private String preferredLanguage;

	private boolean interpreterNeeded;

	private String email;

	@Embedded.Nullable
	private Address address;

	private RecordStatus recordStatus;

	private String errorReason;

	private UUID markedInErrorBy;

	private Instant markedInErrorAt;

	private String[] phoneticKeys;

	private String[] nameKeys;

	@MappedCollection(idColumn = "client", keyColumn = "client_key")
	private List<Phone> phones;

	@MappedCollection(idColumn = "client", keyColumn = "client_key")
	private List<Identifier> identifiers;

	@MappedCollection(idColumn = "client", keyColumn = "client_key")
	private List<HouseholdMember> householdMembers;

	@MappedCollection(idColumn = "client", keyColumn = "client_key")
	private List<Relationship> relationships;

	@PersistenceCreator
	Client(UUID id, Integer version, UUID agencyId, UUID registeredBy, Instant registeredAt) {
		this.id = id;
		this.version = version;
		this.agencyId = agencyId;
		this.registeredBy = registeredBy;
		this.registeredAt = registeredAt;
	}

	public static Client register(UUID agencyId, UUID registeredBy, Instant now, ClientDetails details,
			List<Identifier> identifiers, SearchKeys keys) {
		Client client = new Client(UUID.randomUUID(), null, agencyId, registeredBy, now);
		client.recordStatus = RecordStatus.ACTIVE;
		client.apply(details, identifiers, keys);
		return client;
	}

	/** Replaces the person's details with a corrected or updated set. */
	public void revise(ClientDetails details, List<Identifier> identifiers, SearchKeys keys, UUID by, Instant now) {
		if (this.recordStatus == RecordStatus.ENTERED_IN_ERROR) {
			throw new DomainRuleException("This record was marked as entered in error and can no longer be changed.");
		}
		apply(details, identifiers, keys);
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/**
	 * The record should never have existed (a duplicate, a test): it stays, marked, with
	 * why.
	 */
	public void markEnteredInError(String reason, UUID by, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "must say why the record was entered in error");
		}
		if (this.recordStatus == RecordStatus.ENTERED_IN_ERROR) {
			throw new DomainRuleException("This record is already marked as entered in error.");
		}
		this.recordStatus = RecordStatus.ENTERED_IN_ERROR;
		this.errorReason = reason.trim();
		this.markedInErrorBy = by;
		this.markedInErrorAt = now;
	}

	private void apply(ClientDetails d, List<Identifier> identifiers, SearchKeys keys) {
		if (d.familyName() == null || d.familyName().isBlank()) {
			throw new InvalidInputException("lastName", "must not be empty");
		}
		if (d.dateOfBirth() != null && d.birthDatePrecision() == BirthDatePrecision.EXACT
				&& d.dateOfBirth().isAfter(LocalDate.now())) {
			throw new InvalidInputException("dateOfBirth", "must not be in the future");
		}
		for (Relationship r : d.relationships()) {
			if (r.clientId().equals(this.id)) {
				throw new InvalidInputException("relationships", "a person cannot be related to themselves");
			}
		}
		this.givenName = d.givenName() == null ? "" : d.givenName();
		this.middleName = d.middleName();
		this.familyName = d.familyName();
		this.preferredName = d.preferredName();
		this.birthDatePrecision = d.birthDatePrecision();
		this.dateOfBirth = d.birthDatePrecision() == BirthDatePrecision.EXACT ? d.dateOfBirth() : null;
		this.birthYear = switch (d.birthDatePrecision()) {
			case EXACT -> d.dateOfBirth().getYear();
			case YEAR -> d.birthYear();
			case UNKNOWN -> null;
		};
		this.sex = d.sex();
		this.genderIdentity = d.genderIdentity();
		this.pronouns = d.pronouns();
		this.preferredLanguage = d.preferredLanguage();
		this.interpreterNeeded = d.interpreterNeeded();
		this.email = d.email();
		this.address = d.address() == null || d.address().isEmpty() ? null : d.address();
		this.phones = new ArrayList<>(d.phones());
		this.householdMembers = new ArrayList<>(d.householdMembers());
		this.relationships = new ArrayList<>(d.relationships());
		this.identifiers = new ArrayList<>(identifiers);
		this.phoneticKeys = keys.phonetic().toArray(String[]::new);
		this.nameKeys = keys.names().toArray(String[]::new);
	}

	public UUID id() {
		return this.id;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public UUID agencyId() {
		return this.agencyId;
	}

	public UUID registeredBy() {
		return this.registeredBy;
	}

	public Instant registeredAt() {
		return this.registeredAt;
	}

	public UUID updatedBy() {
		return this.updatedBy;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public ClientDetails details() {
		return new ClientDetails(this.givenName, this.middleName, this.familyName, this.preferredName, this.dateOfBirth,
				this.birthDatePrecision, this.birthYear, this.sex, this.genderIdentity, this.pronouns,
				this.preferredLanguage, this.interpreterNeeded, this.email, this.address, this.phones,
				this.householdMembers, this.relationships);
	}

	public List<Identifier> identifiers() {
		return List.copyOf(this.identifiers);
	}

	public RecordStatus recordStatus() {
		return this.recordStatus;
	}

	public String errorReason() {
		return this.errorReason;
	}

	public Instant markedInErrorAt() {
		return this.markedInErrorAt;
	}

}
