package org.casework.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.casework.clients.ClientRegistry;
import org.casework.clients.IdentifierInput;
import org.casework.clients.domain.Address;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.Client;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.HouseholdMember;
import org.casework.clients.domain.IdentifierKind;
import org.casework.clients.domain.Phone;
import org.casework.clients.domain.PhoneKind;
import org.casework.clients.domain.Relationship;
import org.casework.clients.domain.RelationshipKind;
import org.casework.clients.domain.Sex;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Organisation;
import org.casework.identity.Role;
import org.casework.identity.TeamSummary;
import org.casework.identity.UserContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo users of API.md and, in the demo profile, the agency's programs
 * ({@link DemoPrograms}) and a registry of clients across both teams: households,
 * relationships, identifiers, people known only by birth year, a record marked as entered
 * in error, and a few deliberate near-duplicates for the duplicate check.
 */
@Component
class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoProperties properties;

	private final IdentityManagement identity;

	private final Organisation organisation;

	private final UserContext users;

	private final ClientRegistry registry;

	private final JdbcClient jdbc;

	private final DemoPrograms programs;

	private final DemoIntakes intakes;

	private final DemoDirectory directory;

	private final DemoConsents consents;

	private final DemoTasks tasks;

	private final DemoClosures closures;

	DemoData(DemoProperties properties, IdentityManagement identity, Organisation organisation, UserContext users,
			ClientRegistry registry, JdbcClient jdbc, DemoPrograms programs, DemoIntakes intakes,
			DemoDirectory directory, DemoConsents consents, DemoTasks tasks, DemoClosures closures) {
		this.properties = properties;
		this.identity = identity;
		this.organisation = organisation;
		this.users = users;
		this.registry = registry;
		this.jdbc = jdbc;
		this.programs = programs;
		this.intakes = intakes;
		this.directory = directory;
		this.consents = consents;
		this.tasks = tasks;
		this.closures = closures;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void seed() {
		if (!this.properties.enabled()) {
			return;
		}
		if (!this.identity.anyUsers()) {
			seedUsers();
		}
		if (this.properties.records()) {
			this.programs.seed();
			this.directory.seed();
		}
		boolean empty = this.jdbc.sql("SELECT count(*) = 0 FROM client").query(Boolean.class).single();
		if (this.properties.records() && empty) {
			seedClients();
			this.intakes.seed();
			this.consents.seed();
			this.tasks.seed();
			this.closures.seed();
		}
	}

	private void seedUsers() {
		UUID agencyId = this.organisation.createAgency("Riverside Community Services").id();
		TeamSummary north = this.organisation.createTeam(agencyId, "North team");
		TeamSummary south = this.organisation.createTeam(agencyId, "South team");
		String pw = this.properties.password();
		this.identity.seed("worker1", "Dana Whitfield", pw, EnumSet.of(Role.CASE_WORKER), north.id(), agencyId);
		this.identity.seed("worker2", "Luis Ortega", pw, EnumSet.of(Role.CASE_WORKER), south.id(), agencyId);
		this.identity.seed("supervisor1", "Grace Okafor", pw, EnumSet.of(Role.SUPERVISOR), north.id(), agencyId);
		this.identity.seed("padmin", "Priya Raman", pw, EnumSet.of(Role.PROGRAM_ADMIN), null, agencyId);
		this.identity.seed("admin", "Sam Keller", pw, EnumSet.of(Role.SYSTEM_ADMIN), null, agencyId);
		this.identity.seed("auditor", "Morgan Lee", pw, EnumSet.of(Role.AUDITOR), null, agencyId);
		log.info("Demo users created (worker1, worker2, supervisor1, padmin, admin, auditor)");
	}

	private void seedClients() {
		this.users.runAs("worker1", () -> {
			Client maria = register(person("Maria", "Lopez", "Maria", LocalDate.of(1984, 3, 2), Sex.FEMALE, "es", true,
					"maria.lopez@example.org", "555-201-3344", "14 Alder Street", "Riverside", "Fulton", "30301"),
					List.of(new IdentifierInput(IdentifierKind.SSN, "123-45-6789", null, null),
							new IdentifierInput(IdentifierKind.STATE_ID, "GA-4471902", "Georgia DDS", null)),
					List.of(new HouseholdMember("Sofia Lopez", RelationshipKind.CHILD, LocalDate.of(2012, 9, 14), null),
							new HouseholdMember("Mateo Lopez", RelationshipKind.CHILD, LocalDate.of(2016, 1, 30),
									null)),
					List.of());
			Client jorge = register(
					person("Jorge", "Lopez", null, LocalDate.of(1981, 11, 19), Sex.MALE, "es", false, null,
							"555-201-3345", "14 Alder Street", "Riverside", "Fulton", "30301"),
					List.of(), List.of(),
					List.of(new Relationship(maria.id(), RelationshipKind.SPOUSE, "Married 2010")));
			register(person("William", "Harris", "Bill", LocalDate.of(1957, 6, 8), Sex.MALE, "en", false,
					"bill.harris@example.net", "555-310-8821", "220 Pine Ave Apt 3", "Riverside", "Fulton", "30303"),
					List.of(new IdentifierInput(IdentifierKind.MEDICARE, "1EG4-TE5-MK72", "CMS", null)), List.of(),
					List.of());
			register(
					person("Margaret", "O'Neill", "Peggy", LocalDate.of(1949, 2, 21), Sex.FEMALE, "en", false, null,
							"555-310-1190", "8 Chestnut Court", "Riverside", "Fulton", "30305"),
					List.of(), List.of(new HouseholdMember("Eileen O'Neill", RelationshipKind.SIBLING, null, null)),
					List.of());
			register(
					person("Nguyễn", "Thị Lan", "Lan", LocalDate.of(1990, 7, 4), Sex.FEMALE, "vi", true, null,
							"555-778-2301", "31 Harbor Road", "Riverside", "Fulton", "30307"),
					List.of(), List.of(), List.of());
			register(
					person("Aisha", "Mohammed", null, LocalDate.of(1998, 12, 1), Sex.FEMALE, "so", true,
							"aisha.m@example.com", "555-640-7712", "402 Elm Street", "Eastgate", "DeKalb", "30030"),
					List.of(), List.of(new HouseholdMember("Hodan Mohammed", RelationshipKind.PARENT,
							LocalDate.of(1970, 1, 1), null)),
					List.of());
			register(person("Tyrone", "Jackson", "Ty", LocalDate.of(1976, 10, 15), Sex.MALE, "en", false, null,
					"555-902-4410", null, "Riverside", "Fulton", null), List.of(), List.of(), List.of());
			register(
					person("José", "Ramírez", "Pepe", LocalDate.of(1969, 4, 27), Sex.MALE, "es", false, null,
							"555-455-0921", "77 Mill Lane", "Riverside", "Fulton", "30310"),
					List.of(), List.of(), List.of());
			register(yearOnly("Elena", "Petrova", 1962, Sex.FEMALE, "ru"), List.of(), List.of(), List.of());
			register(person("Keisha", "Brown", null, LocalDate.of(2001, 5, 23), Sex.FEMALE, "en", false,
					"keisha.brown@example.org", "555-300-1122", "19 Oak Street", "Riverside", "Fulton", "30301"),
					List.of(), List.of(new HouseholdMember("Jaylen Brown", RelationshipKind.CHILD,
							LocalDate.of(2021, 3, 3), null)),
					List.of());
			register(
					person("Robert", "Chen", "Bob", LocalDate.of(1988, 8, 30), Sex.MALE, "zh", true, null,
							"555-881-6654", "5 Lotus Way", "Eastgate", "DeKalb", "30032"),
					List.of(), List.of(), List.of());
			register(
					person("Fatima", "Haddad", null, LocalDate.of(1993, 1, 12), Sex.FEMALE, "ar", true, null,
							"555-602-7788", "90 Cedar Blvd", "Riverside", "Fulton", "30311"),
					List.of(), List.of(), List.of());
			register(
					person("Daniel", "Okonkwo", "Dan", LocalDate.of(1979, 9, 9), Sex.MALE, "en", false,
							"dan.okonkwo@example.com", null, null, "Riverside", "Fulton", null),
					List.of(), List.of(), List.of());
			register(
					person("Rosa", "Martínez", "Rosie", LocalDate.of(1955, 12, 24), Sex.FEMALE, "es", true, null,
							"555-120-4455", "3 Vine Street", "Riverside", "Fulton", "30301"),
					List.of(), List.of(), List.of());
			Client typo = register(person("Jon", "Smyth", null, LocalDate.of(1972, 3, 15), Sex.MALE, "en", false, null,
					"555-777-1010", null, "Riverside", "Fulton", null), List.of(), List.of(), List.of());
			this.registry.markEnteredInError(typo.id(), this.registry.read(typo.id()).version(),
					"Registered twice at the front desk; the person is John Smith (South team).");
			register(person("Samuel", "Adeyemi", "Sam", LocalDate.of(2003, 2, 17), Sex.MALE, "en", false, null,
					"555-410-2020", null, "Eastgate", "DeKalb", null), List.of(), List.of(), List.of());
			register(
					person("Alex", "Rivera", null, LocalDate.of(1995, 6, 30), Sex.NOT_STATED, "en", false,
							"alex.rivera@example.org", "555-230-9090", "60 Birch Road", "Riverside", "Fulton", "30301"),
					List.of(), List.of(), List.of());
			// the closure stories (DemoClosures)
			register(
					person("Teresa", "Vaughn", "Tess", LocalDate.of(1980, 4, 14), Sex.FEMALE, "en", false, null,
							"555-318-2040", "27 Walnut Street", "Riverside", "Fulton", "30303"),
					List.of(), List.of(), List.of());
			register(
					person("Marcus", "Bell", null, LocalDate.of(1986, 8, 2), Sex.MALE, "en", false,
							"marcus.bell@example.org", "555-318-4471", "9 Spruce Lane", "Riverside", "Fulton", "30303"),
					List.of(),
					List.of(new HouseholdMember("Jada Bell", RelationshipKind.CHILD, LocalDate.of(2015, 6, 9), null)),
					List.of());
			register(
					person("Ingrid", "Holm", null, LocalDate.of(1951, 1, 26), Sex.FEMALE, "en", false, null,
							"555-318-7702", "3 Willow Court", "Riverside", "Fulton", "30303"),
					List.of(), List.of(), List.of());
			register(
					person("Omar", "Farouk", null, LocalDate.of(1978, 5, 19), Sex.MALE, "en", false, null,
							"555-318-9915", "140 Canal Street", "Riverside", "Fulton", "30303"),
					List.of(), List.of(), List.of());
			return jorge;
		});
		this.users.runAs("worker2", () -> {
			register(
					person("John", "Smith", "Johnny", LocalDate.of(1972, 3, 15), Sex.MALE, "en", false, null,
							"555-777-1010", "400 River Road", "Southport", "Clayton", "30236"),
					List.of(), List.of(), List.of());
			register(person("Mary", "Johnson", null, LocalDate.of(1966, 10, 3), Sex.FEMALE, "en", false,
					"mary.johnson@example.net", "555-880-3030", "12 Lake Drive", "Southport", "Clayton", "30236"),
					List.of(), List.of(), List.of());
			register(
					person("Carlos", "Hernández", null, LocalDate.of(1987, 5, 5), Sex.MALE, "es", true, null,
							"555-220-6060", "88 Palm Court", "Southport", "Clayton", "30238"),
					List.of(),
					List.of(new HouseholdMember("Lucía Hernández", RelationshipKind.SPOUSE, LocalDate.of(1989, 2, 11),
							null),
							new HouseholdMember("Diego Hernández", RelationshipKind.CHILD, LocalDate.of(2014, 7, 19),
									null)),
					List.of());
			register(
					person("Maria", "Lopes", null, LocalDate.of(1984, 2, 3), Sex.FEMALE, "pt", false, null,
							"555-990-1212", "5 Harbor View", "Southport", "Clayton", "30236"),
					List.of(), List.of(), List.of());
			register(
					person("Patricia", "Williams", "Trish", LocalDate.of(1958, 1, 29), Sex.FEMALE, "en", false, null,
							"555-331-4141", "21 Magnolia Street", "Southport", "Clayton", "30237"),
					List.of(), List.of(), List.of());
			register(person("Mohammed", "Ali", null, LocalDate.of(1991, 11, 11), Sex.MALE, "ar", true, null,
					"555-700-5151", null, "Southport", "Clayton", null), List.of(), List.of(), List.of());
			register(
					person("Linh", "Tran", null, LocalDate.of(1999, 4, 8), Sex.FEMALE, "vi", false,
							"linh.tran@example.com", "555-210-7171", "7 Orchard Lane", "Southport", "Clayton", "30236"),
					List.of(), List.of(), List.of());
			register(
					person("Kevin", "O'Brien", null, LocalDate.of(1983, 12, 12), Sex.MALE, "en", false, null,
							"555-440-8181", "300 Main Street", "Southport", "Clayton", "30236"),
					List.of(new IdentifierInput(IdentifierKind.DRIVERS_LICENSE, "D1234567", "Georgia DDS", null)),
					List.of(), List.of());
			register(yearOnly("Grace", "Mensah", 1950, Sex.FEMALE, "en"), List.of(), List.of(), List.of());
			register(
					person("Ana", "Gómez", "Anita", LocalDate.of(2000, 9, 1), Sex.FEMALE, "es", false, null,
							"555-510-9191", "11 Sunset Blvd", "Southport", "Clayton", "30238"),
					List.of(), List.of(), List.of());
			register(person("Dmitri", "Ivanov", null, LocalDate.of(1975, 3, 21), Sex.MALE, "ru", true, null,
					"555-620-1313", null, "Southport", "Clayton", null), List.of(), List.of(), List.of());
			register(
					person("Beatriz", "Santos", "Bea", LocalDate.of(1994, 10, 10), Sex.FEMALE, "pt", false,
							"bea.santos@example.org", "555-730-1414", "2 Bay Street", "Southport", "Clayton", "30236"),
					List.of(), List.of(), List.of());
			return null;
		});
		this.users.runAs("supervisor1",
				() -> register(
						person("Harold", "Greene", "Hal", LocalDate.of(1945, 5, 18), Sex.MALE, "en", false, null,
								"555-101-2020", "1 Elder Way", "Riverside", "Fulton", "30301"),
						List.of(), List.of(), List.of()));
		log.info("Demo clients created");
	}

	private Client register(ClientDetails details, List<IdentifierInput> ids, List<HouseholdMember> household,
			List<Relationship> relationships) {
		ClientDetails full = new ClientDetails(details.givenName(), details.middleName(), details.familyName(),
				details.preferredName(), details.dateOfBirth(), details.birthDatePrecision(), details.birthYear(),
				details.sex(), details.genderIdentity(), details.pronouns(), details.preferredLanguage(),
				details.interpreterNeeded(), details.email(), details.address(), details.phones(), household,
				relationships);
		return this.registry.register(full, ids, List.of());
	}

	private static ClientDetails person(String given, String family, String preferred, LocalDate dob, Sex sex,
			String language, boolean interpreter, String email, String phone, String street, String city, String county,
			String postal) {
		List<Phone> phones = new ArrayList<>();
		if (phone != null) {
			phones.add(new Phone(PhoneKind.MOBILE, phone, true));
		}
		return new ClientDetails(given, null, family, preferred, dob, BirthDatePrecision.EXACT, null, sex, null, null,
				language, interpreter, email, new Address(street, null, city, "GA", postal, county), phones, List.of(),
				List.of());
	}

	private static ClientDetails yearOnly(String given, String family, int year, Sex sex, String language) {
		return new ClientDetails(given, null, family, null, null, BirthDatePrecision.YEAR, year, sex, null, null,
				language, false, null, null, List.of(), List.of(), List.of());
	}

}
