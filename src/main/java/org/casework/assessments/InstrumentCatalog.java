package org.casework.assessments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.casework.assessments.domain.CatalogEntries;
import org.casework.assessments.domain.CatalogEntry;
import org.casework.assessments.domain.ChosenInstrument;
import org.casework.assessments.domain.InstrumentVersions;
import org.casework.assessments.domain.ProgramInstrumentSet;
import org.casework.assessments.domain.ProgramInstrumentSets;
import org.casework.assessments.instruments.Instrument;
import org.casework.assessments.instruments.InstrumentEvaluator;
import org.casework.assessments.instruments.QuestionnaireReader;
import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.identity.CurrentUser;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.StaleVersionException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog of assessment instruments and the instruments each program uses.
 *
 * <p>
 * Everyone signed in reads instruments (workers assess clients with them); program admins
 * upload new instruments and new versions, retire and reactivate them, and choose each
 * program's instruments and its core assessment. Versions are never changed: a case
 * assessment records the {@link Instrument#canonical() version} it was taken with and
 * reads it back with {@link #version(String, int)}; new assessments use
 * {@link #forNewAssessment(String)}, the latest version of an active instrument. The
 * catalog is the installation's, shared by its agencies; a program's choice belongs to
 * the program's agency.
 */
@Service
public class InstrumentCatalog {

	/**
	 * The largest Questionnaire an upload may be: the shipped ones are well below 100 KB.
	 */
	public static final int MAX_QUESTIONNAIRE_CHARS = 1_000_000;

	private static final String SUBJECT = "Instrument";

	/** Codes that would shadow a screen's address under /instruments. */
	private static final Set<String> RESERVED_CODES = Set.of("upload");

	private final CatalogEntries entries;

	private final InstrumentVersions versions;

	private final ProgramInstrumentSets programSets;

	private final QuestionnaireReader reader;

	private final ProgramManagement programs;

	private final UserContext users;

	private final AuditLog audit;

	private final Clock clock;

	/**
	 * What stored versions read to, by code|version, kept with the document it was read
	 * from: reading a Questionnaire is the expensive part, and a version is reused only
	 * while its stored document is the same (a version stored in a transaction that
	 * rolled back is not).
	 */
	private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

	private record Parsed(String json, Instrument instrument) {
	}

	InstrumentCatalog(CatalogEntries entries, InstrumentVersions versions, ProgramInstrumentSets programSets,
			QuestionnaireReader reader, ProgramManagement programs, UserContext users, AuditLog audit, Clock clock) {
		this.entries = entries;
		this.versions = versions;
		this.programSets = programSets;
		this.reader = reader;
		this.programs = programs;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	// reading

	/** The instruments, by title; active ones only unless {@code includeRetired}. */
	@Transactional(readOnly = true)
	public Page<InstrumentSummary> list(PageRequest page, boolean includeRetired) {
		Set<InstrumentStatus> statuses = includeRetired ? EnumSet.allOf(InstrumentStatus.class)
				: EnumSet.of(InstrumentStatus.ACTIVE);
		List<InstrumentSummary> items = this.entries
			.findByStatusInOrderByTitle(statuses,
					org.springframework.data.domain.PageRequest.of(page.page(), page.size()))
			.stream()
			.map(CatalogEntry::summary)
			.toList();
		return new Page<>(items, page.page(), page.size(), this.entries.countByStatusIn(statuses));
	}

	/** Every active instrument, by title: what a program can choose from. */
	@Transactional(readOnly = true)
	public List<InstrumentSummary> active() {
		return list(new PageRequest(0, PageRequest.MAX_SIZE), false).items();
	}

	@Transactional(readOnly = true)
	public Optional<InstrumentSummary> find(String code) {
		return this.entries.findById(code).map(CatalogEntry::summary);
	}

	/** An instrument of the catalog, active or retired. */
	@Transactional(readOnly = true)
	public InstrumentSummary summary(String code) {
		return find(code).orElseThrow(() -> new NotFoundException(SUBJECT));
	}

	/** The stored versions of an instrument, the latest first. */
	@Transactional(readOnly = true)
	public List<InstrumentVersionInfo> versions(String code) {
		summary(code);
		return this.versions.of(code);
	}

	/** One version of an instrument, as it was stored. */
	@Transactional(readOnly = true)
	public Instrument version(String code, int version) {
		String json = questionnaire(code, version);
		Parsed known = this.parsed.get(code + "|" + version);
		if (known != null && known.json().equals(json)) {
			return known.instrument();
		}
		Instrument instrument = this.reader.stored(json, version);
		this.parsed.put(code + "|" + version, new Parsed(json, instrument));
		return instrument;
	}

	/** The latest version of an instrument, active or retired (to show it). */
	@Transactional(readOnly = true)
	public Instrument latest(String code) {
		return version(code, summary(code).latestVersion());
	}

	/**
	 * The version a new assessment is taken with: the latest version of an active
	 * instrument.
	 * @throws DomainRuleException when the instrument is retired
	 */
	@Transactional(readOnly = true)
	public Instrument forNewAssessment(String code) {
		InstrumentSummary summary = summary(code);
		if (!summary.active()) {
			throw new DomainRuleException("Instrument " + code + " is retired: new assessments do not use it.");
		}
		return version(code, summary.latestVersion());
	}

	/** The stored Questionnaire (FHIR R4 JSON) of a version. */
	@Transactional(readOnly = true)
	public String questionnaire(String code, int version) {
		return this.versions.questionnaire(code, version)
			.orElseThrow(() -> new NotFoundException("Instrument version"));
	}

	/** What evaluates answers against a version: enableWhen, checks, progress, scores. */
	public InstrumentEvaluator evaluator(Instrument instrument) {
		return new InstrumentEvaluator(instrument);
	}

	// changing (program admins)

	/**
	 * Stores an uploaded Questionnaire: a new instrument when its id is a new code, else
	 * the next version of that instrument (its URL must stay the same).
	 * @throws InvalidInputException with every problem of the Questionnaire, each naming
	 * its linkId
	 * @throws DomainRuleException when the instrument is retired
	 */
	@Transactional
	public InstrumentVersionInfo upload(String questionnaire) {
		CurrentUser me = admin();
		return store(readUpload(questionnaire), null, me);
	}

	/**
	 * Stores a new version of one instrument (an edit): as {@link #upload}, but a
	 * Questionnaire whose id names another instrument is refused instead of making a new
	 * one.
	 * @throws NotFoundException for an unknown instrument
	 */
	@Transactional
	public InstrumentVersionInfo addVersion(String code, String questionnaire) {
		CurrentUser me = admin();
		InstrumentSummary editing = summary(code);
		QuestionnaireReader.Read read = readUpload(questionnaire);
		if (!read.instrument().code().equals(code)) {
			throw new InvalidInputException("id", "must stay '" + code + "' to add a version of " + editing.title()
					+ " (another id makes a new instrument)");
		}
		return store(read, null, me);
	}

	private QuestionnaireReader.Read readUpload(String questionnaire) {
		if (questionnaire != null && questionnaire.length() > MAX_QUESTIONNAIRE_CHARS) {
			throw new InvalidInputException("questionnaire", "is larger than 1 MB");
		}
		QuestionnaireReader.Read read = this.reader.read(questionnaire);
		if (RESERVED_CODES.contains(read.instrument().code())) {
			throw new InvalidInputException("id",
					"'" + read.instrument().code() + "' is reserved (it names a screen): choose another id");
		}
		return read;
	}

	/**
	 * Stores a version shipped with Casework under the version number its file gives,
	 * unless the catalog has that version already.
	 * @return whether it was stored
	 */
	boolean ship(String questionnaire) {
		QuestionnaireReader.Read read = this.reader.read(questionnaire);
		String given = read.questionnaire().getVersion();
		int version = given == null ? 1 : Integer.parseInt(given);
		if (this.versions.exists(read.instrument().code(), version)) {
			return false;
		}
		store(read, version, null);
		return true;
	}

	private InstrumentVersionInfo store(QuestionnaireReader.Read read, Integer shippedVersion, CurrentUser by) {
		Instrument instrument = read.instrument();
		String code = instrument.code();
		Instant now = Instant.now(this.clock);
		Optional<CatalogEntry> existing = this.entries.findById(code);
		Optional<CatalogEntry> sameUrl = this.entries.findByUrl(instrument.url()).filter(e -> !e.code().equals(code));
		if (sameUrl.isPresent()) {
			throw new InvalidInputException("url", "is the URL of instrument " + sameUrl.get().code()
					+ ": give the Questionnaire that id to add a version to it");
		}
		if (existing.isPresent() && !existing.get().url().equals(instrument.url())) {
			throw new InvalidInputException("url",
					"instrument " + code + " has the URL " + existing.get().url() + "; a new version keeps it");
		}
		int version = shippedVersion != null ? shippedVersion : existing.map(e -> e.latestVersion() + 1).orElse(1);
		CatalogEntry entry = existing
			.orElseGet(() -> CatalogEntry.first(code, instrument.url(), instrument.title(), version, now));
		if (existing.isPresent()) {
			entry.addVersion(version, instrument.title(), by != null, now);
		}
		VersionOrigin origin = by == null ? VersionOrigin.SHIPPED : VersionOrigin.UPLOADED;
		try {
			this.entries.save(entry);
			this.versions.append(code, version, instrument.title(),
					this.reader.asVersion(read.questionnaire(), instrument.url(), version), origin,
					by == null ? null : by.id(), by == null ? null : by.username(), now);
		}
		catch (DuplicateKeyException ex) {
			throw new DomainRuleException(
					"Someone else added a version of " + code + " at the same moment. Upload it again.");
		}
		this.audit.record(AuditEntry.of(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, SUBJECT, code)
			.withDetail("version " + version + (by == null ? " shipped with Casework" : " uploaded")));
		return new InstrumentVersionInfo(code, version, instrument.title(), origin, by == null ? null : by.username(),
				now);
	}

	/**
	 * Retires an instrument: new assessments stop using it, its versions stay readable.
	 * @param revision the revision the caller read (its entity tag)
	 * @throws DomainRuleException while a program uses it
	 */
	@Transactional
	public InstrumentSummary retire(String code, long revision, String reason) {
		admin();
		CatalogEntry entry = current(code, revision);
		List<UUID> using = this.programSets.programsUsing(code);
		if (!using.isEmpty()) {
			throw new DomainRuleException("Instrument " + code + " is used by " + using.size()
					+ (using.size() == 1 ? " program" : " programs") + ". Take it out of their instruments first.",
					using.stream().map(this::programName).toList());
		}
		entry.retire(reason, Instant.now(this.clock));
		this.entries.save(entry);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, SUBJECT, code).withDetail("retired: " + reason.trim()));
		return entry.summary();
	}

	@Transactional
	public InstrumentSummary reactivate(String code, long revision) {
		admin();
		CatalogEntry entry = current(code, revision);
		entry.reactivate(Instant.now(this.clock));
		this.entries.save(entry);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, SUBJECT, code).withDetail("reactivated"));
		return entry.summary();
	}

	private CatalogEntry current(String code, long revision) {
		CatalogEntry entry = this.entries.findById(code).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (entry.revision() != revision) {
			throw StaleVersionException.stale("instrument");
		}
		return entry;
	}

	private String programName(UUID id) {
		return this.programs.find(id).map(ProgramView::name).orElse("a program of another agency");
	}

	// the instruments of programs

	/**
	 * The instruments a program of the caller's agency uses, its core assessment first.
	 * @throws NotFoundException for a program the caller's agency does not have
	 */
	@Transactional(readOnly = true)
	public ProgramInstruments forProgram(UUID programId) {
		this.programs.get(programId);
		return this.programSets.findById(programId)
			.map(this::view)
			.orElseGet(() -> new ProgramInstruments(programId, 0, List.of()));
	}

	/**
	 * The latest version of a program's core assessment, if it has chosen one: what a new
	 * case is assessed with first.
	 */
	@Transactional(readOnly = true)
	public Optional<Instrument> coreInstrument(UUID programId) {
		return forProgram(programId).core().map(core -> version(core.code(), core.latestVersion()));
	}

	/**
	 * Replaces the instruments a program uses. Each must be an active instrument; when
	 * any are chosen, exactly one is the core assessment. An empty list clears the
	 * choice.
	 * @param version the version of the choice the caller read (0 before the first
	 * choice)
	 * @throws InvalidInputException naming each refused choice as
	 * {@code instruments[i].code}
	 */
	@Transactional
	public ProgramInstruments choose(UUID programId, long version, List<InstrumentChoice> choices) {
		CurrentUser me = admin();
		ProgramView program = this.programs.get(programId);
		ProgramInstrumentSet set = this.programSets.findById(programId)
			.orElseGet(() -> ProgramInstrumentSet.none(programId));
		if (set.version() != version) {
			throw StaleVersionException.stale("choice of instruments");
		}
		List<InstrumentChoice> given = choices == null ? List.of() : choices;
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			String code = given.get(i) == null ? null : given.get(i).code();
			if (code == null || code.isBlank()) {
				problems.add(new FieldProblem("instruments[" + i + "].code", "is required"));
				continue;
			}
			Optional<InstrumentSummary> instrument = find(code);
			if (instrument.isEmpty()) {
				problems.add(new FieldProblem("instruments[" + i + "].code", "'" + code + "' is not an instrument"));
			}
			else if (!instrument.get().active()
					&& !set.instruments().stream().anyMatch(c -> c.instrumentCode().equals(code))) {
				problems.add(new FieldProblem("instruments[" + i + "].code", "'" + code + "' is retired"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		set.choose(given, me.id(), Instant.now(this.clock));
		ProgramInstrumentSet saved = this.programSets.save(set);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "Program", programId)
			.withDetail("instruments of " + program.name() + ": " + String.join(", ",
					saved.instruments().stream().map(c -> c.instrumentCode() + (c.core() ? " (core)" : "")).toList())));
		return view(saved);
	}

	private ProgramInstruments view(ProgramInstrumentSet set) {
		List<ProgramInstrument> instruments = new ArrayList<>();
		for (ChosenInstrument chosen : set.instruments()) {
			InstrumentSummary summary = summary(chosen.instrumentCode());
			instruments.add(new ProgramInstrument(summary.code(), summary.title(), chosen.core(), summary.status(),
					summary.latestVersion()));
		}
		return new ProgramInstruments(set.programId(), set.version(), instruments);
	}

	private CurrentUser admin() {
		CurrentUser me = this.users.current();
		if (!me.has(Role.PROGRAM_ADMIN)) {
			throw new AccessDeniedException(
					"Only a program admin changes instruments and the programs' choice of them");
		}
		return me;
	}

}
