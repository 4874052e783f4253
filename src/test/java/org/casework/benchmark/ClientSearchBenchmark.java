package org.casework.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.casework.benchmark.BenchmarkDataset.Person;
import org.casework.benchmark.BenchmarkDataset.Registry;
import org.casework.benchmark.BenchmarkDataset.Staff;
import org.casework.benchmark.BenchmarkDataset.Typos;
import org.casework.clients.ClientHit;
import org.casework.clients.ClientMatch;
import org.casework.clients.ClientRegistry;
import org.casework.clients.matching.MatchSubject;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.security.core.Authentication;

import static org.casework.benchmark.BenchmarkDataset.SEED;
import static org.casework.benchmark.BenchmarkDataset.as;

/**
 * Latency of client search and duplicate matching over a registry of 100,000 synthetic
 * clients (target: p95 of at most 20 ms each on a 2-core machine). Run with
 * {@code ./mvnw -Pbenchmark verify}; results go to {@code target/benchmark-results.json}
 * and are written up in {@code docs/benchmarks.md}.
 * <p>
 * The setup seeds the {@link BenchmarkDataset}: the whole application on a throw-away
 * embedded PostgreSQL, an agency with three teams and 43 users, the clients loaded with
 * {@code COPY} (long-tailed names of many origins, accents and Spanish double surnames,
 * some dates of birth known only by year, contact details, about 2% re-registrations with
 * typos), every client given to the worker who registered them and the benchmark worker a
 * caseload of 60. Every call runs through the real {@link ClientRegistry} as a signed-in
 * user, so the scope checks and the audit entry each call writes are part of the cost.
 * Queries rotate through 60 to 64 realistic inputs so that no single lucky query is
 * measured; the setup prints how many of them find the client they were made from.
 * Nothing about timing is asserted.
 * <p>
 * Scopes: the case worker sees their 60 clients; the team supervisor every client a
 * member of the team has access to (about a third of the registry); a supervisor who is
 * also a program admin, configured here as an agency-wide role, the whole registry. For a
 * quicker run on fewer clients:
 * {@code java -cp <test classpath> org.openjdk.jmh.Main ClientSearchBenchmark -p clients=10000}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 2, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 10, timeUnit = TimeUnit.SECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class ClientSearchBenchmark {

	/** How many clients the registry holds. */
	@Param("100000")
	public int clients;

	static final PageRequest PAGE = PageRequest.of(0, PageRequest.DEFAULT_SIZE);

	private BenchmarkDataset data;

	private ClientRegistry registry;

	private Authentication worker;

	private Authentication supervisor;

	private Authentication manager;

	private final List<String> misspelledNames = new ArrayList<>();

	private final List<String> familyNames = new ArrayList<>();

	private final List<LocalDate> familyDobs = new ArrayList<>();

	private final List<MatchSubject> nearDuplicates = new ArrayList<>();

	/** The client each near duplicate was made from. */
	private final List<UUID> originals = new ArrayList<>();

	/** Where each thread is in the rotation of query inputs. */
	@State(Scope.Thread)
	public static class Cursor {

		int next;

		int next(int size) {
			return Math.floorMod(this.next++, size);
		}

	}

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.data = BenchmarkDataset.load(this.clients);
		this.registry = this.data.bean(ClientRegistry.class);
		Staff staff = this.data.staff();
		prepareQueries(this.data.people(), this.data.caseload());
		this.worker = this.data.signIn(staff.worker().username());
		this.supervisor = this.data.signIn(staff.supervisor().username());
		this.manager = this.data.signIn(staff.manager().username());
		checkQueriesFindTheirTargets(this.data.people(), this.data.caseload());
	}

	@TearDown(Level.Trial)
	public void stop() {
		if (this.data != null) {
			this.data.close();
		}
	}

	/** A case worker types a client's name with a typo; scope: their 60 clients. */
	@Benchmark
	public Page<ClientHit> searchMisspelledName(Cursor cursor) {
		String q = this.misspelledNames.get(cursor.next(this.misspelledNames.size()));
		return as(this.worker, () -> this.registry.search(q, null, PAGE));
	}

	/** A case worker searches by family name and date of birth; scope: their clients. */
	@Benchmark
	public Page<ClientHit> searchFamilyNameAndDob(Cursor cursor) {
		int i = cursor.next(this.familyNames.size());
		return as(this.worker, () -> this.registry.search(this.familyNames.get(i), this.familyDobs.get(i), PAGE));
	}

	/** Duplicate check before registering someone who is in the registry already. */
	@Benchmark
	public List<ClientMatch> matchNearDuplicate(Cursor cursor) {
		MatchSubject subject = this.nearDuplicates.get(cursor.next(this.nearDuplicates.size()));
		return as(this.worker, () -> this.registry.matches(subject));
	}

	/**
	 * The same search by the supervisor of the worker's team: the scope is every client a
	 * member of the team has access to (about a third of the registry here).
	 */
	@Benchmark
	public Page<ClientHit> searchMisspelledNameAsSupervisor(Cursor cursor) {
		String q = this.misspelledNames.get(cursor.next(this.misspelledNames.size()));
		return as(this.supervisor, () -> this.registry.search(q, null, PAGE));
	}

	/**
	 * The same search by a supervisor who is also a program admin, a role configured as
	 * agency-wide here ({@code casework.access.agency-wide-roles=PROGRAM_ADMIN}): the
	 * scope is the whole registry.
	 */
	@Benchmark
	public Page<ClientHit> searchMisspelledNameAgencyWide(Cursor cursor) {
		String q = this.misspelledNames.get(cursor.next(this.misspelledNames.size()));
		return as(this.manager, () -> this.registry.search(q, null, PAGE));
	}

	// --- queries ---

	private void prepareQueries(List<Person> people, List<Integer> caseload) {
		Random random = new Random(SEED + 2);
		for (int i : caseload) {
			Person p = people.get(i);
			// what a worker types for a client of theirs: given name as remembered,
			// family
			// name with a typo, often without accents or capitals
			String given = random.nextInt(4) == 0 && p.preferred() != null ? p.preferred() : p.given();
			String typed = asTyped(given, random) + " " + Typos.typo(firstSurname(p.family(), random), random);
			this.misspelledNames.add(random.nextInt(3) == 0 ? typed.toLowerCase(Locale.ROOT) : typed);
			this.familyNames.add(asTyped(firstSurname(p.family(), random), random));
			this.familyDobs.add(p.dob());
		}
		// the near duplicates are anyone in the registry, mostly outside the worker's
		// scope
		while (this.nearDuplicates.size() < 64) {
			Person p = people.get(random.nextInt(people.size()));
			if (!p.active()) {
				continue;
			}
			String given = switch (random.nextInt(10)) {
				case 0, 1, 2 -> Registry.nickname(p.given()) != null ? Registry.nickname(p.given()) : p.given();
				case 3, 4 -> Typos.typo(p.given(), random);
				default -> asTyped(p.given(), random);
			};
			String family = random.nextBoolean() ? Typos.typo(p.family(), random) : asTyped(p.family(), random);
			LocalDate dob = p.dob();
			if (dob != null && random.nextInt(4) == 0) {
				dob = dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()
						? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : dob.withDayOfMonth(
								dob.getDayOfMonth() % 10 == 9 ? dob.getDayOfMonth() - 1 : dob.getDayOfMonth() + 1);
			}
			String email = random.nextBoolean() ? p.email() : null;
			String city = random.nextInt(10) < 7 ? p.city() : null;
			String phone = random.nextBoolean() ? p.phone() : null;
			this.nearDuplicates.add(new MatchSubject(given, family, null, dob,
					dob != null ? Integer.valueOf(dob.getYear()) : p.birthYear(), email, city, phone));
			this.originals.add(p.id());
		}
	}

	private static String asTyped(String name, Random random) {
		return random.nextBoolean() ? Typos.stripAccents(name) : name;
	}

	private static String firstSurname(String family, Random random) {
		int space = family.indexOf(' ');
		return space > 0 && random.nextBoolean() ? family.substring(0, space) : family;
	}

	/**
	 * Runs every query once and prints how often the intended client is found: a
	 * benchmark of searches that find nothing would measure the wrong thing. Fails only
	 * when nothing is found at all (a broken setup).
	 */
	private void checkQueriesFindTheirTargets(List<Person> people, List<Integer> caseload) {
		int byName = 0;
		int byFamilyAndDob = 0;
		for (int k = 0; k < caseload.size(); k++) {
			UUID target = people.get(caseload.get(k)).id();
			String q = this.misspelledNames.get(k);
			if (as(this.worker, () -> this.registry.search(q, null, PAGE)).items()
				.stream()
				.anyMatch(h -> h.id().equals(target))) {
				byName++;
			}
			String family = this.familyNames.get(k);
			LocalDate dob = this.familyDobs.get(k);
			if (as(this.worker, () -> this.registry.search(family, dob, PAGE)).items()
				.stream()
				.anyMatch(h -> h.id().equals(target))) {
				byFamilyAndDob++;
			}
		}
		int matched = 0;
		int matchCount = 0;
		for (int k = 0; k < this.nearDuplicates.size(); k++) {
			MatchSubject subject = this.nearDuplicates.get(k);
			UUID original = this.originals.get(k);
			List<ClientMatch> matches = as(this.worker, () -> this.registry.matches(subject));
			matchCount += matches.size();
			if (matches.stream().anyMatch(m -> m.clientId().equals(original))) {
				matched++;
			}
		}
		System.out.printf(
				"Queries: misspelled name finds its client %d/%d, family name + dob %d/%d; the duplicate check finds the original %d/%d (%.1f matches each)%n",
				byName, caseload.size(), byFamilyAndDob, caseload.size(), matched, this.nearDuplicates.size(),
				(double) matchCount / this.nearDuplicates.size());
		System.out
			.println("Example queries: " + this.misspelledNames.subList(0, 5) + " / " + this.familyNames.subList(0, 3)
					+ " " + this.familyDobs.subList(0, 3) + " / " + this.nearDuplicates.get(0));
		if (byName == 0 || byFamilyAndDob == 0 || matched == 0) {
			throw new IllegalStateException("The benchmark queries find nothing: the setup is broken");
		}
	}

}
