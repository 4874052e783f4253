package org.casework.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.casework.identity.UserSummary;
import org.casework.monitoring.MonitoringRules;
import org.casework.monitoring.TaskView;
import org.casework.monitoring.WorkQueue;
import org.casework.notes.ContactMethod;
import org.casework.notes.NoteInput;
import org.casework.notes.NoteListItem;
import org.casework.notes.NoteType;
import org.casework.notes.NoteView;
import org.casework.notes.Notes;
import org.casework.notes.SignNote;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;

import static org.casework.benchmark.BenchmarkDataset.as;

/**
 * Contact notes and the work queue with 20 users at once, over the cases of
 * {@link CaseloadBenchmark} (100,000 clients, 120,000 cases) and about 1,000,000 signed
 * notes (60 on each open case, 8 on each closed one, spread between the case's opening
 * and its last activity, with their full-text index), and the monitoring rules over
 * 120,000 open cases. Targets: p95 of at most 30 ms for signing a note, a case's note
 * list and the work queue; a full rule run in under 60 s. Saving a draft is measured too.
 * Run with {@code ./mvnw -Pbenchmark verify -Dbenchmark.include='NotesBenchmark'}.
 * <p>
 * Each JMH thread is a different case worker calling the real {@link Notes} and
 * {@link WorkQueue} with their own security context (scope checks and audit entries
 * included). The rules run once at setup over the open caseloads, so that the queues hold
 * tasks; at the end, open cases are added (new enrollments of clients in programs they
 * are not enrolled in) up to 120,000 and a full rule run is timed once and printed.
 * <p>
 * The warm-up is a minute: on two cores shared by 20 threads and the database, the JIT
 * compiler is still at work after ten seconds (signing's p95 fell from 49 to 35 to 30 ms
 * over the first three ten-second iterations), and a server runs for days, not seconds.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 6, time = 10, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 10, timeUnit = TimeUnit.SECONDS)
@Threads(CaseloadBenchmark.USERS)
@State(Scope.Benchmark)
public class NotesBenchmark {

	/** A note list page as the case page and the notes page show it. */
	static final PageRequest NOTE_PAGE = PageRequest.of(0, 20);

	@Param("100000")
	public int clients;

	@Param("120000")
	public int cases;

	/** Open cases for the timed full rule run. */
	@Param("120000")
	public int openCases;

	private final CaseloadBenchmark base = new CaseloadBenchmark();

	private Notes notes;

	private WorkQueue queue;

	private final AtomicInteger signedIn = new AtomicInteger();

	/** One benchmark user: a case worker and their open cases. */
	@State(Scope.Thread)
	public static class User {

		Authentication worker;

		List<UUID> cases;

		int next;

		@Setup(Level.Trial)
		public void signIn(NotesBenchmark benchmark) {
			int i = benchmark.signedIn.getAndIncrement();
			List<UserSummary> workers = benchmark.base.data().staff().others();
			UserSummary worker = workers.get(i % workers.size());
			this.worker = benchmark.base.data().signIn(worker.username());
			this.cases = benchmark.base.openCases().get(worker.id()).stream().map(c -> c.id).toList();
		}

		UUID nextCase() {
			return this.cases.get(Math.floorMod(this.next++, this.cases.size()));
		}

	}

	@Setup(Level.Trial)
	public void start() throws Exception {
		this.base.clients = this.clients;
		this.base.cases = this.cases;
		this.base.start();
		BenchmarkDataset data = this.base.data();
		this.notes = data.bean(Notes.class);
		this.queue = data.bean(WorkQueue.class);
		JdbcClient jdbc = data.bean(JdbcClient.class);
		long started = System.nanoTime();
		int seeded = jdbc.sql("""
				INSERT INTO contact_note (id, case_id, client_id, type, method, contact_at, location, participants,
				    topics, observations, services, next_contact_plan, next_contact_on, author_id, created_at,
				    updated_at, signed_at, search_text, search_vector)
				SELECT gen_random_uuid(), c.id, c.client_id, 'CONTACT',
				       (ARRAY['IN_PERSON','HOME_VISIT','PHONE','VIDEO','TEXT'])[1 + g % 5], n.at,
				       'Office', '["Client"]', t.topics, t.observations, t.services, 'Phone check-in',
				       CAST(n.at AS date) + 14, c.owner_id, n.at, n.at, n.at,
				       t.topics || ' ' || t.observations || ' ' || t.services,
				       to_tsvector('english', t.topics || ' ' || t.observations || ' ' || t.services)
				FROM client_case c
				CROSS JOIN LATERAL generate_series(1, CASE WHEN c.status = 'OPEN' THEN 60 ELSE 8 END) AS g
				CROSS JOIN LATERAL (SELECT c.opened_at + (c.last_activity_at - c.opened_at) * g
				    / CASE WHEN c.status = 'OPEN' THEN 60 ELSE 8 END AS at) AS n
				CROSS JOIN LATERAL (SELECT (ARRAY['Rent arrears and the payment plan', 'The children''s school and '
				    || 'after-school care', 'Food this week and the SNAP recertification', 'Doctor''s appointment and '
				    || 'the ride there'])[1 + g % 4] AS topics,
				    (ARRAY['Client arrived on time with the landlord''s letter; spoke calmly and asked questions.',
				    'Apartment clean; two children doing homework at the kitchen table; heater working.',
				    'Client said she had skipped meals twice this week; cupboards nearly empty.',
				    'Client walked with a cane and needed help with the stairs; medication list on the fridge.'])
				    [1 + g % 4] AS observations,
				    (ARRAY['Called the landlord together', 'Gave the food pantry''s hours',
				    'Booked the medical ride', 'Filled in the recertification form'])[1 + g % 4] AS services) AS t""")
			.update();
		jdbc.sql("ANALYZE contact_note").update();
		System.out.printf("Seeded %,d signed notes in %d s%n", seeded,
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
		MonitoringRules.Outcome outcome = data.bean(MonitoringRules.class).evaluate();
		System.out.printf("Rules over the open caseloads: %d tasks raised%n", outcome.raised());
		check(data);
	}

	/** The notes a benchmark worker's case shows, and their queue: not empty. */
	private void check(BenchmarkDataset data) {
		UserSummary worker = data.staff().others().get(0);
		Authentication user = data.signIn(worker.username());
		UUID someCase = this.base.openCases().get(worker.id()).get(0).id;
		long listed = as(user, () -> this.notes.list(someCase, null, NOTE_PAGE)).total();
		long queued = as(user, () -> this.queue.mine(null, PageRequest.of(0, 20))).total();
		System.out.printf("%s: %d notes on a case, %d tasks in the queue%n", worker.username(), listed, queued);
		if (listed < 60 || queued == 0) {
			throw new IllegalStateException("The benchmark data is not what it should be");
		}
	}

	/**
	 * A worker's phone starts a note on one of their cases: the first automatic save of a
	 * draft, with the documentation check the screen shows.
	 */
	@Benchmark
	public NoteView saveDraft(User user) {
		UUID caseId = user.nextCase();
		return as(user.worker, () -> this.notes.create(caseId, phoneNote()));
	}

	/**
	 * A worker signs their phone note: the documentation check, the signature, the audit
	 * entry and the event after which the case's no-contact task resolves. The draft is
	 * written (untimed) before each call.
	 */
	@Benchmark
	public NoteView signNote(Draft draft) {
		return as(draft.user.worker,
				() -> this.notes.sign(draft.caseId, draft.note.id(), draft.note.version(), new SignNote(null)));
	}

	/** A draft of the thread's user, written before each {@link #signNote} call. */
	@State(Scope.Thread)
	public static class Draft {

		User user;

		UUID caseId;

		NoteView note;

		@Setup(Level.Invocation)
		public void write(NotesBenchmark benchmark, User user) {
			this.user = user;
			this.caseId = user.nextCase();
			this.note = as(user.worker, () -> benchmark.notes.create(this.caseId, phoneNote()));
		}

	}

	/** A phone call an hour ago, complete enough to sign. */
	static NoteInput phoneNote() {
		Instant at = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
		return new NoteInput(NoteType.CONTACT, ContactMethod.PHONE, at, null, List.of("Client"),
				"The payment plan with the landlord", List.of(), List.of("He agreed to the plan."),
				"Client called on time and read the landlord's letter aloud.", "Explained the plan's terms",
				"Call after the first payment", LocalDate.now().plusDays(7), List.of(), List.of(), false, null);
	}

	/** A worker opens a case's notes: the latest 20 of about 60. */
	@Benchmark
	public Page<NoteListItem> noteList(User user) {
		UUID caseId = user.nextCase();
		return as(user.worker, () -> this.notes.list(caseId, null, NOTE_PAGE));
	}

	/** A worker opens their work queue: the 20 most urgent tasks. */
	@Benchmark
	public Page<TaskView> workQueue(User user) {
		return as(user.worker, () -> this.queue.mine(null, PageRequest.of(0, 20)));
	}

	@TearDown(Level.Trial)
	public void stop() {
		try {
			timeFullRuleRun();
		}
		finally {
			this.base.stop();
		}
	}

	/**
	 * Adds open cases up to {@link #openCases} (enrollments of clients in active programs
	 * they have no open case in, owned by the 40 workers in turn) and times one full rule
	 * run over all of them.
	 */
	private void timeFullRuleRun() {
		BenchmarkDataset data = this.base.data();
		JdbcClient jdbc = data.bean(JdbcClient.class);
		long open = jdbc.sql("SELECT count(*) FROM client_case WHERE status = 'OPEN'").query(Long.class).single();
		String[] workers = data.staff().others().stream().map(u -> u.id().toString()).toArray(String[]::new);
		int added = jdbc.sql("""
				INSERT INTO client_case (id, version, number, agency_id, client_id, program_id, owner_id, status,
				    priority, intensity_code, opened_on, opened_at, opened_by, last_activity_at)
				SELECT gen_random_uuid(), 0, 'C-2030-' || lpad(CAST(rn AS text), 6, '0'), x.agency_id, x.client_id,
				       x.program_id, (CAST(:workers AS uuid[]))[1 + rn % :n], 'OPEN',
				       (ARRAY['ROUTINE','ROUTINE','URGENT'])[1 + rn % 3], (ARRAY['HIGH','MEDIUM','LOW'])[1 + rn % 3],
				       current_date - CAST(rn % 120 AS int), now() - make_interval(days => CAST(rn % 120 AS int)),
				       (CAST(:workers AS uuid[]))[1 + rn % :n], now() - make_interval(days => CAST(rn % 45 AS int))
				FROM (SELECT cl.agency_id, cl.id AS client_id, p.id AS program_id, row_number() OVER () AS rn
				      FROM client cl CROSS JOIN program p
				      WHERE p.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM client_case o
				          WHERE o.client_id = cl.id AND o.program_id = p.id AND o.status = 'OPEN')
				      LIMIT :wanted) x""")
			.param("workers", workers)
			.param("n", workers.length)
			.param("wanted", Math.max(0, this.openCases - open))
			.update();
		jdbc.sql("ANALYZE client_case").update();
		long started = System.nanoTime();
		MonitoringRules.Outcome outcome = data.bean(MonitoringRules.class).evaluate();
		System.out.printf("Full rule run over %,d open cases: %.1f s (%,d tasks raised, %,d resolved)%n", open + added,
				(System.nanoTime() - started) / 1e9, outcome.raised(), outcome.resolved());
	}

}
