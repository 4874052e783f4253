package org.casework.clients.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casework.clients.ClientRegistry.RelatedClient;
import org.casework.clients.IdentifierInput;
import org.casework.clients.domain.Address;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.Client;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.HouseholdMember;
import org.casework.clients.domain.Identifier;
import org.casework.clients.domain.IdentifierKind;
import org.casework.clients.domain.Phone;
import org.casework.clients.domain.PhoneKind;
import org.casework.clients.domain.Relationship;
import org.casework.clients.domain.RelationshipKind;
import org.casework.clients.domain.Sex;
import org.casework.clients.matching.MatchSubject;
import org.casework.shared.RepeatingRows;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registration and edit screen's form. Its property paths are the ones the registry
 * names in its problems ({@code phones[0].number}), so every refusal lands next to its
 * field. Repeated rows (phones, identifiers, household, relationships) are added and
 * removed by resubmitting the form ({@link RepeatingRows}), which works without
 * JavaScript; rows left empty are dropped before anything is checked.
 */
class ClientForm implements RepeatingRows {

	private String firstName;

	private String middleName;

	private String lastName;

	private String preferredName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dateOfBirth;

	private BirthDatePrecision birthDatePrecision = BirthDatePrecision.EXACT;

	private Integer birthYear;

	private Sex sex;

	private String genderIdentity;

	private String pronouns;

	private String preferredLanguage;

	private boolean interpreterNeeded;

	private String email;

	private AddressForm address = new AddressForm();

	private List<PhoneForm> phones = new ArrayList<>();

	private List<IdentifierForm> identifiers = new ArrayList<>();

	private List<MemberForm> householdMembers = new ArrayList<>();

	private List<RelationshipForm> relationships = new ArrayList<>();

	private long version;

	/** Candidates the worker has confirmed to be other people. */
	private List<UUID> confirmedDistinctFrom = new ArrayList<>();

	/** The candidates shown in the duplicate panel, confirmed all at once. */
	private List<UUID> candidateIds = new ArrayList<>();

	static ClientForm of(Client client, List<RelatedClient> related) {
		ClientDetails d = client.details();
		ClientForm form = new ClientForm();
		form.firstName = d.givenName();
		form.middleName = d.middleName();
		form.lastName = d.familyName();
		form.preferredName = d.preferredName();
		form.birthDatePrecision = d.birthDatePrecision() == null ? BirthDatePrecision.EXACT : d.birthDatePrecision();
		form.dateOfBirth = d.dateOfBirth();
		form.birthYear = form.birthDatePrecision == BirthDatePrecision.YEAR ? d.birthYear() : null;
		form.sex = d.sex();
		form.genderIdentity = d.genderIdentity();
		form.pronouns = d.pronouns();
		form.preferredLanguage = d.preferredLanguage();
		form.interpreterNeeded = d.interpreterNeeded();
		form.email = d.email();
		form.address = AddressForm.of(d.address());
		d.phones().forEach(p -> form.phones.add(new PhoneForm(p.kind(), p.number(), p.preferred())));
		List<Identifier> ids = client.identifiers();
		for (int i = 0; i < ids.size(); i++) {
			IdentifierForm row = new IdentifierForm();
			row.kind = ids.get(i).kind();
			row.issuer = ids.get(i).issuer();
			row.keep = i;
			row.masked = ids.get(i).masked();
			form.identifiers.add(row);
		}
		d.householdMembers().forEach(m -> {
			MemberForm row = new MemberForm();
			row.name = m.name();
			row.relationship = m.relationship();
			row.dateOfBirth = m.dateOfBirth();
			row.clientId = m.clientId();
			form.householdMembers.add(row);
		});
		d.relationships().forEach(r -> {
			RelationshipForm row = new RelationshipForm();
			row.clientId = r.clientId();
			row.kind = r.kind();
			row.note = r.note();
			row.existing = true;
			row.displayName = related.stream()
				.filter(x -> !x.inverse() && x.clientId().equals(r.clientId()))
				.map(RelatedClient::displayName)
				.findFirst()
				.orElse(null);
			form.relationships.add(row);
		});
		form.version = client.version();
		return form;
	}

	/** Drops rows the worker left empty, so the rows' positions match the registry's. */
	void compact() {
		this.phones.removeIf(p -> p == null || p.isEmpty());
		this.identifiers.removeIf(i -> i == null || i.isEmpty());
		this.householdMembers.removeIf(m -> m == null || m.isEmpty());
		this.relationships.removeIf(r -> r == null || r.isEmpty());
		this.confirmedDistinctFrom.removeIf(java.util.Objects::isNull);
		this.candidateIds.removeIf(java.util.Objects::isNull);
	}

	@Override
	public void addRow(String section, String variant) {
		switch (section) {
			case "phones" -> this.phones.add(new PhoneForm(PhoneKind.MOBILE, null, this.phones.isEmpty()));
			case "identifiers" -> this.identifiers.add(new IdentifierForm());
			case "householdMembers" -> this.householdMembers.add(new MemberForm());
			case "relationships" -> this.relationships.add(new RelationshipForm());
			default -> {
			}
		}
	}

	@Override
	public List<?> rows(String section) {
		return switch (section) {
			case "phones" -> this.phones;
			case "identifiers" -> this.identifiers;
			case "householdMembers" -> this.householdMembers;
			case "relationships" -> this.relationships;
			default -> List.of();
		};
	}

	/** Whether a new relationship row still needs the related client chosen. */
	boolean needsRelationshipChoices() {
		return this.relationships.stream().anyMatch(r -> !r.existing);
	}

	ClientDetails details() {
		BirthDatePrecision precision = this.birthDatePrecision == null ? BirthDatePrecision.EXACT
				: this.birthDatePrecision;
		Address addr = this.address == null ? null : this.address.toAddress();
		return new ClientDetails(this.firstName, this.middleName, this.lastName, this.preferredName,
				precision == BirthDatePrecision.EXACT ? this.dateOfBirth : null, precision,
				precision == BirthDatePrecision.YEAR ? this.birthYear : null, this.sex, this.genderIdentity,
				this.pronouns, this.preferredLanguage, this.interpreterNeeded, this.email, addr,
				this.phones.stream().map(p -> new Phone(p.kind, p.number, p.preferred)).toList(),
				this.householdMembers.stream()
					.map(m -> new HouseholdMember(m.name, m.relationship, m.dateOfBirth, m.clientId))
					.toList(),
				this.relationships.stream()
					.map(r -> new Relationship(r.clientId, r.kind, blankToNull(r.note)))
					.toList());
	}

	List<IdentifierInput> identifierInputs() {
		return this.identifiers.stream()
			.map(i -> new IdentifierInput(i.kind, i.value, i.issuer,
					i.keep != null && isBlank(i.value) ? i.keep : null))
			.toList();
	}

	/** What the duplicate check compares; empty when no name was typed yet. */
	MatchSubject matchSubject() {
		BirthDatePrecision precision = this.birthDatePrecision == null ? BirthDatePrecision.EXACT
				: this.birthDatePrecision;
		LocalDate dob = precision == BirthDatePrecision.EXACT ? this.dateOfBirth : null;
		Integer year = dob != null ? Integer.valueOf(dob.getYear())
				: precision == BirthDatePrecision.YEAR ? this.birthYear : null;
		String phone = this.phones.stream()
			.filter(p -> !isBlank(p.number))
			.map(PhoneForm::getNumber)
			.findFirst()
			.orElse(null);
		return new MatchSubject(this.firstName, this.lastName, this.preferredName, dob, year, blankToNull(this.email),
				this.address == null ? null : blankToNull(this.address.city), phone);
	}

	boolean hasName() {
		return !isBlank(this.firstName) || !isBlank(this.lastName);
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	private static String blankToNull(String s) {
		return isBlank(s) ? null : s.trim();
	}

	public String getFirstName() {
		return this.firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = firstName;
	}

	public String getMiddleName() {
		return this.middleName;
	}

	public void setMiddleName(String middleName) {
		this.middleName = middleName;
	}

	public String getLastName() {
		return this.lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = lastName;
	}

	public String getPreferredName() {
		return this.preferredName;
	}

	public void setPreferredName(String preferredName) {
		this.preferredName = preferredName;
	}

	public LocalDate getDateOfBirth() {
		return this.dateOfBirth;
	}

	public void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public BirthDatePrecision getBirthDatePrecision() {
		return this.birthDatePrecision;
	}

	public void setBirthDatePrecision(BirthDatePrecision birthDatePrecision) {
		this.birthDatePrecision = birthDatePrecision;
	}

	public Integer getBirthYear() {
		return this.birthYear;
	}

	public void setBirthYear(Integer birthYear) {
		this.birthYear = birthYear;
	}

	public Sex getSex() {
		return this.sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

	public String getGenderIdentity() {
		return this.genderIdentity;
	}

	public void setGenderIdentity(String genderIdentity) {
		this.genderIdentity = genderIdentity;
	}

	public String getPronouns() {
		return this.pronouns;
	}

	public void setPronouns(String pronouns) {
		this.pronouns = pronouns;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public boolean isInterpreterNeeded() {
		return this.interpreterNeeded;
	}

	public void setInterpreterNeeded(boolean interpreterNeeded) {
		this.interpreterNeeded = interpreterNeeded;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public AddressForm getAddress() {
		return this.address;
	}

	public void setAddress(AddressForm address) {
		this.address = address;
	}

	public List<PhoneForm> getPhones() {
		return this.phones;
	}

	public void setPhones(List<PhoneForm> phones) {
		this.phones = phones;
	}

	public List<IdentifierForm> getIdentifiers() {
		return this.identifiers;
	}

	public void setIdentifiers(List<IdentifierForm> identifiers) {
		this.identifiers = identifiers;
	}

	public List<MemberForm> getHouseholdMembers() {
		return this.householdMembers;
	}

	public void setHouseholdMembers(List<MemberForm> householdMembers) {
		this.householdMembers = householdMembers;
	}

	public List<RelationshipForm> getRelationships() {
		return this.relationships;
	}

	public void setRelationships(List<RelationshipForm> relationships) {
		this.relationships = relationships;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<UUID> getConfirmedDistinctFrom() {
		return this.confirmedDistinctFrom;
	}

	public void setConfirmedDistinctFrom(List<UUID> confirmedDistinctFrom) {
		this.confirmedDistinctFrom = confirmedDistinctFrom;
	}

	public List<UUID> getCandidateIds() {
		return this.candidateIds;
	}

	public void setCandidateIds(List<UUID> candidateIds) {
		this.candidateIds = candidateIds;
	}

	/** The postal address; all fields optional. */
	static class AddressForm {

		private String line1;

		private String line2;

		private String city;

		private String region;

		private String postalCode;

		private String county;

		static AddressForm of(Address a) {
			AddressForm form = new AddressForm();
			if (a != null) {
				form.line1 = a.line1();
				form.line2 = a.line2();
				form.city = a.city();
				form.region = a.region();
				form.postalCode = a.postalCode();
				form.county = a.county();
			}
			return form;
		}

		Address toAddress() {
			Address a = new Address(blankToNull(this.line1), blankToNull(this.line2), blankToNull(this.city),
					blankToNull(this.region), blankToNull(this.postalCode), blankToNull(this.county));
			return a.isEmpty() ? null : a;
		}

		public String getLine1() {
			return this.line1;
		}

		public void setLine1(String line1) {
			this.line1 = line1;
		}

		public String getLine2() {
			return this.line2;
		}

		public void setLine2(String line2) {
			this.line2 = line2;
		}

		public String getCity() {
			return this.city;
		}

		public void setCity(String city) {
			this.city = city;
		}

		public String getRegion() {
			return this.region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public String getPostalCode() {
			return this.postalCode;
		}

		public void setPostalCode(String postalCode) {
			this.postalCode = postalCode;
		}

		public String getCounty() {
			return this.county;
		}

		public void setCounty(String county) {
			this.county = county;
		}

	}

	/** One phone number. */
	static class PhoneForm {

		private PhoneKind kind = PhoneKind.MOBILE;

		private String number;

		private boolean preferred;

		PhoneForm() {
		}

		PhoneForm(PhoneKind kind, String number, boolean preferred) {
			this.kind = kind;
			this.number = number;
			this.preferred = preferred;
		}

		boolean isEmpty() {
			return isBlank(this.number);
		}

		public PhoneKind getKind() {
			return this.kind;
		}

		public void setKind(PhoneKind kind) {
			this.kind = kind;
		}

		public String getNumber() {
			return this.number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public boolean isPreferred() {
			return this.preferred;
		}

		public void setPreferred(boolean preferred) {
			this.preferred = preferred;
		}

	}

	/**
	 * One identifier. A stored one shows only its masked value and keeps it unless a new
	 * value is typed.
	 */
	static class IdentifierForm {

		private IdentifierKind kind;

		private String value;

		private String issuer;

		private Integer keep;

		private String masked;

		boolean isEmpty() {
			return this.keep == null && isBlank(this.value) && isBlank(this.issuer);
		}

		public IdentifierKind getKind() {
			return this.kind;
		}

		public void setKind(IdentifierKind kind) {
			this.kind = kind;
		}

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getIssuer() {
			return this.issuer;
		}

		public void setIssuer(String issuer) {
			this.issuer = issuer;
		}

		public Integer getKeep() {
			return this.keep;
		}

		public void setKeep(Integer keep) {
			this.keep = keep;
		}

		public String getMasked() {
			return this.masked;
		}

		public void setMasked(String masked) {
			this.masked = masked;
		}

	}

	/** Someone who lives with the client. */
	static class MemberForm {

		private String name;

		private RelationshipKind relationship;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dateOfBirth;

		private UUID clientId;

		boolean isEmpty() {
			return isBlank(this.name) && this.dateOfBirth == null && this.clientId == null;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public RelationshipKind getRelationship() {
			return this.relationship;
		}

		public void setRelationship(RelationshipKind relationship) {
			this.relationship = relationship;
		}

		public LocalDate getDateOfBirth() {
			return this.dateOfBirth;
		}

		public void setDateOfBirth(LocalDate dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
		}

		public UUID getClientId() {
			return this.clientId;
		}

		public void setClientId(UUID clientId) {
			this.clientId = clientId;
		}

	}

	/** A link to another registered client. */
	static class RelationshipForm {

		private UUID clientId;

		private RelationshipKind kind;

		private String note;

		/** The related client's name, when the worker may see them. */
		private String displayName;

		/** Saved before: the related client is kept, not chosen again. */
		private boolean existing;

		boolean isEmpty() {
			return this.clientId == null && this.kind == null && isBlank(this.note);
		}

		public boolean isExisting() {
			return this.existing;
		}

		public void setExisting(boolean existing) {
			this.existing = existing;
		}

		public UUID getClientId() {
			return this.clientId;
		}

		public void setClientId(UUID clientId) {
			this.clientId = clientId;
		}

		public RelationshipKind getKind() {
			return this.kind;
		}

		public void setKind(RelationshipKind kind) {
			this.kind = kind;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public String getDisplayName() {
			return this.displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

	}

}
