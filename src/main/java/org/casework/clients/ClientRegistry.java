package org.casework.clients;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.Client;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.Clients;
import org.casework.clients.domain.Identifier;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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

	/**
	 * Above this many visible clients, search filters candidates in memory instead of in
	 * SQL.
	 */
	static final int LARGE_SCOPE = 5000;

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
		if (!visible.agencyWide() && visible.clientIds().isEmpty()) {
			return new Page<>(List.of(), page.page(), page.size(), 0);
		}
		List<ClientHit> hits;
		if (Names.fold(text).isEmpty() && dob == null) {
			hits = recent(visible);
		}
		else {
			MatchSubject query = querySubject(text, dob);
			List<Candidate> candidates;
			if (!visible.agencyWide() && visible.clientIds().size() > LARGE_SCOPE) {
				// a team's whole history: sending tens of thousands of ids to the
				// database costs more
				// than looking wider on the indexes and keeping what the caller may see
				candidates = candidates(query, text, null, false, 3 * CANDIDATES).stream()
					.filter(c -> visible.clientIds().contains(c.id()))
					.toList();
			}
			else {
				candidates = candidates(query, text, visible, false, CANDIDATES);
			}
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
				agencyId == null ? null : VisibleClients.agency(agencyId), true, CANDIDATES);
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

	private List<Candidate> candidates(MatchSubject subject, String text, VisibleClients scope, boolean registryWide,
			int limit) {
		var keys = KeyBuilder.forQuery(text);
		Set<String> dobs = new LinkedHashSet<>();
		DateVariants.of(subject.dateOfBirth()).forEach(d -> dobs.add(d.toString()));
		String email = subject.email() == null ? "" : subject.email().trim().toLowerCase();
		String folded = Names.fold(text);
		StringBuilder sql = new StringBuilder(
				"""
						SELECT c.id, c.given_name, c.family_name, c.preferred_name, c.date_of_birth, c.birth_year, c.email, c.city,
						       (SELECT p.number FROM client_phone p WHERE p.client = c.id ORDER BY p.preferred DESC, p.client_key LIMIT 1) AS phone
						FROM client c
						WHERE c.record_status = 'ACTIVE'""");
		if (scope != null && scope.agencyWide()) {
			sql.append(" AND c.agency_id = :agency");
		}
		else if (scope != null) {
			sql.append(" AND c.id = ANY(:ids)");
		}
		var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
		if (registryWide) {
			// A duplicate check wants people whose given AND family names agree (the
			// keys hold every name token, so swapped names agree too), who agree on one
			// name and were born within about a year (the other name scrambled or badly
			// misspelled), whose whole name is similar (typos), or who share a date of
			// birth or an email. One common name alone ("Maria") would bring thousands
			// of rows that cannot score as possible duplicates and take tens of
			// milliseconds to rank.
			String givenText = Names.fold(nz(subject.givenName()) + " " + nz(subject.preferredName()));
			String familyText = Names.fold(subject.familyName());
			var givenKeys = KeyBuilder.forQuery(givenText);
			var familyKeys = KeyBuilder.forQuery(familyText);
			List<String> agreement = new ArrayList<>();
			if (!givenText.isEmpty()) {
				agreement.add("(c.name_keys && CAST(:givenNames AS text[])"
						+ " OR c.phonetic_keys && CAST(:givenPhonetic AS text[]))");
			}
			if (!familyText.isEmpty()) {
				agreement.add("(c.name_keys && CAST(:familyNames AS text[])"
						+ " OR c.phonetic_keys && CAST(:familyPhonetic AS text[]))");
			}
			sql.append(" AND ((").append(agreement.isEmpty() ? "false" : String.join(" AND ", agreement)).append(")");
			LocalDate bornFrom = null;
			LocalDate bornTo = null;
			if (subject.dateOfBirth() != null) {
				bornFrom = subject.dateOfBirth().minusYears(1);
				bornTo = subject.dateOfBirth().plusYears(1);
			}
			else if (subject.birthYear() != null) {
				bornFrom = LocalDate.of(subject.birthYear() - 1, 1, 1);
				bornTo = LocalDate.of(subject.birthYear() + 1, 12, 31);
			}
			if (!agreement.isEmpty() && bornFrom != null) {
				sql.append(" OR ((").append(String.join(" OR ", agreement)).append(")");
				sql.append(" AND c.date_of_birth BETWEEN CAST(:bornFrom AS date) AND CAST(:bornTo AS date))");
			}
			if (!folded.isEmpty()) {
				// 0.5 instead of 0.3, for this transaction only: recall on the labelled
				// set is unchanged, and most rows sharing one common word stay out
				this.jdbc.sql("SELECT set_config('pg_trgm.similarity_threshold', '0.5', true)").query().singleValue();
				sql.append(" OR c.search_name % :text");
			}
			params.addValue("givenNames", givenKeys.names().toArray(String[]::new))
				.addValue("givenPhonetic", givenKeys.phonetic().toArray(String[]::new))
				.addValue("familyNames", familyKeys.names().toArray(String[]::new))
				.addValue("familyPhonetic", familyKeys.phonetic().toArray(String[]::new))
				.addValue("bornFrom", bornFrom == null ? null : bornFrom.toString())
				.addValue("bornTo", bornTo == null ? null : bornTo.toString());
		}
		else {
			sql.append(" AND (c.name_keys && CAST(:names AS text[]) OR c.phonetic_keys && CAST(:phonetic AS text[])");
			if (!folded.isEmpty()) {
				sql.append(" OR c.search_name % :text");
			}
		}
		if (!dobs.isEmpty()) {
			sql.append(" OR c.date_of_birth = ANY(CAST(:dobs AS date[]))");
		}
		if (!email.isEmpty()) {
			// equality only: a trigram match on emails brings every address at the same
			// provider ("gmail.com") and took 150 to 300 ms on 100,000 clients
			sql.append(" OR c.email_norm = :email");
		}
		// coalesce: an unknown date of birth or email ranks as no agreement; a NULL would
		// sort first in descending order and push the real candidates out
		sql.append(") ORDER BY ");
		if (!dobs.isEmpty()) {
			sql.append("coalesce(c.date_of_birth = ANY(CAST(:dobs AS date[])), false)::int + ");
		}
		if (!email.isEmpty()) {
			sql.append("coalesce(c.email_norm = :email, false)::int + ");
		}
		sql.append("similarity(c.search_name, :text) DESC LIMIT ").append(limit);

		return this.jdbc.sql(sql.toString())
			.paramSource(params.addValue("agency", scope == null ? null : scope.agencyId())
				.addValue("ids", scope == null ? new UUID[0] : scope.idArray())
				.addValue("names", keys.names().toArray(String[]::new))
				.addValue("phonetic", keys.phonetic().toArray(String[]::new))
				.addValue("text", folded)
				.addValue("dobs", dobs.toArray(String[]::new))
				.addValue("email", email))
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class),
					new MatchSubject(rs.getString("given_name"), rs.getString("family_name"),
							rs.getString("preferred_name"), rs.getObject("date_of_birth", LocalDate.class),
							(Integer) rs.getObject("birth_year"), rs.getString("email"), rs.getString("city"),
							rs.getString("phone"))))
			.list();
	}

	private List<ClientHit> recent(VisibleClients visible) {
		String where = visible.agencyWide() ? "c.agency_id = :agency" : "c.id = ANY(:ids)";
		return this.jdbc
			.sql("SELECT c.id, c.given_name, c.family_name, c.preferred_name, c.date_of_birth, c.birth_year, c.city"
					+ " FROM client c WHERE c.record_status = 'ACTIVE' AND " + where
					+ " ORDER BY coalesce(c.updated_at, c.registered_at) DESC LIMIT 1000")
			.param("agency", visible.agencyId())
			.param("ids", visible.idArray())
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
