package org.casework.notes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casework.audit.AuditAction;
import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanView;
import org.casework.careplans.GoalView;
import org.casework.cases.CaseRef;
import org.casework.cases.CaseManagement;
import org.casework.clients.ClientCrisis;
import org.casework.identity.ClientAccess;
import org.casework.identity.CurrentUser;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.notes.NoteView.GoalRef;
import org.casework.notes.domain.NoteChecker;
import org.casework.programs.WordList;
import org.casework.programs.WordLists;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.PhraseList;
import org.casework.shared.StaleVersionException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The notes of a case: drafts saved as the worker types, the documentation check, signing
 * (after which a note never changes), addenda, full-text search, monthly summaries and
 * staffings. Every read and write of a note is audited through {@link ClientAccess}; a
 * case outside the caller's scope answers as if it did not exist.
 */
@Service
public class Notes {

	static final String SUBJECT = "Contact note";

	/** The longest text of one field. */
	static final int MAX_TEXT = 8000;

	/** The longest entry of a list (a participant, an attendee's name). */
	static final int MAX_ENTRY = 300;

	/** The most entries of a list. */
	static final int MAX_ENTRIES = 50;

	/** How far ahead of the server's clock a contact time may be (clocks drift). */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final String MARK = "[[cw-mark]]";

	private static final String END_MARK = "[[/cw-mark]]";

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
	};

	private static final TypeReference<List<Attendee>> ATTENDEES = new TypeReference<>() {
	};

	private static final TypeReference<List<Decision>> DECISIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final CaseManagement cases;

	private final CarePlanManagement plans;

	private final ClientAccess access;

	private final UserContext users;

	private final IdentityManagement identity;

	private final WordLists wordLists;

	private final ClientCrisis crises;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json;

	private final NoteProperties properties;

	private final MessageSource messages;

	Notes(JdbcClient jdbc, CaseManagement cases, CarePlanManagement plans, ClientAccess access, UserContext users,
			IdentityManagement identity, WordLists wordLists, ClientCrisis crises, ApplicationEventPublisher events,
			Clock clock, JsonMapper json, NoteProperties properties, MessageSource messages) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.plans = plans;
		this.access = access;
		this.users = users;
		this.identity = identity;
		this.wordLists = wordLists;
		this.crises = crises;
		this.events = events;
		this.clock = clock;
		this.json = json;
		this.properties = properties;
		this.messages = messages;
	}

	// writing

	/**
	 * Starts a note of a contact or a staffing as a draft (a monthly summary starts with
	 * {@link #monthlySummary}).
	 * @throws NotFoundException when the case is outside the caller's scope
	 * @throws InvalidInputException naming each field that is wrong
	 * @throws DomainRuleException when the case is closed
	 */
	@Transactional
	public NoteView create(UUID caseId, NoteInput input) {
		CaseRef file = caseOf(caseId);
		NoteInput note = input == null ? empty() : input;
		if (note.typeOrContact() == NoteType.MONTHLY_SUMMARY) {
			throw new InvalidInputException("type",
					"a monthly summary is started from the month's notes: POST …/notes/monthly-summary");
		}
		validate(caseId, note);
		if (!file.open()) {
			throw new DomainRuleException("The case is " + file.status().name().toLowerCase()
					+ ": notes are written on open cases; correct a signed note with an addendum");
		}
		return insert(file, note.typeOrContact(), note, null);
	}

	/** Writes a new draft with all its fields and its search text in one statement. */
	private NoteView insert(CaseRef file, NoteType type, NoteInput input, YearMonth month) {
		CurrentUser me = this.users.current();
		UUID id = UUID.randomUUID();
		NoteRow row = this.jdbc
			.sql("""
					WITH note AS (INSERT INTO contact_note (id, case_id, client_id, type, summary_month, author_id, created_at, updated_at,
					    version, method, contact_at, location, participants, topics, goal_ids, client_statements,
					    observations, services, next_contact_plan, next_contact_on, attendees, decisions, safety_concern,
					    safety_description, late_entry, search_text, search_vector)
					VALUES (:id, :case, :client, :type, :month, :author, :now, :now, 1, :method,
					    CAST(:contactAt AS timestamptz), :location, CAST(:participants AS jsonb), :topics,
					    CAST(:goals AS jsonb), CAST(:statements AS jsonb), :observations, :services, :nextPlan, :nextOn,
					    CAST(:attendees AS jsonb), CAST(:decisions AS jsonb), :safety, :safetyText,
					    CAST(:contactAt AS timestamptz) IS NOT NULL AND :type = 'CONTACT'
					        AND CAST(:now AS timestamptz) > CAST(:contactAt AS timestamptz) + CAST(:lateAfter AS interval),
					    :text, to_tsvector('english', :text))
					RETURNING *),
					draft AS (INSERT INTO contact_note_draft (note_id, case_id) SELECT id, case_id FROM note)
					SELECT * FROM note""")
			.paramSource(fields(input, type, now()).addValue("id", id)
				.addValue("case", file.id())
				.addValue("client", file.clientId())
				.addValue("month", month == null ? null : month.atDay(1))
				.addValue("author", me.id()))
			.query(this::map)
			.single();
		this.access.write(file.clientId(), AuditAction.CREATE, SUBJECT, id, type.name().toLowerCase());
		return view(row, List.of(), true);
	}

	/**
	 * Saves a draft as it stands now (the screen saves it while the worker types).
	 * @param expectedVersion the version the caller read
	 * @throws StaleVersionException when someone saved it since: nothing is overwritten
	 * @throws DomainRuleException when the note is signed (correct it with an addendum)
	 * or the caller is not its author
	 */
	@Transactional
	public NoteView update(UUID caseId, UUID noteId, long expectedVersion, NoteInput input) {
		caseOf(caseId);
		NoteRow row = draftOfMine(caseId, noteId, expectedVersion);
		NoteInput note = input == null ? empty() : input;
		if (note.type() != null && note.type() != row.type()) {
			throw new InvalidInputException("type", "cannot change: start a new note of the other type");
		}
		validate(caseId, note);
		NoteRow saved = write(noteId, expectedVersion, note, row.type(), now());
		this.access.write(row.clientId(), AuditAction.UPDATE, SUBJECT, noteId, "draft saved");
		return view(saved, List.of(), true);
	}

	/** Saves a draft's fields and its search text in one statement; the row as saved. */
	private NoteRow write(UUID id, long expectedVersion, NoteInput input, NoteType type, Instant now) {
		return this.jdbc
			.sql("""
					UPDATE contact_note SET method = :method, contact_at = CAST(:contactAt AS timestamptz), location = :location,
					    participants = CAST(:participants AS jsonb), topics = :topics, goal_ids = CAST(:goals AS jsonb),
					    client_statements = CAST(:statements AS jsonb), observations = :observations,
					    services = :services, next_contact_plan = :nextPlan, next_contact_on = :nextOn,
					    attendees = CAST(:attendees AS jsonb), decisions = CAST(:decisions AS jsonb),
					    safety_concern = :safety, safety_description = :safetyText,
					    late_entry = CAST(:contactAt AS timestamptz) IS NOT NULL AND :type = 'CONTACT'
					        AND created_at > CAST(:contactAt AS timestamptz) + CAST(:lateAfter AS interval),
					    search_text = :text, search_vector = to_tsvector('english', :text),
					    updated_at = :now, version = version + 1
					WHERE id = :id AND version = :version AND signed_at IS NULL
					RETURNING *""")
			.paramSource(fields(input, type, now).addValue("id", id).addValue("version", expectedVersion))
			.query(this::map)
			.optional()
			.orElseThrow(() -> StaleVersionException.stale("note"));
	}

	/**
	 * The parameters of a draft's fields as stored (trimmed, empty entries left out) and
	 * of its search text.
	 */
	private MapSqlParameterSource fields(NoteInput input, NoteType type, Instant now) {
		boolean summary = type == NoteType.MONTHLY_SUMMARY;
		NoteInput note = new NoteInput(type, input.method() == null || summary ? null : input.method(),
				input.contactAt(), trimmed(input.location()), entries(input.participants()), trimmed(input.topics()),
				input.goalIds().stream().distinct().toList(), entries(input.clientStatements()),
				trimmed(input.observations()), trimmed(input.services()), trimmed(input.nextContactPlan()),
				input.nextContactOn(), attendees(input.attendees()), decisions(input.decisions()), input.safety(),
				trimmed(input.safetyConcern()));
		return new MapSqlParameterSource().addValue("method", note.method() == null ? null : note.method().name())
			.addValue("contactAt", timestamp(note.contactAt()))
			.addValue("location", note.location())
			.addValue("participants", json(note.participants()))
			.addValue("topics", note.topics())
			.addValue("goals", json(note.goalIds()))
			.addValue("statements", json(note.clientStatements()))
			.addValue("observations", note.observations())
			.addValue("services", note.services())
			.addValue("nextPlan", note.nextContactPlan())
			.addValue("nextOn", note.nextContactOn())
			.addValue("attendees", json(note.attendees()))
			.addValue("decisions", json(note.decisions()))
			.addValue("safety", note.safety())
			.addValue("safetyText", note.safetyConcern())
			.addValue("text", searchText(note, List.of()))
			.addValue("type", type.name())
			.addValue("lateAfter", this.properties.lateAfter().toSeconds() + " seconds")
			.addValue("now", Timestamp.from(now));
	}

	/**
	 * Signs a note: the documentation check must find nothing missing, and judgmental
	 * wording it finds is kept only with a reason, which is recorded on the note. A note
	 * marked with an urgent safety concern raises the client's crisis flag (the
	 * supervisors are alerted). From now on the note never changes.
	 * @throws DomainRuleException listing every missing element, or every judgment
	 * warning when no reason is given
	 */
	@Transactional
	public NoteView sign(UUID caseId, UUID noteId, long expectedVersion, SignNote command) {
		caseOf(caseId);
		NoteRow row = draftOfMine(caseId, noteId, expectedVersion);
		NoteCheck check = check(row.type(), row.input());
		if (!check.complete()) {
			throw new DomainRuleException(
					"The note cannot be signed: " + check.missing().size()
							+ (check.missing().size() == 1 ? " element is" : " elements are") + " missing",
					check.missing().stream().map(e -> e.field() + ": " + e.label() + " is missing").toList());
		}
		String reason = command == null ? null : trimmed(command.overrideReason());
		if (!check.judgments().isEmpty() && reason == null) {
			throw new DomainRuleException(
					"Some wording reads as a judgment rather than an observation: rewrite it as what you saw and "
							+ "heard, or give a reason (overrideReason) to keep it",
					check.judgments()
						.stream()
						.map(j -> j.field() + ": \"" + j.phrase() + "\" — " + j.suggestion())
						.toList());
		}
		if (reason != null && reason.length() > MAX_TEXT) {
			throw new InvalidInputException("overrideReason", "must be at most " + MAX_TEXT + " characters");
		}
		Instant now = now();
		boolean crisis = row.safety();
		if (crisis) {
			this.crises.raise(row.clientId(), row.safetyDescription(),
					"contact note of " + DateTimeFormatter.ISO_LOCAL_DATE.format(row.contactAt().atZone(zone())));
		}
		String topics = NoteChecker.withoutEmptyPrompts(row.topics());
		String observations = NoteChecker.withoutEmptyPrompts(row.observations());
		String text = searchText(row.input(), List.of());
		// No column an index reads changes (the search text of a draft is already written
		// as it is signed), so the signed version is a heap-only update: see V31.
		NoteRow signed = this.jdbc.sql("""
				WITH note AS (UPDATE contact_note SET signed_at = :now, updated_at = :now, version = version + 1,
				    judgment_override = :reason, judgment_phrases = CAST(:phrases AS jsonb), crisis_raised = :crisis,
				    topics = :topics, observations = :observations, search_text = :text,
				    search_vector = CASE WHEN search_text = :text THEN search_vector
				        ELSE to_tsvector('english', :text) END
				WHERE id = :id AND version = :version AND signed_at IS NULL
				RETURNING *),
				draft AS (DELETE FROM contact_note_draft WHERE note_id IN (SELECT id FROM note))
				SELECT * FROM note""")
			.paramSource(new MapSqlParameterSource().addValue("now", Timestamp.from(now))
				.addValue("topics", topics)
				.addValue("observations", observations)
				.addValue("text", text)
				.addValue("reason", check.judgments().isEmpty() ? null : reason)
				.addValue("phrases", json(check.judgments().stream().map(JudgmentWarning::phrase).distinct().toList()))
				.addValue("crisis", crisis)
				.addValue("id", noteId)
				.addValue("version", expectedVersion))
			.query(this::map)
			.optional()
			.orElseThrow(() -> StaleVersionException.stale("note"));
		this.access.write(row.clientId(), AuditAction.UPDATE, SUBJECT, noteId,
				"signed" + (check.judgments().isEmpty() ? "" : ", judgment warnings kept: " + reason));
		// a draft has no addenda
		NoteView view = view(signed, List.of(), false);
		this.events.publishEvent(new NoteSigned(noteId, caseId, row.clientId(), view.contactAt(), view.authorId(),
				view.clientContact()));
		return view;
	}

	/**
	 * Voids a draft that will never be signed (the contact did not happen as written, or
	 * its author has left): its author or a supervisor of the case gives the reason. The
	 * draft stays in the record as it was, marked voided, and no longer counts as a note
	 * left unsigned (a reminder to sign it resolves, a closure is no longer held by it).
	 * @throws InvalidInputException naming {@code reason} when it is missing or too long
	 * @throws DomainRuleException when the note is signed (correct it with an addendum),
	 * already voided, or the caller is neither its author nor a supervisor
	 * @throws StaleVersionException when the draft was saved since the caller read it
	 */
	@Transactional
	public NoteView voidDraft(UUID caseId, UUID noteId, long expectedVersion, VoidNote command) {
		caseOf(caseId);
		String reason = command == null ? null : trimmed(command.reason());
		if (reason == null) {
			throw new InvalidInputException("reason", "must say why the draft will never be signed");
		}
		if (reason.length() > MAX_TEXT) {
			throw new InvalidInputException("reason", "must be at most " + MAX_TEXT + " characters");
		}
		NoteRow row = row(noteId).filter(r -> r.caseId().equals(caseId))
			.orElseThrow(() -> new NotFoundException("Note"));
		if (row.signed()) {
			throw new DomainRuleException("The note is signed: correct it with an addendum");
		}
		if (row.voided()) {
			throw new DomainRuleException("The draft is already voided");
		}
		CurrentUser me = this.users.current();
		if (!mayVoid(row.authorId(), me)) {
			throw new DomainRuleException(
					"Only the author of a draft (" + name(row.authorId()) + ") or a supervisor voids it");
		}
		Instant now = now();
		NoteRow voided = this.jdbc.sql("""
				WITH note AS (UPDATE contact_note SET voided_at = :now, voided_by = :me, void_reason = :reason,
				    updated_at = :now, version = version + 1
				WHERE id = :id AND version = :version AND signed_at IS NULL AND voided_at IS NULL
				RETURNING *),
				draft AS (DELETE FROM contact_note_draft WHERE note_id IN (SELECT id FROM note))
				SELECT * FROM note""")
			.param("now", Timestamp.from(now))
			.param("me", me.id())
			.param("reason", reason)
			.param("id", noteId)
			.param("version", expectedVersion)
			.query(this::map)
			.optional()
			.orElseThrow(() -> StaleVersionException.stale("note"));
		this.access.write(row.clientId(), AuditAction.UPDATE, SUBJECT, noteId, "draft voided: " + reason);
		this.events.publishEvent(new NoteVoided(noteId, caseId, row.clientId()));
		return view(voided, List.of(), true);
	}

	/** Whether the caller may void the note: a draft, and they wrote it or supervise. */
	public boolean mayVoid(NoteView note) {
		return note.draft() && mayVoid(note.authorId(), this.users.current());
	}

	private static boolean mayVoid(UUID authorId, CurrentUser me) {
		return authorId.equals(me.id()) || me.has(Role.SUPERVISOR);
	}

	/**
	 * Adds an addendum to a signed note, signed by its author as it is written; the
	 * original stays as it was.
	 * @throws DomainRuleException when the note is still a draft (edit it instead), or
	 * judgmental wording is kept without a reason
	 */
	@Transactional
	public NoteView addAddendum(UUID caseId, UUID noteId, NewAddendum addendum) {
		caseOf(caseId);
		NoteRow row = row(noteId).filter(r -> r.caseId().equals(caseId))
			.orElseThrow(() -> new NotFoundException("Note"));
		List<FieldProblem> problems = new ArrayList<>();
		String text = addendum == null ? null : trimmed(addendum.text());
		if (text == null) {
			problems.add(new FieldProblem("text", "is required"));
		}
		length(text, "text", MAX_TEXT, problems);
		length(addendum == null ? null : addendum.reason(), "reason", MAX_ENTRY, problems);
		length(addendum == null ? null : addendum.overrideReason(), "overrideReason", MAX_TEXT, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (!row.signed()) {
			throw new DomainRuleException("The note is a draft: change it directly; addenda correct signed notes");
		}
		List<JudgmentWarning> judgments = NoteChecker.judgments(Map.of("text", text),
				this.wordLists.phrases(WordList.JUDGMENTAL_WORDING),
				this.wordLists.suggestions(WordList.JUDGMENTAL_WORDING));
		String reason = trimmed(addendum.overrideReason());
		if (!judgments.isEmpty() && reason == null) {
			throw new DomainRuleException(
					"Some wording reads as a judgment rather than an observation: rewrite it, or give a reason "
							+ "(overrideReason) to keep it",
					judgments.stream().map(j -> "text: \"" + j.phrase() + "\" — " + j.suggestion()).toList());
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO contact_note_addendum (id, note_id, text, reason, judgment_override, judgment_phrases,
				    author_id, signed_at)
				VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""")
			.params(id, noteId, text, trimmed(addendum.reason()), judgments.isEmpty() ? null : reason,
					json(judgments.stream().map(JudgmentWarning::phrase).distinct().toList()),
					this.users.current().id(), Timestamp.from(now()))
			.update();
		this.jdbc.sql("UPDATE contact_note SET version = version + 1 WHERE id = ?").param(noteId).update();
		index(noteId);
		this.access.write(row.clientId(), AuditAction.CREATE, SUBJECT + " addendum", id, "addendum to " + noteId);
		return view(row(noteId).orElseThrow(), addenda(noteId), false);
	}

	/**
	 * Starts the monthly summary of a case as a draft assembled from the month's signed
	 * notes: the contacts by method, the plan goals touched, the services, and the next
	 * steps of the latest contact. The worker edits and signs it.
	 * @throws InvalidInputException when the month is missing or still to come
	 * @throws DomainRuleException when the month already has a summary
	 */
	@Transactional
	public NoteView monthlySummary(UUID caseId, YearMonth month) {
		CaseRef file = caseOf(caseId);
		if (!file.open()) {
			throw new DomainRuleException("The case is " + file.status().name().toLowerCase()
					+ ": notes are written on open cases; correct a signed note with an addendum");
		}
		if (month == null) {
			throw new InvalidInputException("month", "is required, as YYYY-MM");
		}
		ZoneId zone = zone();
		Instant now = now();
		if (month.isAfter(YearMonth.from(now.atZone(zone)))) {
			throw new InvalidInputException("month", "is still to come");
		}
		if (this.jdbc.sql("SELECT count(*) FROM contact_note WHERE case_id = ? AND summary_month = ?")
			.params(caseId, month.atDay(1))
			.query(Long.class)
			.single() > 0) {
			throw new DomainRuleException("The case already has a monthly summary for " + month);
		}
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		List<NoteRow> notes = this.jdbc.sql("""
				SELECT * FROM contact_note WHERE case_id = ? AND signed_at IS NOT NULL AND type <> 'MONTHLY_SUMMARY'
				    AND contact_at >= ? AND contact_at < ? ORDER BY contact_at""")
			.params(caseId, Timestamp.from(from), Timestamp.from(to))
			.query(this::map)
			.list();
		Instant contactAt = to.isAfter(now) ? now : to.minusSeconds(60);
		NoteInput draft = summaryDraft(notes, month);
		draft = new NoteInput(NoteType.MONTHLY_SUMMARY, null, contactAt, null, List.of(), draft.topics(),
				draft.goalIds(), List.of(), draft.observations(), draft.services(), draft.nextContactPlan(),
				draft.nextContactOn(), List.of(), List.of(), false, null);
		return insert(file, NoteType.MONTHLY_SUMMARY, draft, month);
	}

	private NoteInput summaryDraft(List<NoteRow> notes, YearMonth month) {
		DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE;
		Map<ContactMethod, Integer> byMethod = new EnumMap<>(ContactMethod.class);
		int staffings = 0;
		Set<UUID> goals = new LinkedHashSet<>();
		List<String> services = new ArrayList<>();
		List<String> contacts = new ArrayList<>();
		NoteRow latest = null;
		for (NoteRow note : notes) {
			String date = day.format(note.contactAt().atZone(zone()));
			if (note.type() == NoteType.STAFFING) {
				staffings++;
				contacts.add(date + " " + message("notes.summary.staffing") + ": "
						+ note.decisions().stream().map(Decision::decision).collect(Collectors.joining("; ")));
			}
			else {
				byMethod.merge(note.method(), 1, Integer::sum);
				contacts.add(date + " " + message("enum.ContactMethod." + note.method()) + ": "
						+ firstLine(Optional.ofNullable(note.topics()).orElse(note.observations())));
				latest = note;
			}
			goals.addAll(note.goalIds());
			if (note.services() != null) {
				services.add(date + ": " + note.services());
			}
		}
		int total = byMethod.values().stream().mapToInt(Integer::intValue).sum();
		StringBuilder topics = new StringBuilder(message("notes.summary.contacts", month.toString(), total));
		byMethod.forEach((method, count) -> topics.append('\n')
			.append(message("enum.ContactMethod." + method))
			.append(": ")
			.append(count));
		if (staffings > 0) {
			topics.append('\n').append(message("notes.summary.staffings", staffings));
		}
		Map<UUID, String> labels = goalLabels(notes.isEmpty() ? null : notes.get(0).caseId());
		if (!goals.isEmpty()) {
			topics.append('\n')
				.append(message("notes.summary.goals"))
				.append(' ')
				.append(goals.stream()
					.map(g -> labels.getOrDefault(g, message("notes.goal.earlier")))
					.collect(Collectors.joining("; ")));
		}
		String observations = contacts.isEmpty() ? message("notes.summary.noContacts") : String.join("\n", contacts);
		return new NoteInput(NoteType.MONTHLY_SUMMARY, null, null, null, List.of(), topics.toString(),
				goals.stream().filter(labels::containsKey).toList(), List.of(), observations,
				services.isEmpty() ? null : String.join("\n", services),
				latest == null ? null : latest.nextContactPlan(), latest == null ? null : latest.nextContactOn(),
				List.of(), List.of(), false, null);
	}

	// reading

	/**
	 * A note of a case, with its addenda and its documentation check.
	 * @throws NotFoundException when the note is not the case's or the case is outside
	 * the caller's scope
	 */
	@Transactional
	public NoteView get(UUID caseId, UUID noteId) {
		caseOf(caseId);
		NoteRow row = row(noteId).filter(r -> r.caseId().equals(caseId))
			.orElseThrow(() -> new NotFoundException("Note"));
		this.access.read(row.clientId(), SUBJECT, noteId);
		return view(row, addenda(noteId), true);
	}

	/**
	 * The notes of a case, the latest contact first; with {@code q}, only those whose
	 * text (or an addendum's) matches the words, best match first, each with the passage
	 * found.
	 */
	@Transactional
	public Page<NoteListItem> list(UUID caseId, String q, PageRequest page) {
		CaseRef summary = caseOf(caseId);
		String query = trimmed(q);
		if (query != null && query.length() > MAX_ENTRY) {
			throw new InvalidInputException("q", "must be at most " + MAX_ENTRY + " characters");
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("case", caseId)
			.addValue("q", query)
			.addValue("limit", page.size())
			.addValue("offset", page.offset())
			.addValue("options", "StartSel=" + MARK + ", StopSel=" + END_MARK
					+ ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"");
		String match = query == null ? "" : " AND search_vector @@ websearch_to_tsquery('english', :q)";
		long total = this.jdbc.sql("SELECT count(*) FROM contact_note WHERE case_id = :case" + match)
			.paramSource(params)
			.query(Long.class)
			.single();
		List<ListRow> rows = this.jdbc
			.sql("""
					SELECT n.*, (SELECT count(*) FROM contact_note_addendum a WHERE a.note_id = n.id) AS addenda,
					    %s AS snippet
					FROM contact_note n WHERE case_id = :case %s
					ORDER BY %s n.contact_at DESC NULLS FIRST, n.created_at DESC
					LIMIT :limit OFFSET :offset""".formatted(
					query == null ? "NULL"
							: "ts_headline('english', n.search_text, websearch_to_tsquery('english', :q), :options)",
					match, query == null ? "" : "ts_rank(n.search_vector, websearch_to_tsquery('english', :q)) DESC,"))
			.paramSource(params)
			.query((rs, n) -> new ListRow(map(rs, n), rs.getInt("addenda"), rs.getString("snippet")))
			.list();
		// the authors' names in one query for the page
		Map<UUID, String> authors = this.identity
			.displayNames(rows.stream().map(r -> r.note().authorId()).collect(Collectors.toSet()));
		List<NoteListItem> items = rows.stream()
			.map(r -> new NoteListItem(r.note().id(), r.note().caseId(), r.note().type(), r.note().method(),
					r.note().contactAt(), authors.getOrDefault(r.note().authorId(), ""), r.note().signed(),
					r.note().voided(), r.note().lateEntry(), r.note().safety(), r.addenda(), snippet(r.snippet()),
					r.note().version()))
			.toList();
		this.access.read(summary.clientId(), SUBJECT + (query == null ? " list" : " search"), caseId);
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * The documentation check of a note as it would be written, without saving it (the
	 * screen checks as the worker types).
	 */
	@Transactional
	public NoteCheck check(UUID caseId, NoteInput input) {
		caseOf(caseId);
		NoteInput note = input == null ? empty() : input;
		return check(note.typeOrContact(), note);
	}

	/** The goals of the case's current care plan, by id, as they are called. */
	@Transactional
	public Map<UUID, String> goals(UUID caseId) {
		return goalLabels(caseId);
	}

	/** The notes of a case for its panel: the latest first, at most {@code limit}. */
	@Transactional
	public Page<NoteListItem> latest(UUID caseId, int limit) {
		return list(caseId, null, new PageRequest(0, limit));
	}

	// the check

	private NoteCheck check(NoteType type, NoteInput note) {
		PhraseList judgmental = this.wordLists.phrases(WordList.JUDGMENTAL_WORDING);
		return NoteChecker.check(type, note, judgmental, this.wordLists.suggestions(WordList.JUDGMENTAL_WORDING));
	}

	// validation

	private void validate(UUID caseId, NoteInput note) {
		List<FieldProblem> problems = new ArrayList<>();
		if (note.contactAt() != null && note.contactAt().isAfter(now().plus(CLOCK_SKEW))) {
			problems.add(new FieldProblem("contactAt", "must not be in the future"));
		}
		if (note.typeOrContact() == NoteType.MONTHLY_SUMMARY && note.method() != null) {
			problems.add(new FieldProblem("method", "is not part of a monthly summary"));
		}
		length(note.location(), "location", MAX_ENTRY, problems);
		length(note.topics(), "topics", MAX_TEXT, problems);
		length(note.observations(), "observations", MAX_TEXT, problems);
		length(note.services(), "services", MAX_TEXT, problems);
		length(note.nextContactPlan(), "nextContactPlan", MAX_TEXT, problems);
		length(note.safetyConcern(), "safetyConcern", MAX_TEXT, problems);
		list(note.participants(), "participants", MAX_ENTRY, problems);
		list(note.clientStatements(), "clientStatements", MAX_TEXT, problems);
		if (note.attendees().size() > MAX_ENTRIES) {
			problems.add(new FieldProblem("attendees", "must have at most " + MAX_ENTRIES + " entries"));
		}
		for (int i = 0; i < note.attendees().size(); i++) {
			Attendee a = note.attendees().get(i);
			if (a == null) {
				continue;
			}
			length(a.name(), "attendees[" + i + "].name", MAX_ENTRY, problems);
			length(a.agency(), "attendees[" + i + "].agency", MAX_ENTRY, problems);
			length(a.role(), "attendees[" + i + "].role", MAX_ENTRY, problems);
		}
		if (note.decisions().size() > MAX_ENTRIES) {
			problems.add(new FieldProblem("decisions", "must have at most " + MAX_ENTRIES + " entries"));
		}
		for (int i = 0; i < note.decisions().size(); i++) {
			Decision d = note.decisions().get(i);
			if (d == null) {
				continue;
			}
			length(d.decision(), "decisions[" + i + "].decision", MAX_TEXT, problems);
			length(d.owner(), "decisions[" + i + "].owner", MAX_ENTRY, problems);
		}
		if (note.contactAt() != null && note.nextContactOn() != null
				&& note.nextContactOn().isBefore(LocalDate.ofInstant(note.contactAt(), zone()))) {
			problems.add(new FieldProblem("nextContactOn", "must not be before the contact"));
		}
		if (!note.goalIds().isEmpty()) {
			Set<UUID> goals = goalLabels(caseId).keySet();
			for (int i = 0; i < note.goalIds().size(); i++) {
				if (!goals.contains(note.goalIds().get(i))) {
					problems
						.add(new FieldProblem("goalIds[" + i + "]", "is not a goal of the case's current care plan"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void length(String text, String field, int max, List<FieldProblem> problems) {
		if (text != null && text.strip().length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
	}

	private static void list(List<String> entries, String field, int max, List<FieldProblem> problems) {
		if (entries.size() > MAX_ENTRIES) {
			problems.add(new FieldProblem(field, "must have at most " + MAX_ENTRIES + " entries"));
		}
		for (int i = 0; i < entries.size(); i++) {
			length(entries.get(i), field + "[" + i + "]", max, problems);
		}
	}

	// rows

	private NoteRow draftOfMine(UUID caseId, UUID noteId, long expectedVersion) {
		NoteRow row = row(noteId).filter(r -> r.caseId().equals(caseId))
			.orElseThrow(() -> new NotFoundException("Note"));
		if (row.signed()) {
			throw new DomainRuleException("The note is signed and cannot change: add an addendum to correct it");
		}
		if (row.voided()) {
			throw new DomainRuleException("The draft was voided and stays as it was: write a new note");
		}
		if (!row.authorId().equals(this.users.current().id())) {
			throw new DomainRuleException(
					"Only the author of a draft changes or signs it: " + name(row.authorId()) + " wrote this note");
		}
		if (row.version() != expectedVersion) {
			throw StaleVersionException.stale("note");
		}
		return row;
	}

	private Optional<NoteRow> row(UUID id) {
		return this.jdbc.sql("SELECT * FROM contact_note WHERE id = ?").param(id).query(this::map).optional();
	}

	private NoteRow map(ResultSet rs, int n) throws SQLException {
		Timestamp contact = rs.getTimestamp("contact_at");
		Timestamp signed = rs.getTimestamp("signed_at");
		Timestamp voided = rs.getTimestamp("voided_at");
		java.sql.Date month = rs.getDate("summary_month");
		java.sql.Date next = rs.getDate("next_contact_on");
		String method = rs.getString("method");
		return new NoteRow(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("client_id", UUID.class), rs.getLong("version"), NoteType.valueOf(rs.getString("type")),
				method == null ? null : ContactMethod.valueOf(method), contact == null ? null : contact.toInstant(),
				month == null ? null : YearMonth.from(month.toLocalDate()), rs.getString("location"),
				read(rs.getString("participants"), STRINGS), rs.getString("topics"),
				read(rs.getString("goal_ids"), IDS), read(rs.getString("client_statements"), STRINGS),
				rs.getString("observations"), rs.getString("services"), rs.getString("next_contact_plan"),
				next == null ? null : next.toLocalDate(), read(rs.getString("attendees"), ATTENDEES),
				read(rs.getString("decisions"), DECISIONS), rs.getBoolean("safety_concern"),
				rs.getString("safety_description"), rs.getBoolean("late_entry"), rs.getObject("author_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				signed == null ? null : signed.toInstant(), rs.getString("judgment_override"),
				read(rs.getString("judgment_phrases"), STRINGS), rs.getBoolean("crisis_raised"),
				voided == null ? null : voided.toInstant(), rs.getObject("voided_by", UUID.class),
				rs.getString("void_reason"));
	}

	/** A note's addenda, the first first, without their authors' names. */
	private List<AddendumView> addenda(UUID noteId) {
		return this.jdbc.sql("SELECT * FROM contact_note_addendum WHERE note_id = ? ORDER BY signed_at")
			.param(noteId)
			.query((rs, n) -> new AddendumView(rs.getObject("id", UUID.class), rs.getString("text"),
					rs.getString("reason"), rs.getObject("author_id", UUID.class), null,
					rs.getTimestamp("signed_at").toInstant(), rs.getString("judgment_override"),
					read(rs.getString("judgment_phrases"), STRINGS)))
			.list();
	}

	private NoteView view(NoteRow row, List<AddendumView> addenda, boolean withGoals) {
		Set<UUID> people = new HashSet<>();
		people.add(row.authorId());
		addenda.forEach(a -> people.add(a.authorId()));
		if (row.voided()) {
			people.add(row.voidedBy());
		}
		Map<UUID, String> names = names(people);
		Map<UUID, String> labels = row.goalIds().isEmpty() || !withGoals ? Map.of() : goalLabels(row.caseId());
		List<GoalRef> goals = row.goalIds().stream().map(g -> new GoalRef(g, labels.getOrDefault(g, null))).toList();
		return new NoteView(row.id(), row.caseId(), row.clientId(), row.version(), row.type(), row.method(),
				row.contactAt(), row.summaryMonth(), row.location(), row.participants(), row.topics(), goals,
				row.clientStatements(), row.observations(), row.services(), row.nextContactPlan(), row.nextContactOn(),
				row.attendees(), row.decisions(), row.safety(), row.safetyDescription(), row.lateEntry(),
				row.authorId(), names.get(row.authorId()), row.createdAt(), row.updatedAt(), row.signedAt(),
				row.judgmentOverride(), row.keptPhrases(), row.crisisRaised(),
				addenda.stream()
					.map(a -> new AddendumView(a.id(), a.text(), a.reason(), a.authorId(), names.get(a.authorId()),
							a.signedAt(), a.judgmentOverride(), a.keptPhrases()))
					.toList(),
				check(row.type(), row.input()), row.voided() ? new NoteView.Voided(row.voidedAt(), row.voidedBy(),
						names.get(row.voidedBy()), row.voidReason()) : null);
	}

	/** Keeps the note's text (and its addenda's) searchable. */
	private void index(UUID id) {
		NoteRow row = row(id).orElseThrow();
		String text = searchText(row.input(), addenda(id).stream().map(AddendumView::text).toList());
		this.jdbc.sql("""
				UPDATE contact_note SET search_text = :text, search_vector = to_tsvector('english', :text)
				WHERE id = :id""").param("text", text).param("id", id).update();
	}

	/**
	 * What full-text search finds a note by: its words and its addenda's, without the
	 * template's prompts left empty, so that a draft's search text is already what it
	 * will be once signed.
	 */
	private static String searchText(NoteInput note, List<String> addenda) {
		return Stream
			.of(Stream.of(NoteChecker.withoutEmptyPrompts(note.topics()), note.location()),
					note.participants().stream(), note.clientStatements().stream(),
					Stream.of(NoteChecker.withoutEmptyPrompts(note.observations()), note.services(),
							note.nextContactPlan(), note.safetyConcern()),
					note.attendees().stream().map(a -> join(" ", a.name(), a.agency(), a.role())),
					note.decisions().stream().map(d -> join(" ", d.decision(), d.owner())), addenda.stream())
			.flatMap(s -> s)
			.filter(t -> t != null && !t.isBlank())
			.collect(Collectors.joining("\n"));
	}

	private Map<UUID, String> goalLabels(UUID caseId) {
		if (caseId == null) {
			return Map.of();
		}
		Map<UUID, String> labels = new LinkedHashMap<>();
		Optional<CarePlanView> plan = this.plans.current(caseId);
		plan.ifPresent(p -> p.goals().forEach(g -> labels.put(g.id(), label(g))));
		return labels;
	}

	private static String label(GoalView goal) {
		return goal.label();
	}

	private CaseRef caseOf(UUID caseId) {
		return this.cases.ref(caseId).orElseThrow(() -> new NotFoundException("Case"));
	}

	/** A note of a list page, with its addenda counted and the passage a search found. */
	private record ListRow(NoteRow note, int addenda, String snippet) {
	}

	private String name(UUID userId) {
		return names(Set.of(userId)).getOrDefault(userId, "");
	}

	/** People's names, the caller's from their session rather than the database. */
	private Map<UUID, String> names(Set<UUID> people) {
		CurrentUser me = this.users.current();
		Set<UUID> others = new HashSet<>(people);
		boolean mine = others.remove(me.id());
		Map<UUID, String> names = new HashMap<>(this.identity.displayNames(others));
		if (mine) {
			names.put(me.id(), me.displayName());
		}
		return names;
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String snippet(String headline) {
		if (headline == null) {
			return null;
		}
		return HtmlUtils.htmlEscape(headline).replace(MARK, "<mark>").replace(END_MARK, "</mark>");
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "";
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.endsWith(":")).findFirst().orElse("");
	}

	private static String join(String separator, String... parts) {
		return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator));
	}

	private <T> List<T> read(String text, TypeReference<List<T>> type) {
		return text == null ? List.of() : List.copyOf(this.json.readValue(text, type));
	}

	private String json(Object value) {
		return this.json.writeValueAsString(value);
	}

	private static List<String> entries(List<String> entries) {
		return entries.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).toList();
	}

	private static List<Attendee> attendees(List<Attendee> attendees) {
		return attendees.stream()
			.filter(a -> a != null
					&& (trimmed(a.name()) != null || trimmed(a.agency()) != null || trimmed(a.role()) != null))
			.map(a -> new Attendee(trimmed(a.name()), trimmed(a.agency()), trimmed(a.role())))
			.toList();
	}

	private static List<Decision> decisions(List<Decision> decisions) {
		return decisions.stream()
			.filter(d -> d != null
					&& (trimmed(d.decision()) != null || trimmed(d.owner()) != null || d.dueOn() != null))
			.map(d -> new Decision(trimmed(d.decision()), trimmed(d.owner()), d.dueOn()))
			.toList();
	}

	static String trimmed(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static NoteInput empty() {
		return new NoteInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	private ZoneId zone() {
		return this.properties.timeZone();
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	/** A note as stored. */
	record NoteRow(UUID id, UUID caseId, UUID clientId, long version, NoteType type, ContactMethod method,
			Instant contactAt, YearMonth summaryMonth, String location, List<String> participants, String topics,
			List<UUID> goalIds, List<String> clientStatements, String observations, String services,
			String nextContactPlan, LocalDate nextContactOn, List<Attendee> attendees, List<Decision> decisions,
			boolean safety, String safetyDescription, boolean lateEntry, UUID authorId, Instant createdAt,
			Instant updatedAt, Instant signedAt, String judgmentOverride, List<String> keptPhrases,
			boolean crisisRaised, Instant voidedAt, UUID voidedBy, String voidReason) {

		boolean signed() {
			return this.signedAt != null;
		}

		boolean voided() {
			return this.voidedAt != null;
		}

		NoteInput input() {
			return new NoteInput(this.type, this.method, this.contactAt, this.location, this.participants, this.topics,
					this.goalIds, this.clientStatements, this.observations, this.services, this.nextContactPlan,
					this.nextContactOn, this.attendees, this.decisions, this.safety, this.safetyDescription);
		}

	}

}
