package org.casework.benchmark;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.casework.benchmark.BenchmarkDataset.Copy;
import org.casework.benchmark.BenchmarkDataset.Person;
import org.casework.benchmark.BenchmarkDataset.Staff;
import org.casework.cases.CaseFile;
import org.casework.cases.CaseManagement;
import org.casework.cases.CaseloadEntry;
import org.casework.cases.TeamCaseload;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Role;
import org.casework.identity.UserSummary;
import org.casework.programs.EligibilityRule;
import org.casework.programs.GoalReview;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;
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
import static org.casework.benchmark.BenchmarkDataset.row;

/**
 * Latency of a case worker's caseload (their home page) and of a case page, with 20 users
 * at once, over 100,000 clients and 120,000 cases (target: p95 of at most 30 ms on a
 * 2-core machine). Run with
 * {@code ./mvnw -Pbenchmark verify -Dbenchmark.include='CaseloadBenchmark'}; results go
 * to {@code target/benchmark-results.json} and are written up in
 * {@code docs/benchmarks.md}.
 * <p>
 * The setup seeds the {@link BenchmarkDataset} (the application, 43 users, 100,000
 * clients, as for {@link ClientSearchBenchmark}), adds a supervisor for the third team,
 * defines five programs through {@link ProgramManagement} (one retired), and loads the
 * cases with {@code COPY}: each of the 40 case workers has an open caseload of 25 to 60
 * (EMERGENCY, URGENT and ROUTINE, last activity spread over the past 120 days, most of
 * them for clients the worker registered), and the rest of the cases are closed history
 * opened from 2019 to 2026, numbered {@code C-YYYY-NNNNNN} by year of opening, so that
 * many clients have several cases. Every case has its primary worker on its care team; a
 * few percent were transferred (with the previous owner's membership and access ended at
 * the transfer) and some open ones have a secondary worker. Case owners have
 * {@code CASE_OWNER} access grants, ended when the case closed.
 * <p>
 * {@code @Threads(20)}: each JMH thread is signed in as a different case worker (or, for
 * {@link #teamCaseload}, one of the three team supervisors) and calls the real
 * {@link CaseManagement} with its own security context, so the scope checks, the names
 * put to each row and the audit entries every call writes (in one hash chain shared by
 * all threads) are part of the cost; only HTTP is left out. The setup prints every
 * benchmark worker's open caseload and checks that their caseload lists it in order and
 * that each of their cases opens. Nothing about timing is asserted.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 2, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 10, timeUnit = TimeUnit.SECONDS)
@Threads(CaseloadBenchmark.USERS)
@State(Scope.Benchmark)
public class CaseloadBenchmark {

	/** Users at once: each JMH thread is one of them. */
	static final int USERS = 20;

	/** The home page: the first page of the caseload. */
	static final PageRequest HOME = PageRequest.of(0, 25);

	/** How many clients the registry holds. */
	@Param("100000")
	public int clients;

	/** How many cases there are, open and closed. */
	@Param("120000")
	public int cases;

	private BenchmarkDataset data;

	private CaseManagement caseManagement;

	/** Each case worker's open cases, in caseload order. */
	private final Map<UUID, List<SeedCase>> openCases = new HashMap<>();

	/** The supervisors of the three teams. */
	private final List<UserSummary> supervisors = new ArrayList<>();

	/** Hands each thread a different user. */
	private final AtomicInteger signedIn = new AtomicInteger();

	/** One benchmark user: who they are and where they are in their cases. */
	@State(Scope.Thread)
	public static class User {

		Authentication worker;

		Authentication supervisor;

		List<UUID> cases;

		int next;

		@Setup(Level.Trial)
		public void signIn(CaseloadBenchmark benchmark) {
			int i = benchmark.signedIn.getAndIncrement();
			List<UserSummary> workers = benchmark.data.staff().others();
			UserSummary worker = workers.get(i % workers.size());
			this.worker = benchmark.data.signIn(worker.username());
			this.supervisor = benchmark.data
				.signIn(benchmark.supervisors.get(i % benchmark.supervisors.size()).username());
			this.cases = benchmark.openCases.get(worker.id()).stream().map(SeedCase::id).toList();
		}

		UUID nextCase() {
			return this.cases.get(Math.floorMod(this.next++, this.cases.size()));
		}

	}

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.data = BenchmarkDataset.load(this.clients);
		this.caseManagement = this.data.bean(CaseManagement.class);
		long started = System.nanoTime();
		Staff staff = this.data.staff();
		this.supervisors.add(staff.supervisor());
		this.supervisors.add(staff.manager());
		this.supervisors.add(this.data.bean(IdentityManagement.class)
			.seed("bench.supervisor2", "Adult Services Supervisor", BenchmarkDataset.password(),
					EnumSet.of(Role.SUPERVISOR), staff.teams().get(2).id(), staff.agencyId()));
		List<ProgramView> programs = definePrograms();
		List<SeedCase> seeded = new Cases(this.data, programs, this.supervisors, new Random(SEED + 3)).make(this.cases);
		loadCases(seeded);
		for (UserSummary worker : staff.others()) {
			List<SeedCase> open = seeded.stream()
				.filter(c -> c.open && c.owner.equals(worker.id()))
				.sorted(SeedCase.CASELOAD_ORDER)
				.toList();
			this.openCases.put(worker.id(), open);
		}
		System.out.printf("Seeded %,d cases (%s) in %d s%n", seeded.size(), describe(seeded),
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
		checkCaseloads();
	}

	/** The seeded dataset, for benchmarks that build on these cases. */
	BenchmarkDataset data() {
		return this.data;
	}

	/** Each benchmark worker's open cases, in caseload order. */
	Map<UUID, List<SeedCase>> openCases() {
		return this.openCases;
	}

	@TearDown(Level.Trial)
	public void stop() {
		if (this.data != null) {
			this.data.close();
		}
	}

	/**
	 * A case worker opens their home page: the first 25 cases of their open caseload,
	 * most urgent and longest quiet first (what {@code GET /cases} and
	 * {@code GET /api/v1/caseload} call).
	 */
	@Benchmark
	public Page<CaseloadEntry> caseload(User user) {
		return as(user.worker, () -> this.caseManagement.caseload(null, null, HOME));
	}

	/**
	 * A case worker opens one of their cases, in turn: client header, care team and
	 * transfers (what {@code GET /cases/{id}} and {@code GET /api/v1/cases/{id}} call).
	 */
	@Benchmark
	public CaseFile casePage(User user) {
		UUID caseId = user.nextCase();
		return as(user.worker, () -> this.caseManagement.file(caseId).orElseThrow());
	}

	/**
	 * A supervisor opens their team's caseloads: open, EMERGENCY and URGENT cases per
	 * worker (what {@code GET /cases/team} and {@code GET /api/v1/caseload/team} call).
	 */
	@Benchmark
	public TeamCaseload teamCaseload(User user) {
		return as(user.supervisor, () -> this.caseManagement.teamCaseload());
	}

	// --- programs ---

	/**
	 * Five programs defined by the program manager, as a program admin would: four active
	 * and a pilot that was retired and has only closed cases (the last of the list).
	 */
	private List<ProgramView> definePrograms() {
		ProgramManagement programs = this.data.bean(ProgramManagement.class);
		Authentication admin = this.data.signIn(this.data.staff().manager().username());
		List<IntensityLevel> levels = List.of(new IntensityLevel("HIGH", "High", 7, GoalReview.MONTHLY, 6),
				new IntensityLevel("MEDIUM", "Medium", 14, GoalReview.MONTHLY, 6),
				new IntensityLevel("LOW", "Low", 30, GoalReview.QUARTERLY, 12));
		List<String> counties = List.of("Fulton", "DeKalb", "Clayton", "Cobb", "Gwinnett");
		List<ProgramInput> inputs = List.of(
				new ProgramInput("Housing Stability", "Rent arrears, eviction prevention and rehousing", null,
						List.of(EligibilityRule.income(null, 200), EligibilityRule.jurisdiction(null, counties, null)),
						levels),
				new ProgramInput("Family Support", "Parenting support and child care for families with children", 400,
						List.of(EligibilityRule.yesNo(null, "Is there a child under 18 in the household?", true),
								EligibilityRule.income(null, 250)),
						levels),
				new ProgramInput("Older Adults Outreach", "Home visits and benefits for people 60 and over", null,
						List.of(EligibilityRule.age(null, 60, null)), levels.subList(1, 3)),
				new ProgramInput("Behavioral Health Navigation", "Linking clients to mental health and recovery care",
						null, List.of(EligibilityRule.age(null, 18, null)), levels),
				new ProgramInput("Re-entry Employment Pilot", "Job readiness after release", 60,
						List.of(EligibilityRule.age(null, 18, null)), levels.subList(0, 1)));
		return as(admin, () -> {
			List<ProgramView> defined = new ArrayList<>();
			for (ProgramInput input : inputs) {
				defined.add(programs.create(input));
			}
			ProgramView pilot = defined.remove(defined.size() - 1);
			defined.add(programs.retire(pilot.id(), pilot.version(), "The pilot grant ended on 30 June 2026."));
			return defined;
		});
	}

	// --- cases ---

	/** A case as seeded; the open ones are what the benchmark users work on. */
	static final class SeedCase {

		static final Comparator<SeedCase> CASELOAD_ORDER = Comparator.comparing((SeedCase c) -> c.priority)
			.thenComparing(c -> c.lastActivityAt)
			.thenComparing(c -> c.number);

		final UUID id = UUID.randomUUID();

		String number;

		int client;

		ProgramView program;

		UUID owner;

		boolean open;

		Priority priority;

		String intensity;

		Instant openedAt;

		Instant lastActivityAt;

		/** Who owned the case before it was transferred to its owner, if it was. */
		UUID previousOwner;

		Instant transferredAt;

		UUID transferredBy;

		/** A secondary worker on the care team, if any. */
		UUID secondary;

		UUID id() {
			return this.id;
		}

	}

	/**
	 * Makes the cases: the open caseload of each of the 40 workers, then closed history
	 * up to the number of cases asked for.
	 */
	static final class Cases {

		static final Instant HISTORY_FROM = LocalDate.of(2019, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

		static final Instant PILOT_FROM = LocalDate.of(2025, 7, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

		static final Instant PILOT_TO = LocalDate.of(2026, 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC);

		private final Random random;

		private final BenchmarkDataset data;

		/** The four active programs; the retired pilot apart. */
		private final List<ProgramView> programs;

		private final ProgramView pilot;

		/** The supervisor of each team, in the order of the teams. */
		private final List<UserSummary> supervisors;

		private final List<UserSummary> workers;

		private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		/** Active clients, as indexes in the people. */
		private final List<Integer> active = new ArrayList<>();

		/** Clients who come back: a fifth of them, who get most of the repeat cases. */
		private final List<Integer> returning;

		Cases(BenchmarkDataset data, List<ProgramView> programs, List<UserSummary> supervisors, Random random) {
			this.random = random;
			this.data = data;
			this.programs = programs.subList(0, programs.size() - 1);
			this.pilot = programs.get(programs.size() - 1);
			this.supervisors = supervisors;
			this.workers = data.staff().others();
			List<Person> people = data.people();
			for (int i = 0; i < people.size(); i++) {
				if (people.get(i).active()) {
					this.active.add(i);
				}
			}
			List<Integer> shuffled = new ArrayList<>(this.active);
			Collections.shuffle(shuffled, random);
			this.returning = shuffled.subList(0, shuffled.size() / 5);
		}

		List<SeedCase> make(int total) {
			List<SeedCase> cases = new ArrayList<>(total);
			Map<UUID, List<Integer>> registered = new HashMap<>();
			for (int i : this.active) {
				registered.computeIfAbsent(this.data.registeredBy(i), k -> new ArrayList<>()).add(i);
			}
			// a client is enrolled in a program at most once at a time
			Set<String> enrolled = new HashSet<>();
			for (UserSummary worker : this.workers) {
				int caseload = 25 + this.random.nextInt(36);
				List<Integer> theirs = registered.getOrDefault(worker.id(), List.of());
				while (caseload > 0) {
					int client = !theirs.isEmpty() && this.random.nextInt(10) < 6
							? theirs.get(this.random.nextInt(theirs.size())) : randomClient();
					ProgramView program = program();
					if (enrolled.add(client + "/" + program.id())) {
						cases.add(openCase(worker, client, program));
						caseload--;
					}
				}
			}
			while (cases.size() < total) {
				cases.add(closedCase());
			}
			number(cases);
			return cases;
		}

		private SeedCase openCase(UserSummary worker, int client, ProgramView program) {
			SeedCase c = new SeedCase();
			c.client = client;
			c.program = program;
			c.owner = worker.id();
			c.open = true;
			int p = this.random.nextInt(100);
			c.priority = p < 12 ? Priority.EMERGENCY : p < 42 ? Priority.URGENT : Priority.ROUTINE;
			c.intensity = intensity(program, c.priority);
			// most open cases are recent; some have run for two years
			double u = this.random.nextDouble();
			c.openedAt = this.now.minus((long) (u * u * 730 * 24 * 3600) + 3600, ChronoUnit.SECONDS);
			long quiet = Math.min(Duration.between(c.openedAt, this.now).toSeconds(),
					this.random.nextInt(120 * 24 * 3600));
			c.lastActivityAt = this.now.minusSeconds(quiet);
			if (this.random.nextInt(100) < 4) {
				transfer(c);
			}
			if (this.random.nextInt(100) < 8) {
				c.secondary = otherWorker(c.owner, c.previousOwner);
			}
			return c;
		}

		private SeedCase closedCase() {
			SeedCase c = new SeedCase();
			c.client = this.random.nextInt(100) < 35 ? this.returning.get(this.random.nextInt(this.returning.size()))
					: randomClient();
			c.owner = this.workers.get(this.random.nextInt(this.workers.size())).id();
			c.open = false;
			int p = this.random.nextInt(100);
			c.priority = p < 8 ? Priority.EMERGENCY : p < 35 ? Priority.URGENT : Priority.ROUTINE;
			if (this.random.nextInt(100) < 3) {
				c.program = this.pilot;
				c.openedAt = between(PILOT_FROM, PILOT_TO.minus(60, ChronoUnit.DAYS));
			}
			else {
				c.program = program();
				c.openedAt = between(HISTORY_FROM, this.now.minus(30, ChronoUnit.DAYS));
			}
			c.intensity = intensity(c.program, c.priority);
			Instant closed = c.openedAt.plus(14 + this.random.nextInt(527), ChronoUnit.DAYS);
			Instant latest = c.program == this.pilot ? PILOT_TO : this.now.minus(1, ChronoUnit.DAYS);
			c.lastActivityAt = closed.isAfter(latest) ? latest : closed;
			if (this.random.nextInt(100) < 3) {
				transfer(c);
			}
			return c;
		}

		/** The case went to its owner from another worker some time after it opened. */
		private void transfer(SeedCase c) {
			UUID to = c.owner;
			c.previousOwner = otherWorker(to, null);
			c.transferredAt = between(c.openedAt, c.lastActivityAt);
			int team = 0;
			for (int i = 0; i < this.workers.size(); i++) {
				if (this.workers.get(i).id().equals(c.previousOwner)) {
					team = i % this.supervisors.size();
				}
			}
			c.transferredBy = this.supervisors.get(team).id();
		}

		private UUID otherWorker(UUID owner, UUID previous) {
			while (true) {
				UUID other = this.workers.get(this.random.nextInt(this.workers.size())).id();
				if (!other.equals(owner) && !other.equals(previous)) {
					return other;
				}
			}
		}

		private int randomClient() {
			return this.active.get(this.random.nextInt(this.active.size()));
		}

		/** Housing the most, then family support, older adults, behavioral health. */
		private ProgramView program() {
			int p = this.random.nextInt(100);
			return this.programs.get(p < 40 ? 0 : p < 70 ? 1 : p < 85 ? 2 : 3);
		}

		private String intensity(ProgramView program, Priority priority) {
			List<IntensityLevel> levels = program.intensityLevels();
			if (this.random.nextInt(10) == 0) {
				return null;
			}
			if (priority == Priority.EMERGENCY) {
				return levels.get(0).code();
			}
			return levels.get(this.random.nextInt(levels.size())).code();
		}

		private Instant between(Instant from, Instant to) {
			long seconds = Math.max(1, Duration.between(from, to).toSeconds());
			return from.plusSeconds((long) (this.random.nextDouble() * seconds));
		}

		/** Numbers by year of opening, in the order the cases opened. */
		private static void number(List<SeedCase> cases) {
			List<SeedCase> byOpening = new ArrayList<>(cases);
			byOpening.sort(Comparator.comparing(c -> c.openedAt));
			Map<Integer, Integer> last = new HashMap<>();
			for (SeedCase c : byOpening) {
				int year = c.openedAt.atOffset(ZoneOffset.UTC).getYear();
				int n = last.merge(year, 1, Integer::sum);
				c.number = String.format("C-%d-%06d", year, n);
			}
		}

	}

	/**
	 * Loads the cases, their care teams, transfers, the owners' access grants and the
	 * number counters with COPY in one transaction, then vacuums and analyzes.
	 */
	private void loadCases(List<SeedCase> seeded) throws SQLException, IOException {
		Staff staff = this.data.staff();
		List<Person> people = this.data.people();
		StringBuilder caseRows = new StringBuilder(seeded.size() * 300);
		StringBuilder memberRows = new StringBuilder(seeded.size() * 150);
		StringBuilder transferRows = new StringBuilder();
		StringBuilder accessRows = new StringBuilder(seeded.size() * 160);
		Map<Integer, Integer> counters = new TreeMap<>();
		for (SeedCase c : seeded) {
			UUID client = people.get(c.client).id();
			UUID openedBy = c.previousOwner != null ? c.previousOwner : c.owner;
			Instant ended = c.open ? null : c.lastActivityAt;
			int year = Integer.parseInt(c.number.substring(2, 6));
			counters.merge(year, Integer.parseInt(c.number.substring(7)), Math::max);
			row(caseRows, c.id, c.previousOwner != null ? 1 : 0, c.number, staff.agencyId(), client, c.program.id(),
					c.owner, c.open ? "OPEN" : "CLOSED", c.priority, c.intensity,
					LocalDate.ofInstant(c.openedAt, ZoneOffset.UTC), c.openedAt, openedBy, null, c.lastActivityAt);
			int position = 0;
			Instant ownerSince = c.openedAt;
			if (c.previousOwner != null) {
				row(memberRows, c.id, position++, c.previousOwner, "PRIMARY_WORKER", c.openedAt, c.transferredAt);
				row(transferRows, c.id, 0, c.previousOwner, c.owner, "Caseload balancing in the team",
						"Client prefers phone calls in the afternoon; next appointment is in the case notes.",
						c.transferredBy, c.transferredAt);
				row(accessRows, UUID.randomUUID(), client, c.previousOwner, "CASE_OWNER", c.openedAt, c.transferredAt);
				ownerSince = c.transferredAt;
			}
			row(memberRows, c.id, position++, c.owner, "PRIMARY_WORKER", ownerSince, ended);
			row(accessRows, UUID.randomUUID(), client, c.owner, "CASE_OWNER", ownerSince, ended);
			if (c.secondary != null) {
				row(memberRows, c.id, position, c.secondary, "SECONDARY_WORKER", ownerSince, ended);
				row(accessRows, UUID.randomUUID(), client, c.secondary, "CARE_TEAM", ownerSince, ended);
			}
		}
		StringBuilder counterRows = new StringBuilder();
		counters.forEach((year, last) -> row(counterRows, year, last));
		String caseCopy = """
				COPY client_case (id, version, number, agency_id, client_id, program_id, owner_id, status, priority,
				    intensity_code, opened_on, opened_at, opened_by, intake_id, last_activity_at) FROM STDIN""";
		this.data.copy(List.of(new Copy(caseCopy, caseRows),
				new Copy("COPY case_team_member (client_case, position, user_id, role, joined_at, left_at) FROM STDIN",
						memberRows),
				new Copy("""
						COPY case_transfer (client_case, position, from_owner, to_owner, reason, handoff_note,
						    transferred_by, transferred_at) FROM STDIN""", transferRows),
				new Copy("COPY client_access (id, client_id, user_id, basis, granted_at, ended_at) FROM STDIN",
						accessRows),
				new Copy("COPY case_number_counter (year, last_number) FROM STDIN", counterRows)),
				"client_case, case_team_member, case_transfer, case_number_counter, client_access, program, "
						+ "program_rule, program_intensity_level, app_user, audit_event");
	}

	private static String describe(List<SeedCase> seeded) {
		long open = seeded.stream().filter(c -> c.open).count();
		long transferred = seeded.stream().filter(c -> c.previousOwner != null).count();
		Map<Integer, Long> byYear = new TreeMap<>();
		Map<Integer, Integer> perClient = new HashMap<>();
		for (SeedCase c : seeded) {
			byYear.merge(Integer.parseInt(c.number.substring(2, 6)), 1L, Long::sum);
			perClient.merge(c.client, 1, Integer::sum);
		}
		long several = perClient.values().stream().filter(n -> n > 1).count();
		int most = perClient.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		return String.format(
				"%,d open, %,d closed, %,d transferred; opened by year %s; %,d clients with a case, %,d of them with several (at most %d)",
				open, seeded.size() - open, transferred, byYear, perClient.size(), several, most);
	}

	/**
	 * Prints each benchmark worker's open caseload and checks that their caseload lists
	 * it in order and that each of their cases opens: a benchmark of empty pages would
	 * measure the wrong thing. Fails when the setup is broken; times nothing.
	 */
	private void checkCaseloads() {
		StringBuilder report = new StringBuilder("Benchmark workers' open cases (EMERGENCY/URGENT/ROUTINE):");
		int opened = 0;
		for (UserSummary worker : this.data.staff().others().subList(0, USERS)) {
			List<SeedCase> open = this.openCases.get(worker.id());
			Authentication auth = this.data.signIn(worker.username());
			Page<CaseloadEntry> page = as(auth, () -> this.caseManagement.caseload(null, null, HOME));
			List<String> expected = open.stream().limit(HOME.size()).map(c -> c.number).toList();
			List<String> listed = page.items().stream().map(e -> e.summary().number()).toList();
			if (page.total() != open.size() || !listed.equals(expected)) {
				throw new IllegalStateException(worker.username() + " has " + open.size()
						+ " open cases but the caseload lists " + page.total() + ": " + listed);
			}
			for (SeedCase c : open) {
				CaseFile file = as(auth, () -> this.caseManagement.file(c.id).orElseThrow());
				if (!file.summary().number().equals(c.number) || file.client() == null || file.careTeam().isEmpty()) {
					throw new IllegalStateException("The case page of " + c.number + " is incomplete: " + file);
				}
				opened++;
			}
			report.append(String.format(" %s %d (%d/%d/%d)", worker.username(), open.size(),
					count(open, Priority.EMERGENCY), count(open, Priority.URGENT), count(open, Priority.ROUTINE)));
		}
		System.out.println(report);
		System.out.printf("Each caseload lists the first %d of the worker's open cases in order; %d case pages open%n",
				HOME.size(), opened);
		for (UserSummary supervisor : this.supervisors) {
			TeamCaseload team = as(this.data.signIn(supervisor.username()), () -> this.caseManagement.teamCaseload());
			System.out.printf("Team caseload of %s: %d workers, %d open cases, %d over the safe caseload of %d%n",
					supervisor.username(), team.workers().size(),
					team.workers().stream().mapToLong(w -> w.openCases()).sum(),
					team.workers().stream().filter(w -> w.overSafeCaseload()).count(), team.safeCaseload());
		}
	}

	private static long count(List<SeedCase> cases, Priority priority) {
		return cases.stream().filter(c -> c.priority == priority).count();
	}

}
