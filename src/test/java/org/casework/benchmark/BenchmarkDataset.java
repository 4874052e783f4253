package org.casework.benchmark;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.casework.CaseworkApplication;
import org.casework.clients.domain.SearchKeys;
import org.casework.clients.matching.KeyBuilder;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Organisation;
import org.casework.identity.Role;
import org.casework.identity.TeamSummary;
import org.casework.identity.UserSummary;
import org.casework.identity.security.CaseworkUser;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The data every benchmark of this package runs on, and the means to run calls as a
 * signed-in user. {@link #load} starts the whole application on a throw-away embedded
 * PostgreSQL, seeds an agency with three teams and 43 users, loads the clients with
 * {@code COPY} (names drawn from a few hundred given and family names with a long-tailed
 * distribution, English, Spanish, Vietnamese, Arabic, Somali and other origins, accents
 * and Spanish double surnames included; dates of birth 1940 to 2010, some known only by
 * year; emails, phones, addresses; about 2% re-registrations of the same person with
 * typos), gives every client to the worker who registered them and the benchmark worker a
 * caseload of 60, then runs {@code VACUUM ANALYZE}. Everything random comes from fixed
 * seeds, so every run (and every benchmark) gets the same people.
 * <p>
 * The application runs with {@code casework.access.agency-wide-roles=PROGRAM_ADMIN}: the
 * program manager sees the whole agency.
 */
final class BenchmarkDataset implements AutoCloseable {

	/** The benchmark worker's caseload. */
	static final int CASELOAD = 60;

	/** Other workers who registered the rest of the registry. */
	static final int OTHER_WORKERS = 40;

	static final long SEED = 20260501L;

	private final ConfigurableApplicationContext app;

	private final Staff staff;

	private final List<Person> people;

	/** Who registered each person, by their index in {@link #people}. */
	private final UUID[] registeredBy;

	/** The benchmark worker's clients, as indexes in {@link #people}. */
	private final List<Integer> caseload;

	private BenchmarkDataset(ConfigurableApplicationContext app, Staff staff, List<Person> people) {
		this.app = app;
		this.staff = staff;
		this.people = people;
		this.registeredBy = new UUID[people.size()];
		this.caseload = new ArrayList<>();
	}

	/**
	 * Starts the application and seeds the staff and {@code clients} synthetic clients.
	 */
	static BenchmarkDataset load(int clients) throws SQLException, IOException {
		long started = System.nanoTime();
		byte[] key = new byte[32];
		new Random(SEED).nextBytes(key);
		// command-line arguments: they take precedence over application.yml
		String[] arguments = { "--casework.ephemeral-database=true",
				"--casework.crypto.identifier-key=" + Base64.getEncoder().encodeToString(key),
				"--casework.access.agency-wide-roles=PROGRAM_ADMIN", "--server.port=0",
				"--spring.main.banner-mode=off" };
		ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseworkApplication.class).profiles("test")
			.run(arguments);
		try {
			Staff staff = seedStaff(app);
			List<Person> people = new Registry(new Random(SEED)).people(clients);
			BenchmarkDataset data = new BenchmarkDataset(app, staff, people);
			data.loadClients();
			System.out.printf("%nSeeded %,d clients (%s) in %d s; worker caseload %d clients%n", people.size(),
					Registry.describe(people), Duration.ofNanos(System.nanoTime() - started).toSeconds(),
					data.caseload.size());
			return data;
		}
		catch (RuntimeException | SQLException | IOException ex) {
			app.close();
			throw ex;
		}
	}

	@Override
	public void close() {
		this.app.close();
	}

	<T> T bean(Class<T> type) {
		return this.app.getBean(type);
	}

	Staff staff() {
		return this.staff;
	}

	List<Person> people() {
		return this.people;
	}

	/** The worker who registered the person at this index of {@link #people()}. */
	UUID registeredBy(int person) {
		return this.registeredBy[person];
	}

	/** The benchmark worker's 60 clients, as indexes in {@link #people()}. */
	List<Integer> caseload() {
		return this.caseload;
	}

	/** Runs work as a signed-in user, on the calling thread. */
	static <T> T as(Authentication user, Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(user);
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A user as the login would sign them in (without their password). */
	Authentication signIn(String username) {
		CaseworkUser principal = (CaseworkUser) this.app.getBean(UserDetailsService.class).loadUserByUsername(username);
		principal.eraseCredentials();
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	// --- staff ---

	record Staff(UUID agencyId, List<TeamSummary> teams, UserSummary worker, UserSummary supervisor,
			UserSummary manager, List<UserSummary> others) {
	}

	/** The password of every seeded user. */
	static String password() {
		return "bench-Password-" + SEED;
	}

	private static Staff seedStaff(ConfigurableApplicationContext app) {
		Organisation organisation = app.getBean(Organisation.class);
		IdentityManagement identity = app.getBean(IdentityManagement.class);
		UUID agency = organisation.createAgency("Benchmark County Human Services").id();
		List<TeamSummary> teams = List.of(organisation.createTeam(agency, "Intake"),
				organisation.createTeam(agency, "Family support"), organisation.createTeam(agency, "Adult services"));
		String password = password();
		UserSummary worker = identity.seed("bench.worker", "Benchmark Worker", password, EnumSet.of(Role.CASE_WORKER),
				teams.get(0).id(), agency);
		UserSummary supervisor = identity.seed("bench.supervisor", "Benchmark Supervisor", password,
				EnumSet.of(Role.SUPERVISOR), teams.get(0).id(), agency);
		UserSummary manager = identity.seed("bench.manager", "Benchmark Program Manager", password,
				EnumSet.of(Role.SUPERVISOR, Role.PROGRAM_ADMIN), teams.get(1).id(), agency);
		List<UserSummary> others = new ArrayList<>();
		for (int i = 0; i < OTHER_WORKERS; i++) {
			others.add(identity.seed("bench.worker" + i, "Worker " + i, password, EnumSet.of(Role.CASE_WORKER),
					teams.get(i % teams.size()).id(), agency));
		}
		return new Staff(agency, teams, worker, supervisor, manager, others);
	}

	// --- bulk load ---

	/**
	 * Loads the clients, their phones, their agency and their access grants with COPY in
	 * one transaction, then vacuums and analyzes (as autovacuum would have by the time a
	 * registry holds this many people).
	 */
	private void loadClients() throws SQLException, IOException {
		List<Person> people = this.people;
		Staff staff = this.staff;
		Random random = new Random(SEED + 1);
		// the benchmark worker's caseload: 40 they registered, 20 cases they took over
		List<Integer> caseload = this.caseload;
		Set<Integer> taken = new HashSet<>();
		while (caseload.size() < CASELOAD) {
			int i = random.nextInt(people.size());
			Person p = people.get(i);
			if (p.active() && p.dob() != null && taken.add(i)) {
				caseload.add(i);
			}
		}
		Set<Integer> registeredByWorker = new HashSet<>(caseload.subList(0, 40));
		Set<Integer> ownedByWorker = new HashSet<>(caseload.subList(40, CASELOAD));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		StringBuilder clientRows = new StringBuilder(people.size() * 400);
		StringBuilder phoneRows = new StringBuilder(people.size() * 80);
		StringBuilder scopeRows = new StringBuilder(people.size() * 80);
		StringBuilder accessRows = new StringBuilder(people.size() * 160);
		for (int i = 0; i < people.size(); i++) {
			Person p = people.get(i);
			UUID registeredBy = registeredByWorker.contains(i) ? staff.worker().id()
					: staff.others().get(random.nextInt(staff.others().size())).id();
			this.registeredBy[i] = registeredBy;
			Instant registeredAt = now.minus(1 + random.nextInt(8 * 365 * 24), ChronoUnit.HOURS);
			SearchKeys keys = KeyBuilder.forPerson(p.given(), p.preferred(), p.family());
			row(clientRows, p.id(), 0, staff.agencyId(), registeredBy, registeredAt, p.given(), p.middle(), p.family(),
					p.preferred(), p.dob(), p.dob() != null ? "EXACT" : p.birthYear() != null ? "YEAR" : "UNKNOWN",
					p.birthYear(), p.sex(), p.language(), p.interpreter(), p.email(), p.street(), p.city(), "GA",
					p.postalCode(), p.county(), p.active() ? "ACTIVE" : "ENTERED_IN_ERROR",
					p.active() ? null : "Registered twice at the front desk", array(keys.phonetic()),
					array(keys.names()));
			if (p.phone() != null) {
				row(phoneRows, p.id(), 0, "MOBILE", p.phone(), true);
			}
			if (p.homePhone() != null) {
				row(phoneRows, p.id(), 1, "HOME", p.homePhone(), false);
			}
			row(scopeRows, p.id(), staff.agencyId());
			row(accessRows, UUID.randomUUID(), p.id(), registeredBy, "REGISTERED", registeredAt, null);
			if (ownedByWorker.contains(i)) {
				row(accessRows, UUID.randomUUID(), p.id(), staff.worker().id(), "CASE_OWNER",
						now.minus(30, ChronoUnit.DAYS), null);
			}
			else if (i % 1000 == 7) {
				// cases the worker closed: access ended
				row(accessRows, UUID.randomUUID(), p.id(), staff.worker().id(), "CASE_OWNER", registeredAt,
						registeredAt.plus(90, ChronoUnit.DAYS));
			}
		}
		String clientCopy = """
				COPY client (id, version, agency_id, registered_by, registered_at, given_name, middle_name, family_name,
				    preferred_name, date_of_birth, birth_date_precision, birth_year, sex, preferred_language,
				    interpreter_needed, email, address_line1, city, region, postal_code, county, record_status,
				    error_reason, phonetic_keys, name_keys) FROM STDIN""";
		copy(List.of(new Copy(clientCopy, clientRows),
				new Copy("COPY client_phone (client, client_key, kind, number, preferred) FROM STDIN", phoneRows),
				new Copy("COPY scoped_client (client_id, agency_id) FROM STDIN", scopeRows),
				new Copy("COPY client_access (id, client_id, user_id, basis, granted_at, ended_at) FROM STDIN",
						accessRows)),
				"client, client_phone, scoped_client, client_access, app_user, audit_event");
	}

	/** A {@code COPY ... FROM STDIN} statement and its rows (made with {@link #row}). */
	record Copy(String statement, CharSequence rows) {
	}

	/**
	 * Runs the copies in order in one transaction, then {@code VACUUM ANALYZE} on the
	 * tables named (as autovacuum would have by the time a database holds this much).
	 */
	void copy(List<Copy> copies, String analyzedTables) throws SQLException, IOException {
		DataSource dataSource = this.app.getBean(DataSource.class);
		try (Connection con = dataSource.getConnection()) {
			con.setAutoCommit(false);
			CopyManager copy = con.unwrap(PGConnection.class).getCopyAPI();
			for (Copy c : copies) {
				copy.copyIn(c.statement(), new StringReader(c.rows().toString()));
			}
			con.commit();
			con.setAutoCommit(true);
			try (Statement s = con.createStatement()) {
				s.execute("VACUUM ANALYZE " + analyzedTables);
			}
		}
	}

	/** Appends one row in COPY's text format; {@code null} is written as {@code \N}. */
	static void row(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object v = values[i];
			if (v == null) {
				out.append("\\N");
			}
			else if (v instanceof Boolean b) {
				out.append(b ? 't' : 'f');
			}
			else {
				String s = v.toString();
				for (int j = 0; j < s.length(); j++) {
					char c = s.charAt(j);
					switch (c) {
						case '\\' -> out.append("\\\\");
						case '\t' -> out.append("\\t");
						case '\n' -> out.append("\\n");
						case '\r' -> out.append("\\r");
						default -> out.append(c);
					}
				}
			}
		}
		out.append('\n');
	}

	/** A PostgreSQL array literal (escaped for COPY by {@link #row}). */
	static String array(List<String> values) {
		StringBuilder s = new StringBuilder("{");
		for (String v : values) {
			if (s.length() > 1) {
				s.append(',');
			}
			s.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return s.append('}').toString();
	}

	// --- synthetic people ---

	record Person(UUID id, String given, String middle, String family, String preferred, LocalDate dob,
			Integer birthYear, String sex, String language, boolean interpreter, String email, String phone,
			String homePhone, String street, String city, String county, String postalCode, boolean active) {
	}

	/** Typing mistakes people make in names. */
	static final class Typos {

		private static final String VOWELS = "aeiou";

		private Typos() {
		}

		static String stripAccents(String s) {
			return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		}

		/**
		 * One typing mistake (adjacent letters swapped, a letter left out, doubled, or a
		 * vowel changed), with the accents usually left out too.
		 */
		static String typo(String name, Random random) {
			String base = random.nextInt(3) == 0 ? name : stripAccents(name);
			for (int attempt = 0; attempt < 10; attempt++) {
				StringBuilder s = new StringBuilder(base);
				int i = 1 + random.nextInt(Math.max(1, s.length() - 2));
				if (i >= s.length() - 1 || !Character.isLetter(s.charAt(i)) || !Character.isLetter(s.charAt(i + 1))) {
					continue;
				}
				switch (random.nextInt(4)) {
					case 0 -> {
						char c = s.charAt(i);
						s.setCharAt(i, s.charAt(i + 1));
						s.setCharAt(i + 1, c);
					}
					case 1 -> s.deleteCharAt(i);
					case 2 -> s.insert(i, s.charAt(i));
					default -> {
						int v = VOWELS.indexOf(Character.toLowerCase(s.charAt(i)));
						if (v < 0) {
							s.deleteCharAt(i);
						}
						else {
							s.setCharAt(i, VOWELS.charAt((v + 1 + random.nextInt(4)) % VOWELS.length()));
						}
					}
				}
				String typo = s.toString();
				if (!stripAccents(typo).equalsIgnoreCase(stripAccents(name))) {
					return typo;
				}
			}
			return base + (base.endsWith("s") ? "" : "s");
		}

	}

	/**
	 * A synthetic registry: names by origin with long-tailed frequencies (the first names
	 * of each list are the most common), Spanish double surnames, preferred names,
	 * birth-year-only records, contact details, and some re-registrations of the same
	 * person.
	 */
	static final class Registry {

		static final String[] ENGLISH_FEMALE = { "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara",
				"Susan", "Jessica", "Sarah", "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley",
				"Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah",
				"Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna",
				"Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel",
				"Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia", "Joyce",
				"Virginia", "Victoria", "Kelly", "Lauren", "Christina", "Joan", "Evelyn", "Judith", "Megan", "Andrea",
				"Cheryl", "Hannah", "Jacqueline", "Martha", "Gloria", "Teresa", "Ann", "Sara", "Madison", "Frances",
				"Kathryn", "Janice", "Jean", "Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris",
				"Marilyn", "Danielle", "Beverly", "Isabella", "Theresa", "Diana", "Natalie", "Brittany", "Charlotte",
				"Marie", "Kayla", "Alexis", "Lori", "Keisha", "Tamika", "Latoya", "Ebony", "Aaliyah", "Imani", "Zoë",
				"Chloé", "Renée", "Noémie" };

		static final String[] ENGLISH_MALE = { "James", "Robert", "John", "Michael", "David", "William", "Richard",
				"Joseph", "Thomas", "Christopher", "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Donald",
				"Steven", "Andrew", "Paul", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald",
				"Jason", "Edward", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen",
				"Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Patrick", "Frank",
				"Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Zachary",
				"Douglas", "Peter", "Kyle", "Noah", "Ethan", "Jeremy", "Walter", "Christian", "Keith", "Roger", "Terry",
				"Austin", "Sean", "Gerald", "Carl", "Harold", "Dylan", "Arthur", "Lawrence", "Jordan", "Jesse", "Bryan",
				"Billy", "Bruce", "Gabriel", "Joe", "Logan", "Albert", "Willie", "Alan", "Eugene", "Russell", "Vincent",
				"Philip", "Bobby", "Johnny", "Bradley", "Roy", "Ralph", "Tyrone", "DeShawn", "Jamal", "Darnell",
				"Marcus", "Terrence", "André", "René", "François", "Jürgen" };

		static final String[] SPANISH_FEMALE = { "María", "Guadalupe", "Ana", "Rosa", "Carmen", "Juana", "Margarita",
				"Verónica", "Patricia", "Elizabeth", "Leticia", "Gabriela", "Alejandra", "Adriana", "Claudia", "Lucía",
				"Sofía", "Isabel", "Teresa", "Yolanda", "Araceli", "Silvia", "Martha", "Dolores", "Beatriz", "Ximena",
				"Valentina", "Camila", "Daniela", "Mariana", "Fernanda", "Andrea", "Concepción", "Inés", "Mónica",
				"Gloria", "Raquel", "Esperanza", "Rocío", "Begoña", "Maite", "Consuelo", "Socorro", "Marisol",
				"Yesenia", "Maribel", "Itzel", "Nayeli", "Lourdes", "Ángela" };

		static final String[] SPANISH_MALE = { "José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Francisco",
				"Antonio", "Alejandro", "Jorge", "Pedro", "Manuel", "Ricardo", "Fernando", "Javier", "Roberto",
				"Eduardo", "Ramón", "Rafael", "Raúl", "Sergio", "Arturo", "Mario", "Héctor", "Daniel", "Diego",
				"Santiago", "Mateo", "Ángel", "Óscar", "Martín", "Andrés", "Joaquín", "Ignacio", "Tomás", "Guillermo",
				"Enrique", "Alfredo", "Gerardo", "Salvador", "Rubén", "Hugo", "Julián", "Agustín", "Emilio", "Iván",
				"Nicolás", "Sebastián", "Efraín", "Ulises" };

		static final String[] VIETNAMESE = { "Linh", "Anh", "Minh", "Huong", "Thảo", "Hùng", "Tuấn", "Trang", "Lan",
				"Dũng", "Hương", "Phương", "Quang", "Hải", "Ngọc", "Thu", "Khoa", "Bảo", "Vy", "Duc" };

		static final String[] ARABIC_SOMALI = { "Mohammed", "Ahmed", "Fatima", "Aisha", "Omar", "Ali", "Hassan", "Abdi",
				"Amina", "Hodan", "Faduma", "Khadija", "Yusuf", "Ibrahim", "Mariam", "Zainab", "Mustafa", "Abdullahi",
				"Hawa", "Layla", "Nasra", "Said", "Khalid", "Samira", "Idil", "Ayan" };

		static final String[] OTHER_GIVEN = { "Dmitri", "Olga", "Natalia", "Sergei", "Irina", "Wei", "Mei", "Jun", "Li",
				"Xiu", "Min-jun", "Ji-woo", "Seo-yeon", "Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Kwame", "Ama",
				"João", "Conceição", "Gonçalo", "Priya", "Rahul", "Anjali", "Arjun", "Hélène", "Søren", "Bjørn",
				"Zoltán" };

		static final String[] ENGLISH_FAMILY = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
				"Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
				"Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill",
				"Green", "Adams", "Nelson", "Baker", "Hall", "Campbell", "Mitchell", "Carter", "Roberts", "Phillips",
				"Evans", "Turner", "Parker", "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers",
				"Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Cox", "Ward", "Richardson",
				"Watson", "Brooks", "Wood", "James", "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long",
				"Ross", "Foster", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler",
				"Henderson", "Barnes", "Fisher", "Henry", "Graham", "Simmons", "Washington", "Hamilton", "Ford",
				"Wallace", "Griffin", "West", "Cole", "Hayes", "Bryant", "Gibson", "Ellis", "Stevens", "Murray",
				"Marshall", "Owens", "McDonald", "Harrison", "Kennedy", "Wells", "Alexander", "Tucker", "Porter",
				"Hunter", "Hicks", "Crawford", "Boyd", "Mason", "Warren", "Dixon", "Burns", "Gordon", "Shaw", "Holmes",
				"Rice", "Robertson", "Black", "Daniels", "Palmer", "Mills", "Grant", "Knight", "Ferguson", "Stone",
				"Hawkins", "Dunn", "Perkins", "Hudson", "Spencer", "Gardner", "Stephens", "Payne", "Pierce", "Berry",
				"Matthews", "Arnold", "Wagner", "Willis", "Ray", "Watkins", "Olson", "Carroll", "Duncan", "Snyder",
				"Hart", "Cunningham", "Bradley", "Lane", "Andrews", "Harper", "Fox", "Riley", "Armstrong", "Carpenter",
				"Weaver", "Greene", "Lawrence", "Elliott", "Chapman", "Johnston", "O'Brien", "O'Neill", "O'Connor",
				"McCarthy", "Brennan", "Walsh", "Schmidt", "Müller", "Schröder", "Becker" };

		static final String[] SPANISH_FAMILY = { "García", "Rodríguez", "Martínez", "Hernández", "López", "González",
				"Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Reyes",
				"Morales", "Gutiérrez", "Ortiz", "Ramos", "Chávez", "Mendoza", "Ruiz", "Álvarez", "Castillo", "Jiménez",
				"Moreno", "Romero", "Herrera", "Medina", "Aguilar", "Vargas", "Castro", "Guzmán", "Fernández", "Muñoz",
				"Méndez", "Salazar", "Soto", "Delgado", "Peña", "Ríos", "Alvarado", "Sandoval", "Contreras", "Valdez",
				"Guerrero", "Ortega", "Estrada", "Núñez", "Maldonado", "Vázquez", "Domínguez", "Espinoza", "Figueroa",
				"Rojas", "Luna", "Juárez", "Cabrera", "Campos", "Navarro", "Acosta", "Vega", "Cervantes", "Ibáñez",
				"Castañeda", "Avilés", "Orozco", "Fuentes", "Carrillo", "Zamora", "Villalobos", "Beltrán", "Quintero",
				"Escobar", "Bautista", "Padilla", "Lozano", "Velázquez", "Solís", "Cordero", "de la Cruz", "de León",
				"Santos" };

		static final String[] VIETNAMESE_FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
				"Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Nguyen", "Tran", "Pham" };

		static final String[] ARABIC_SOMALI_FAMILY = { "Mohamed", "Ali", "Hassan", "Ahmed", "Abdi", "Hussein", "Omar",
				"Yusuf", "Ibrahim", "Osman", "Farah", "Warsame", "Jama", "Haddad", "Khalil", "Mansour", "Nasser",
				"Abdullah", "Mahmoud", "Salah" };

		static final String[] OTHER_FAMILY = { "Ivanov", "Petrova", "Smirnov", "Kuznetsova", "Popov", "Wang", "Li",
				"Zhang", "Liu", "Chen", "Yang", "Huang", "Kim", "Park", "Choi", "Okonkwo", "Adeyemi", "Okafor",
				"Mensah", "Owusu", "Silva", "Santos", "Oliveira", "Souza", "Conceição", "Patel", "Shah", "Singh",
				"Kumar", "Sharma", "Dubois", "Lefèvre", "Kowalski", "Nowak", "Wiśniewski", "Jensen", "Søndergaard",
				"Novák", "Horváth", "Papadopoulos" };

		static final String[][] CITIES = { { "Riverside", "Fulton", "303" }, { "Atlanta", "Fulton", "303" },
				{ "Southport", "Clayton", "302" }, { "Eastgate", "DeKalb", "300" }, { "Decatur", "DeKalb", "300" },
				{ "East Point", "Fulton", "303" }, { "College Park", "Fulton", "303" },
				{ "Forest Park", "Clayton", "302" }, { "Morrow", "Clayton", "302" }, { "Jonesboro", "Clayton", "302" },
				{ "Marietta", "Cobb", "300" }, { "Smyrna", "Cobb", "300" }, { "Norcross", "Gwinnett", "300" },
				{ "Lawrenceville", "Gwinnett", "300" }, { "Doraville", "DeKalb", "303" },
				{ "Chamblee", "DeKalb", "303" }, { "Stone Mountain", "DeKalb", "300" }, { "Lithonia", "DeKalb", "300" },
				{ "Tucker", "DeKalb", "300" }, { "Stockbridge", "Henry", "302" }, { "Conyers", "Rockdale", "300" },
				{ "Roswell", "Fulton", "300" }, { "Duluth", "Gwinnett", "300" },
				{ "Peñasco Heights", "Fulton", "303" } };

		static final String[] STREETS = { "Oak", "Pine", "Maple", "Cedar", "Elm", "Alder", "Main", "Church", "Mill",
				"Lake", "Hill", "Park", "Peachtree", "Magnolia", "Dogwood", "Chestnut", "Willow", "Sunset", "River",
				"Harbor", "Highland", "Lincoln", "Jackson", "Washington", "Martin Luther King Jr", "Buford", "Memorial",
				"Candler", "Ponce de León", "Old National" };

		static final String[] STREET_TYPES = { "Street", "Avenue", "Road", "Drive", "Court", "Lane", "Way", "Boulevard",
				"Place", "Highway" };

		static final String[] MAIL_DOMAINS = { "gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.com",
				"hotmail.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "example.org" };

		static final Map<String, String> NICKNAMES = new HashMap<>();

		static {
			String[][] pairs = { { "William", "Bill" }, { "Robert", "Bob" }, { "Richard", "Rick" }, { "James", "Jim" },
					{ "Michael", "Mike" }, { "Elizabeth", "Liz" }, { "Margaret", "Peggy" }, { "Patricia", "Trish" },
					{ "Katherine", "Kate" }, { "Christopher", "Chris" }, { "Anthony", "Tony" }, { "Joseph", "Joe" },
					{ "Thomas", "Tom" }, { "Daniel", "Dan" }, { "Jennifer", "Jen" }, { "Rebecca", "Becky" },
					{ "Deborah", "Debbie" }, { "Kenneth", "Ken" }, { "Samuel", "Sam" }, { "Alexander", "Alex" },
					{ "Benjamin", "Ben" }, { "Nicholas", "Nick" }, { "Jonathan", "Jon" }, { "Edward", "Ed" },
					{ "Timothy", "Tim" }, { "Gregory", "Greg" }, { "Susan", "Sue" }, { "Barbara", "Barb" },
					{ "Kimberly", "Kim" }, { "Victoria", "Vicky" }, { "Francisco", "Paco" }, { "José", "Pepe" },
					{ "Guadalupe", "Lupe" }, { "Jesús", "Chuy" }, { "Alejandro", "Alex" }, { "Ignacio", "Nacho" },
					{ "Dolores", "Lola" }, { "Concepción", "Concha" }, { "Alejandra", "Ale" }, { "Antonio", "Toño" },
					{ "Guillermo", "Memo" }, { "Roberto", "Beto" }, { "Eduardo", "Lalo" }, { "Enrique", "Quique" } };
			for (String[] pair : pairs) {
				NICKNAMES.put(pair[0], pair[1]);
			}
		}

		private final Random random;

		private final Map<String[], double[]> weights = new IdentityHashMap<>();

		Registry(Random random) {
			this.random = random;
		}

		static String nickname(String given) {
			return NICKNAMES.get(given);
		}

		List<Person> people(int count) {
			List<Person> people = new ArrayList<>(count);
			while (people.size() < count) {
				if (people.size() > 1000 && this.random.nextInt(50) == 0) {
					people.add(reRegistration(people.get(this.random.nextInt(people.size()))));
				}
				else {
					people.add(person());
				}
			}
			return people;
		}

		private Person person() {
			int origin = this.random.nextInt(100);
			boolean female = this.random.nextBoolean();
			String family;
			String given;
			String language;
			if (origin < 55) {
				family = pick(ENGLISH_FAMILY);
				given = pick(female ? ENGLISH_FEMALE : ENGLISH_MALE);
				language = "en";
			}
			else if (origin < 85) {
				family = pick(SPANISH_FAMILY);
				if (this.random.nextInt(5) == 0) {
					String second = pick(SPANISH_FAMILY);
					family = this.random.nextInt(4) == 0 ? family + "-" + second : family + " " + second;
				}
				given = this.random.nextInt(5) == 0 ? pick(female ? ENGLISH_FEMALE : ENGLISH_MALE)
						: pick(female ? SPANISH_FEMALE : SPANISH_MALE);
				language = this.random.nextInt(3) == 0 ? "en" : "es";
			}
			else if (origin < 89) {
				family = pick(VIETNAMESE_FAMILY);
				given = pick(VIETNAMESE);
				language = this.random.nextBoolean() ? "vi" : "en";
			}
			else if (origin < 93) {
				family = pick(ARABIC_SOMALI_FAMILY);
				given = pick(ARABIC_SOMALI);
				language = new String[] { "ar", "so", "en" }[this.random.nextInt(3)];
			}
			else {
				family = pick(OTHER_FAMILY);
				given = pick(OTHER_GIVEN);
				language = "en";
			}
			String middle = this.random.nextInt(10) < 3 ? pick(female ? ENGLISH_FEMALE : ENGLISH_MALE) : null;
			String preferred = nickname(given) != null && this.random.nextInt(10) < 4 ? nickname(given) : null;
			LocalDate dob = null;
			Integer birthYear = null;
			int known = this.random.nextInt(100);
			LocalDate born = LocalDate.of(1940, 1, 1).plusDays(this.random.nextInt(71 * 365 + 17));
			if (known < 96) {
				dob = born;
				birthYear = born.getYear();
			}
			else if (known < 99) {
				birthYear = born.getYear();
			}
			String[] city = CITIES[Math.min(CITIES.length - 1, (int) Math.abs(this.random.nextGaussian() * 6))];
			String email = null;
			if (this.random.nextInt(100) < 55) {
				String local = Typos.stripAccents(given + (this.random.nextBoolean() ? "." : "") + family)
					.toLowerCase(Locale.ROOT)
					.replaceAll("[^a-z.]", "");
				email = local + (this.random.nextBoolean() ? "" : String.valueOf(this.random.nextInt(100))) + "@"
						+ MAIL_DOMAINS[this.random.nextInt(MAIL_DOMAINS.length)];
			}
			String phone = this.random.nextInt(100) < 82 ? phone() : null;
			String homePhone = this.random.nextInt(100) < 12 ? phone() : null;
			String street = this.random.nextInt(100) < 88
					? (1 + this.random.nextInt(4999)) + " " + STREETS[this.random.nextInt(STREETS.length)] + " "
							+ STREET_TYPES[this.random.nextInt(STREET_TYPES.length)]
							+ (this.random.nextInt(5) == 0 ? " Apt " + (1 + this.random.nextInt(40)) : "")
					: null;
			String sex = this.random.nextInt(100) < 2 ? "NOT_STATED" : female ? "FEMALE" : "MALE";
			boolean interpreter = !"en".equals(language) && this.random.nextInt(10) < 4;
			return new Person(UUID.randomUUID(), given, middle, family, preferred, dob, birthYear, sex, language,
					interpreter, email, phone, homePhone, street, city[0], city[1],
					city[2] + String.format("%02d", this.random.nextInt(100)), this.random.nextInt(200) != 0);
		}

		/** The same person registered again: a typo, a nickname, a swapped date. */
		private Person reRegistration(Person p) {
			String given = p.given();
			String family = p.family();
			LocalDate dob = p.dob();
			switch (this.random.nextInt(4)) {
				case 0 -> family = Typos.typo(family, this.random);
				case 1 -> given = nickname(given) != null ? nickname(given) : Typos.typo(given, this.random);
				case 2 -> {
					if (dob != null && dob.getDayOfMonth() <= 12) {
						dob = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
					}
				}
				default -> family = Typos.stripAccents(family);
			}
			return new Person(UUID.randomUUID(), given, p.middle(), family, p.preferred(), dob, p.birthYear(), p.sex(),
					p.language(), p.interpreter(), this.random.nextBoolean() ? p.email() : null, p.phone(), null,
					p.street(), p.city(), p.county(), p.postalCode(), this.random.nextInt(4) != 0);
		}

		private String phone() {
			String[] areas = { "404", "470", "678", "770" };
			return areas[this.random.nextInt(areas.length)] + "-" + (200 + this.random.nextInt(800)) + "-"
					+ String.format("%04d", this.random.nextInt(10000));
		}

		/**
		 * A name from a list whose first entries are the most common: Zipf-Mandelbrot
		 * weights 1/(rank + 8), so that the most common family name is about 2% of the
		 * registry (Smith is about 1% of the US population, García 0.4%).
		 */
		private String pick(String[] names) {
			double[] cumulative = this.weights.computeIfAbsent(names, n -> {
				double[] c = new double[n.length];
				double sum = 0;
				for (int i = 0; i < n.length; i++) {
					sum += 1.0 / (i + 1 + 8);
					c[i] = sum;
				}
				return c;
			});
			double u = this.random.nextDouble() * cumulative[cumulative.length - 1];
			int i = Arrays.binarySearch(cumulative, u);
			return names[Math.min(names.length - 1, i >= 0 ? i : -i - 1)];
		}

		static String describe(List<Person> people) {
			Map<String, Integer> families = new HashMap<>();
			Set<String> givens = new HashSet<>();
			int yearOnly = 0;
			int withEmail = 0;
			for (Person p : people) {
				families.merge(p.family(), 1, Integer::sum);
				givens.add(p.given());
				yearOnly += p.dob() == null ? 1 : 0;
				withEmail += p.email() != null ? 1 : 0;
			}
			var top = families.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
			return String.format(
					"%d distinct given names, %d distinct family names, most common family name %s (%d), %d without an exact date of birth, %d with an email",
					givens.size(), families.size(), top.getKey(), top.getValue(), yearOnly, withEmail);
		}

	}

}
