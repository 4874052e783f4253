package org.casework.clients;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.Client;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.Clients;
import org.casework.clients.domain.Identifier;
import org.casework.clients.domain.RecordStatus;
import org.casework.clients.domain.Relationship;
import org.casework.clients.domain.HouseholdMember;
import org.casework.clients.matching.DateVariants;
import org.casework.clients.matching.KeyBuilder;
import org.casework.clients.matching.MatchScore;
import org.casework.clients.matching.MatchScorer;
import org.casework.clients.matching.MatchSubject;
import org.casework.clients.matching.Names;
import org.casework.identity.ClientAccess;
import org.casework.identity.CurrentUser;
import org.casework.identity.UserContext;
import org.casework.identity.VisibleClients;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.StaleVersionException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client registry's verbs: register (after a duplicate check), read, revise, mark as
 * entered in error, search and match. Every read and write goes through
 * {@link ClientAccess}, which checks the caller's scope and writes the audit entry in the
 * same transaction.
 */
@Service
public class ClientRegistry {

	static final String SUBJECT = "Client";

	/** How many candidates the indexes hand to the scorer for one search or match. */
	static final int CANDIDATES = 400;

	/** The match key of records with only one of the two names (see migration V6). */
	static final String ONE_NAME = "#one-name";

	private final Clients clients;

	private final ClientAccess access;

	private final UserContext users;

	private final IdentifierVault vault;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ClientValidation validation;

	private final MatchScorer scorer = new MatchScorer();

	ClientRegistry(Clients clients, ClientAccess access, UserContext users, IdentifierVault vault, JdbcClient jdbc,
			Clock clock) {
		this.clients = clients;
		this.access = access;
		this.users = users;
		this.vault = vault;
		this.jdbc = jdbc;
		this.clock = clock;
		this.validation = new ClientValidation(clock);
	}

	/**
	 * Registers a person. Candidates the worker has looked at and confirmed to be someone
	 * else are recorded as "confirmed a different person".
	 */
	@Transactional
	public Client register(ClientDetails details, List<IdentifierInput> identifiers, List<UUID> confirmedDistinctFrom) {
		CurrentUser me = this.users.current();
		ClientDetails normalized = normalize(details);
		List<FieldProblem> problems = this.validation.check(normalized, identifiers, List.of());
		problems.addAll(checkRelated(normalized));
		List<UUID> distinct = confirmedDistinctFrom == null ? List.of() : confirmedDistinctFrom;
		for (int i = 0; i < distinct.size(); i++) {
			if (distinct.get(i) == null || !this.clients.existsById(distinct.get(i))) {
				problems.add(new FieldProblem("confirmedDistinctFrom[" + i + "]", "no such client"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = Instant.now(this.clock);
		Client client = Client.register(me.agencyId(), me.id(), now, normalized, protect(identifiers, List.of()),
				keys(normalized));
		this.clients.save(client);
		this.access.registered(client.id(), me.agencyId(), SUBJECT);
		MatchSubject subject = subject(client);
		for (UUID other : new LinkedHashSet<>(distinct)) {
			double score = this.clients.findById(other)
				.map(o -> this.scorer.score(subject, subject(o)).probability())
				.orElse(0.0);
			this.jdbc
				.sql("""
						INSERT INTO client_distinct_confirmation (id, client_id, other_client, score, confirmed_by, confirmed_at)
						VALUES (?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), client.id(), other, score, me.id(), Timestamp.from(now))
				.update();
		}
		return client;
	}

	/** Opens a client's record. */
	@Transactional
	public Client read(UUID id) {
		this.access.read(id, SUBJECT, id);
		return this.clients.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT));
	}

	@Transactional
	public Client revise(UUID id, long expectedVersion, ClientDetails details, List<IdentifierInput> identifiers) {
		this.access.write(id, AuditAction.UPDATE, SUBJECT, id, null);
		Client client = this.clients.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (client.version() != expectedVersion) {
			throw StaleVersionException.stale("client");
		}
		ClientDetails normalized = normalize(details);
		List<FieldProblem> problems = this.validation.check(normalized, identifiers, client.identifiers());
		problems.addAll(checkRelated(normalized));
		for (int i = 0; i < normalized.relationships().size(); i++) {
			if (id.equals(normalized.relationships().get(i).clientId())) {
				problems.add(new FieldProblem("relationships[" + i + "].clientId",
						"a person cannot be related to themselves"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		client.revise(normalized, protect(identifiers, client.identifiers()), keys(normalized),
				this.users.current().id(), Instant.now(this.clock));
		return this.clients.save(client);
	}

	@Transactional
	public Client markEnteredInError(UUID id, long expectedVersion, String reason) {
		this.access.write(id, AuditAction.MARK_IN_ERROR, SUBJECT, id, null);
		Client client = this.clients.findById(id).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (client.version() != expectedVersion) {
			throw StaleVersionException.stale("client");
		}
		client.markEnteredInError(reason, this.users.current().id(), Instant.now(this.clock));
		return this.clients.save(client);
	}

	/**
	 * A short view of a client the caller may see, for other modules; records the read.
	 */
	@Transactional
	public Optional<ClientSummary> summary(UUID id) {
		if (!this.access.canSee(id)) {
			return Optional.empty();
		}
		return Optional.of(toSummary(read(id)));
	}

	/**
	 * Short views of several clients, for another module's list (the clients of a
	 * caseload), in one query; those outside the caller's scope are left out. Recorded as
	 * one listing of the clients shown.
	 * @param listedFor what the list is, for the audit trail ("caseload")
	 */
	@Transactional
	public Map<UUID, ClientSummary> summaries(Collection<UUID> ids, String listedFor) {
		VisibleClients visible = this.access.visibleClients();
		if (ids.isEmpty() || visible.none()) {
			return Map.of();
		}
		Map<UUID, ClientSummary> found = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT c.id, c.given_name AS first_name, c.family_name AS last_name, c.preferred_name, c.date_of_birth,
				       c.birth_year, c.preferred_language, c.interpreter_needed, c.record_status AS status
				FROM client c WHERE c.id = ANY(CAST(:ids AS uuid[])) AND\s""" + visible.probe("c"))
			.param("ids", ids.stream().distinct().map(UUID::toString).toArray(String[]::new))
			.params(visible.parameters())
			.query(ClientRegistry::summary)
			.list()
			.forEach(s -> found.put(s.id(), s));
		if (!found.isEmpty()) {
			this.access.listed(AuditAction.LIST, SUBJECT, List.copyOf(found.keySet()), listedFor);
		}
		return found;
	}

	/**
	 * A row of {@link #summaries}, read by column name: a {@code DataClassRowMapper}
	 * would ask the result set for each camel-case name first, and the driver answers
	 * each miss with an exception (seven per row, on every caseload and case page).
	 */
	private static ClientSummary summary(ResultSet rs, int row) throws SQLException {
		return new ClientSummary(rs.getObject("id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
				rs.getString("preferred_name"), rs.getObject("date_of_birth", LocalDate.class),
				rs.getObject("birth_year", Integer.class), rs.getString("preferred_language"),
				rs.getBoolean("interpreter_needed"), rs.getString("status"));
	}

	/**
	 * The identity fields of a client of the caller's agency, in scope or not: what the
	 * duplicate check shows of them, for a worker about to start an intake with a person
	 * the check found. Recorded in the audit trail like a duplicate check.
	 */
	@Transactional
	public Optional<ClientMatch> identity(UUID id) {
		CurrentUser me = this.users.current();
		if (!me.worksWithClients() || !existsInAgency(id, me.agencyId())) {
			return Optional.empty();
		}
		Client client = this.clients.findById(id).orElseThrow();
		this.access.listed(AuditAction.MATCH, SUBJECT, List.of(id), "identity before an intake");
		return Optional.of(new ClientMatch(id, 1.0, List.of(), client.details().givenName(),
				client.details().familyName(), client.details().dateOfBirth(), true, this.access.canSee(id)));
	}

	/**
	 * Whether a client exists in an agency, in scope or not: a worker who found them
	 * through the duplicate check may start an intake, which puts them in scope.
	 */
	@Transactional(readOnly = true)
	public boolean existsInAgency(UUID id, UUID agencyId) {
		return this.clients.findById(id)
			.filter(c -> agencyId != null && agencyId.equals(c.agencyId()) && c.recordStatus() == RecordStatus.ACTIVE)
			.isPresent();
	}

	/** Names of related clients the caller may see (relationships point both ways). */
	@Transactional(readOnly = true)
	public List<RelatedClient> related(Client client) {
		List<RelatedClient> related = new ArrayList<>();
		for (Relationship r : client.details().relationships()) {
			related.add(new RelatedClient(r.clientId(), r.kind().name(), visibleName(r.clientId()), false));
		}
		for (UUID otherId : this.clients.findIdsRelatedTo(client.id())) {
			this.clients.findById(otherId)
				.ifPresent(other -> other.details()
					.relationships()
					.stream()
					.filter(r -> r.clientId().equals(client.id()))
					.forEach(r -> related
						.add(new RelatedClient(otherId, r.kind().inverse().name(), visibleName(otherId), true))));
		}
		return related;
	}

	/**
	 * Fuzzy search of the clients the caller may see: accents folded, trigram similarity,
	 * sounds alike, nicknames, swapped names, and dates of birth with a swapped day and
	 * month or one digit wrong. With neither text nor date, the caller's most recently
	 * registered clients.
	 */
	@Transactional
	public Page<ClientHit> search(String q, LocalDate dob, PageRequest page) {
		VisibleClients visible = this.access.visibleClients();
		String text = q == null ? "" : q.trim();
		if (text.length() > 200) {
			throw new InvalidInputException("q", "must be at most 200 characters");
		}
		if (visible.none()) {
			return new Page<>(List.of(), page.page(), page.size(), 0);
		}
		List<ClientHit> hits;
		if (Names.fold(text).isEmpty() && dob == null) {
			hits = recent(visible);
		}
		else {
			MatchSubject query = querySubject(text, dob);
			List<Candidate> candidates = candidates(query, text, visible, false);
			hits = new ArrayList<>();
			for (Candidate c : candidates) {
				MatchScore score = searchScore(query, c.subject(), text);
				if (relevant(score, text, dob)) {
					hits.add(new ClientHit(c.id(), c.subject().givenName(), c.subject().familyName(),
							c.subject().preferredName(), c.subject().dateOfBirth(), c.subject().birthYear(),
							c.subject().city(), relevance(score, dob != null), score.reasons()));
				}
			}
			hits.sort(Comparator.comparingDouble(ClientHit::score).reversed());
		}
		List<ClientHit> pageItems = hits.stream().skip(page.offset()).limit(page.size()).toList();
		this.access.listed(AuditAction.LIST, SUBJECT, pageItems.stream().map(ClientHit::id).toList(),
				"search" + (text.isEmpty() ? "" : " by name") + (dob == null ? "" : " by date of birth"));
		return new Page<>(pageItems, page.page(), page.size(), hits.size());
	}

	/**
	 * Candidate duplicates over the whole registry, best first. Candidates outside the
	 * caller's scope are reported with identity fields only.
	 */
	@Transactional
	public List<ClientMatch> matches(MatchSubject subject) {
		List<FieldProblem> problems = new ArrayList<>();
		if (Names.fold(subject.givenName()).isEmpty() && Names.fold(subject.familyName()).isEmpty()) {
			problems.add(new FieldProblem("lastName", "a first or last name is needed to look for duplicates"));
		}
		if (subject.dateOfBirth() != null && subject.dateOfBirth().isAfter(LocalDate.now(this.clock))) {
			problems.add(new FieldProblem("dateOfBirth", "must not be in the future"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<ClientMatch> matches = rank(subject, null, 10);
		if (!matches.isEmpty()) {
			this.access.listed(AuditAction.MATCH, SUBJECT, matches.stream().map(ClientMatch::clientId).toList(),
					"duplicate check");
		}
		return matches;
	}

	/**
	 * Ranks registry candidates for a would-be client; {@code agencyId} limits the
	 * registry to one agency (the match-quality evaluation uses it to stay within its own
	 * records).
	 */
	List<ClientMatch> rank(MatchSubject subject, UUID agencyId, int limit) {
		List<Candidate> candidates = candidates(subject,
				(nz(subject.givenName()) + " " + nz(subject.preferredName()) + " " + nz(subject.familyName())).trim(),
				agencyId == null ? null : VisibleClients.agency(agencyId), true);
		List<ClientMatch> matches = new ArrayList<>();
		for (Candidate c : candidates) {
			MatchScore score = this.scorer.score(subject, c.subject());
			if (score.probability() >= MatchScore.POSSIBLE) {
				boolean inScope = agencyId == null && this.access.canSee(c.id());
				matches.add(new ClientMatch(c.id(), score.probability(), score.reasons(), c.subject().givenName(),
						c.subject().familyName(), c.subject().dateOfBirth(), score.likely(), inScope));
			}
		}
		matches.sort(Comparator.comparingDouble(ClientMatch::score).reversed());
		return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
	}

	private MatchScore searchScore(MatchSubject query, MatchSubject candidate, String text) {
		MatchScore straight = this.scorer.score(query, candidate);
		if (query.familyName() == null || query.familyName().isEmpty()) {
			// a single word may be either name: try it as a family name too
			MatchSubject asFamily = new MatchSubject(null, query.givenName(), null, query.dateOfBirth(), null, null,
					null, null);
			MatchScore other = this.scorer.score(asFamily, candidate);
			return other.weight() > straight.weight() ? other : straight;
		}
		return straight;
	}

	/**
	 * A search result's relevance from 0 to 1: the evidence measured against what
	 * agreement on the fields searched gives (names alone reach about 10, names and date
	 * of birth about 16).
	 */
	private static double relevance(MatchScore score, boolean withDob) {
		double midpoint = withDob ? 8.0 : 5.0;
		return Math.round(1000.0 / (1.0 + Math.pow(2, -(score.weight() - midpoint)))) / 1000.0;
	}

	/**
	 * A search hit needs some name agreement when a name was typed, and a plausible date
	 * when one was given.
	 */
	private static boolean relevant(MatchScore score, String text, LocalDate dob) {
		boolean nameGiven = !Names.fold(text).isEmpty();
		if (nameGiven && score.nameWeight() < 1.0) {
			return false;
		}
		if (dob != null && !nameGiven) {
			return score.weight() >= 3.0;
		}
		return score.weight() >= (dob == null ? 1.0 : 4.0);
	}

	private static MatchSubject querySubject(String text, LocalDate dob) {
		List<String> tokens = new ArrayList<>(List.of(text.replace(",", " , ").trim().split("\\s+")));
		tokens.removeIf(String::isBlank);
		String given;
		String family;
		int comma = tokens.indexOf(",");
		if (comma >= 0) {
			// "Lopez, Maria"
			family = String.join(" ", tokens.subList(0, comma));
			given = String.join(" ", tokens.subList(comma + 1, tokens.size()));
		}
		else if (tokens.size() >= 2) {
			given = String.join(" ", tokens.subList(0, tokens.size() - 1));
			family = tokens.get(tokens.size() - 1);
		}
		else {
			given = tokens.isEmpty() ? "" : tokens.get(0);
			family = "";
		}
		return new MatchSubject(given, family, null, dob, dob == null ? null : dob.getYear(), null, null, null);
	}

	/**
	 * The clients worth scoring for a search or a duplicate check, at most
	 * {@link #CANDIDATES}, those agreeing on a date of birth or an email first, then by
	 * similarity of the whole name.
	 * <p>
	 * A candidate's names agree with the query's: both the given and the family name
	 * share a key (the same name, a nickname, the same sound, or one typo apart; the keys
	 * hold every name token, so swapped names agree too). A single word typed in search
	 * may be either name. Records that lack one of the names are candidates when the
	 * other agrees. A duplicate check also takes people who agree on one name and were
	 * born within half a year (the other name scrambled or badly misspelled), and anyone
	 * with one of the date-of-birth variants or the same email. One common name alone
	 * ("Maria") is not enough: it would bring thousands of rows that cannot score as
	 * matches.
	 * @param scope the clients the caller may see, or {@code null} for the whole registry
	 */
	private List<Candidate> candidates(MatchSubject subject, String text, VisibleClients scope, boolean registryWide) {
		String givenText = Names.fold(nz(subject.givenName()) + " " + nz(subject.preferredName()));
		String familyText = Names.fold(subject.familyName());
		Set<String> dobs = new LinkedHashSet<>();
		DateVariants.of(subject.dateOfBirth()).forEach(d -> dobs.add(d.toString()));
		String email = subject.email() == null ? "" : subject.email().trim().toLowerCase(Locale.ROOT);
		var params = new MapSqlParameterSource();
		List<String> any = new ArrayList<>();
		String given = agreement("given", givenText, params);
		String family = agreement("family", familyText, params);
		if (given != null && family != null) {
			any.add(given + " AND " + family);
			String either = "c.match_keys && (CAST(:givenKeys AS text[]) || CAST(:familyKeys AS text[])"
					+ " || (SELECT casework_typo_keys(:givenText || ' ' || :familyText)))";
			// a record that lacks a name (registered in a hurry: "Brown" without a first
			// name) when its other name agrees; in a duplicate check, also anyone born
			// within about half a year who agrees on one name
			LocalDate[] born = registryWide ? bornAround(subject) : null;
			String oneName = "c.match_keys @> CAST('{" + ONE_NAME + "}' AS text[])";
			any.add(either + " AND " + oneName);
			if (born != null) {
				// the same name, nickname or sound: typo keys of two common names would
				// bring thousands of rows into the range
				any.add("c.match_keys && (CAST(:givenKeys AS text[]) || CAST(:familyKeys AS text[]))"
						+ " AND c.date_of_birth BETWEEN :bornFrom AND :bornTo");
				params.addValue("bornFrom", born[0]).addValue("bornTo", born[1]);
			}
		}
		else if (given != null || family != null) {
			// one name only: in search, a single word may be either name
			any.add(given != null ? given : family);
		}
		if (!dobs.isEmpty()) {
			any.add("c.date_of_birth = ANY(CAST(:dobs AS date[]))");
		}
		if (!email.isEmpty()) {
			// equality only: a trigram match on emails brings every address at the same
			// provider ("gmail.com")
			any.add("c.email_norm = :email");
		}
		if (any.isEmpty()) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder(
				"""
						SELECT c.id, c.given_name, c.family_name, c.preferred_name, c.date_of_birth, c.birth_year, c.email, c.city,
						       (SELECT p.number FROM client_phone p WHERE p.client = c.id ORDER BY p.preferred DESC, p.client_key LIMIT 1) AS phone
						FROM client c
						WHERE c.record_status = 'ACTIVE'""");
		if (scope != null) {
			sql.append(" AND ").append(scope.probe("c"));
			params.addValues(scope.parameters());
		}
		sql.append(" AND ((").append(String.join(") OR (", any)).append("))");
		// coalesce: an unknown date of birth or email ranks as no agreement; a NULL would
		// sort first in descending order and push the real candidates out
		sql.append(" ORDER BY ");
		if (!dobs.isEmpty()) {
			sql.append("coalesce(c.date_of_birth = ANY(CAST(:dobs AS date[])), false)::int + ");
		}
		if (!email.isEmpty()) {
			sql.append("coalesce(c.email_norm = :email, false)::int + ");
		}
		sql.append("similarity(c.search_name, :text) DESC LIMIT ").append(CANDIDATES);
		return this.jdbc.sql(sql.toString())
			.paramSource(params.addValue("text", Names.fold(text))
				.addValue("dobs", dobs.toArray(String[]::new))
				.addValue("email", email))
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class),
					new MatchSubject(rs.getString("given_name"), rs.getString("family_name"),
							rs.getString("preferred_name"), rs.getObject("date_of_birth", LocalDate.class),
							(Integer) rs.getObject("birth_year"), rs.getString("email"), rs.getString("city"),
							rs.getString("phone"))))
			.list();
	}

	/**
	 * The condition that a candidate shares a name key (a name, its nickname group, its
	 * sound) with one of the query's names, or {@code null} when that name is empty.
	 */
	private static String agreement(String which, String folded, MapSqlParameterSource params) {
		if (folded.isEmpty()) {
			return null;
		}
		var keys = KeyBuilder.forQuery(folded);
		List<String> all = new ArrayList<>(keys.names());
		all.addAll(keys.phonetic());
		params.addValue(which + "Keys", all.toArray(String[]::new)).addValue(which + "Text", folded);
		return "c.match_keys && (CAST(:" + which + "Keys AS text[]) || (SELECT casework_typo_keys(:" + which
				+ "Text)))";
	}

	/**
	 * Born within half a year of the date of birth given, or in the year given, if any.
	 */
	private static LocalDate[] bornAround(MatchSubject subject) {
		if (subject.dateOfBirth() != null) {
			return new LocalDate[] { subject.dateOfBirth().minusMonths(6), subject.dateOfBirth().plusMonths(6) };
		}
		if (subject.birthYear() != null) {
			return new LocalDate[] { LocalDate.of(subject.birthYear(), 1, 1),
					LocalDate.of(subject.birthYear(), 12, 31) };
		}
		return null;
	}

	private List<ClientHit> recent(VisibleClients visible) {
		return this.jdbc
			.sql("SELECT c.id, c.given_name, c.family_name, c.preferred_name, c.date_of_birth, c.birth_year, c.city"
					+ " FROM client c WHERE c.record_status = 'ACTIVE' AND " + visible.condition("c")
					+ " ORDER BY coalesce(c.updated_at, c.registered_at) DESC LIMIT 1000")
			.params(visible.parameters())
			.query((rs, n) -> new ClientHit(rs.getObject("id", UUID.class), rs.getString("given_name"),
					rs.getString("family_name"), rs.getString("preferred_name"),
					rs.getObject("date_of_birth", LocalDate.class), (Integer) rs.getObject("birth_year"),
					rs.getString("city"), 1.0, List.of()))
			.list();
	}

	private List<FieldProblem> checkRelated(ClientDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		for (int i = 0; i < details.relationships().size(); i++) {
			UUID other = details.relationships().get(i).clientId();
			if (other != null && !this.access.canSee(other)) {
				problems.add(new FieldProblem("relationships[" + i + "].clientId", "no such client"));
			}
		}
		for (int i = 0; i < details.householdMembers().size(); i++) {
			UUID other = details.householdMembers().get(i).clientId();
			if (other != null && !this.access.canSee(other)) {
				problems.add(new FieldProblem("householdMembers[" + i + "].clientId", "no such client"));
			}
		}
		return problems;
	}

	private List<Identifier> protect(List<IdentifierInput> inputs, List<Identifier> existing) {
		List<Identifier> result = new ArrayList<>();
		for (IdentifierInput in : inputs) {
			if (in.keep() != null && (in.value() == null || in.value().isBlank())) {
				Identifier kept = existing.get(in.keep());
				result
					.add(new Identifier(kept.kind(), blankToNull(in.issuer()), kept.valueProtected(), kept.lastFour()));
				continue;
			}
			String value = in.value().trim();
			String digits = value.replaceAll("[^A-Za-z0-9]", "");
			String lastFour = digits.length() <= 4 ? digits : digits.substring(digits.length() - 4);
			String stored = in.kind().sensitive() ? this.vault.protect(digits) : this.vault.protect(value);
			result.add(new Identifier(in.kind(), blankToNull(in.issuer()), stored, lastFour));
		}
		return result;
	}

	private static ClientDetails normalize(ClientDetails d) {
		BirthDatePrecision precision = d.birthDatePrecision();
		if (precision == null) {
			precision = d.dateOfBirth() != null ? BirthDatePrecision.EXACT
					: d.birthYear() != null ? BirthDatePrecision.YEAR : BirthDatePrecision.UNKNOWN;
		}
		return new ClientDetails(trim(d.givenName()), blankToNull(d.middleName()), trim(d.familyName()),
				blankToNull(d.preferredName()), d.dateOfBirth(), precision, d.birthYear(), d.sex(),
				blankToNull(d.genderIdentity()), blankToNull(d.pronouns()), blankToNull(d.preferredLanguage()),
				d.interpreterNeeded(), blankToNull(d.email()), d.address(),
				d.phones()
					.stream()
					.map(p -> new org.casework.clients.domain.Phone(p.kind(), trim(p.number()), p.preferred()))
					.toList(),
				d.householdMembers()
					.stream()
					.map(m -> new HouseholdMember(trim(m.name()), m.relationship(), m.dateOfBirth(), m.clientId()))
					.toList(),
				d.relationships());
	}

	private static org.casework.clients.domain.SearchKeys keys(ClientDetails d) {
		return KeyBuilder.forPerson(d.givenName(), d.preferredName(), d.familyName());
	}

	static MatchSubject subject(Client c) {
		ClientDetails d = c.details();
		String phone = d.phones().isEmpty() ? null : d.phones().get(0).number();
		return new MatchSubject(d.givenName(), d.familyName(), d.preferredName(), d.dateOfBirth(), d.birthYear(),
				d.email(), d.address() == null ? null : d.address().city(), phone);
	}

	static ClientSummary toSummary(Client c) {
		ClientDetails d = c.details();
		return new ClientSummary(c.id(), d.givenName(), d.familyName(), d.preferredName(), d.dateOfBirth(),
				d.birthYear(), d.preferredLanguage(), d.interpreterNeeded(), c.recordStatus().name());
	}

	private String visibleName(UUID clientId) {
		if (!this.access.canSee(clientId)) {
			return null;
		}
		return this.clients.findById(clientId).map(o -> toSummary(o).displayName()).orElse(null);
	}

	private static String trim(String s) {
		return s == null ? null : s.trim();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	record Candidate(UUID id, MatchSubject subject) {
	}

	/**
	 * A client related to the one being viewed; the name only when the caller may see
	 * them.
	 */
	public record RelatedClient(UUID clientId, String kind, String displayName, boolean inverse) {
	}

}
