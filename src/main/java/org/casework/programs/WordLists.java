package org.casework.programs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.identity.CurrentUser;
import org.casework.identity.IdentityManagement;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.PhraseList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The word lists checks read (vague goal wording, judgmental words in notes) and a
 * program admin edits: add a phrase with its suggestion, retire one with a reason.
 * Nothing is deleted. The shipped lists fill the database the first time Casework starts;
 * a list a program admin emptied stays empty.
 */
@Service
public class WordLists {

	/** The longest phrase or suggestion accepted. */
	public static final int MAX_PHRASE = 80;

	public static final int MAX_SUGGESTION = 300;

	/** How long a list read stays in use before it is read again. */
	static final Duration FRESH_FOR = Duration.ofSeconds(30);

	private final Map<WordList, Active> cache = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final UserContext users;

	private final IdentityManagement identity;

	private final AuditLog audit;

	private final Clock clock;

	WordLists(JdbcClient jdbc, UserContext users, IdentityManagement identity, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The active phrases of a list, as the checks match them. Checks run on every
	 * keystroke pause and every signing, so the list is kept in memory: an edit here
	 * takes effect at once, an edit made on another application node within
	 * {@link #FRESH_FOR}.
	 */
	public PhraseList phrases(WordList list) {
		return active(list).phrases();
	}

	/** The suggestion of each active phrase of a list, by its normalized form. */
	public Map<String, String> suggestions(WordList list) {
		return active(list).suggestions();
	}

	private Active active(WordList list) {
		Active active = this.cache.get(list);
		if (active == null || active.loadedAt() < System.nanoTime() - FRESH_FOR.toNanos()) {
			active = load(list);
			this.cache.put(list, active);
		}
		return active;
	}

	private Active load(WordList list) {
		long loadedAt = System.nanoTime();
		List<String> phrases = new ArrayList<>();
		Map<String, String> suggestions = new HashMap<>();
		this.jdbc
			.sql("SELECT phrase, normalized, suggestion FROM word_list_entry WHERE list = ? AND retired_at IS NULL")
			.param(list.name())
			.query((ResultSet rs) -> {
				phrases.add(rs.getString("phrase"));
				suggestions.put(rs.getString("normalized"), rs.getString("suggestion"));
			});
		return new Active(PhraseList.of(phrases), Map.copyOf(suggestions), loadedAt);
	}

	/** Forgets a list read before the current transaction's change, once it commits. */
	private void changed(WordList list) {
		this.cache.remove(list);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					WordLists.this.cache.remove(list);
				}
			});
		}
	}

	/** A list's active entries as read at {@code loadedAt} ({@link System#nanoTime}). */
	private record Active(PhraseList phrases, Map<String, String> suggestions, long loadedAt) {
	}

	/** Every entry of a list, active ones first, each group alphabetical. */
	@Transactional(readOnly = true)
	public List<WordListEntry> entries(WordList list) {
		List<Entry> rows = this.jdbc.sql("""
				SELECT * FROM word_list_entry WHERE list = ?
				ORDER BY retired_at IS NOT NULL, lower(phrase), added_at""")
			.param(list.name())
			.query((rs, n) -> row(rs))
			.list();
		Set<UUID> people = new HashSet<>();
		rows.forEach(r -> Stream.of(r.addedBy(), r.retiredBy()).filter(Objects::nonNull).forEach(people::add));
		Map<UUID, String> names = this.identity.displayNames(people);
		return rows.stream().map(r -> r.with(names)).toList();
	}

	/** Adds a phrase to a list (program admins). */
	@Transactional
	public WordListEntry add(WordList list, String phrase, String suggestion) {
		CurrentUser me = admin();
		List<FieldProblem> problems = new ArrayList<>();
		String normalized = phrase == null ? "" : PhraseList.normalize(phrase);
		if (normalized.isEmpty()) {
			problems.add(new FieldProblem("phrase", "must contain at least one word"));
		}
		else if (phrase.strip().length() > MAX_PHRASE) {
			problems.add(new FieldProblem("phrase", "must be at most " + MAX_PHRASE + " characters"));
		}
		if (suggestion != null && suggestion.strip().length() > MAX_SUGGESTION) {
			problems.add(new FieldProblem("suggestion", "must be at most " + MAX_SUGGESTION + " characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID id = UUID.randomUUID();
		int added = this.jdbc.sql("""
				INSERT INTO word_list_entry (id, list, phrase, normalized, suggestion, added_by, added_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (list, normalized) WHERE retired_at IS NULL DO NOTHING""")
			.params(id, list.name(), phrase.strip(), normalized, suggestion == null ? "" : suggestion.strip(), me.id(),
					Timestamp.from(now()))
			.update();
		if (added == 0) {
			throw new DomainRuleException("\"" + phrase.strip() + "\" is already on the list");
		}
		changed(list);
		this.audit.record(AuditEntry.of(AuditAction.CREATE, "WordListEntry", id)
			.withDetail(list.slug() + ": added \"" + phrase.strip() + "\""));
		return entry(list, id);
	}

	/** Takes a phrase off a list (program admins); it stays as history. */
	@Transactional
	public WordListEntry retire(WordList list, UUID entryId, String reason) {
		CurrentUser me = admin();
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem("reason", "must say why the phrase is retired")));
		}
		if (reason.strip().length() > MAX_SUGGESTION) {
			throw new InvalidInputException(
					List.of(new FieldProblem("reason", "must be at most " + MAX_SUGGESTION + " characters")));
		}
		WordListEntry entry = entry(list, entryId);
		if (!entry.active()) {
			throw new DomainRuleException("\"" + entry.phrase() + "\" was already retired");
		}
		this.jdbc.sql("""
				UPDATE word_list_entry SET retired_by = ?, retired_at = ?, retired_reason = ?
				WHERE id = ? AND retired_at IS NULL""")
			.params(me.id(), Timestamp.from(now()), reason.strip(), entryId)
			.update();
		changed(list);
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, "WordListEntry", entryId)
			.withDetail(list.slug() + ": retired \"" + entry.phrase() + "\": " + reason.strip()));
		return entry(list, entryId);
	}

	@Transactional(readOnly = true)
	public WordListEntry entry(WordList list, UUID entryId) {
		return entries(list).stream()
			.filter(e -> e.id().equals(entryId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Word list entry"));
	}

	/**
	 * Copies the shipped lists into the database once: a list that has ever had an entry
	 * is left as the program admins made it.
	 */
	@Transactional
	public void seedShipped() {
		for (WordList list : WordList.values()) {
			boolean seeded = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM word_list_entry WHERE list = ?)")
				.param(list.name())
				.query(Boolean.class)
				.single();
			if (seeded) {
				continue;
			}
			for (String[] line : shipped(list)) {
				this.jdbc.sql("""
						INSERT INTO word_list_entry (id, list, phrase, normalized, suggestion, shipped, added_at)
						VALUES (?, ?, ?, ?, ?, TRUE, ?)
						ON CONFLICT (list, normalized) WHERE retired_at IS NULL DO NOTHING""")
					.params(UUID.randomUUID(), list.name(), line[0], PhraseList.normalize(line[0]), line[1],
							Timestamp.from(now()))
					.update();
			}
			changed(list);
		}
	}

	private static List<String[]> shipped(WordList list) {
		try (InputStream in = Objects
			.requireNonNull(WordLists.class.getClassLoader().getResourceAsStream(list.resource()), list.resource())) {
			return PhraseList.lines(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private CurrentUser admin() {
		CurrentUser me = this.users.current();
		if (!me.has(Role.PROGRAM_ADMIN)) {
			throw new AccessDeniedException("Only a program admin edits word lists");
		}
		return me;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static Entry row(ResultSet rs) throws SQLException {
		Timestamp retired = rs.getTimestamp("retired_at");
		return new Entry(rs.getObject("id", UUID.class), WordList.valueOf(rs.getString("list")), rs.getString("phrase"),
				rs.getString("suggestion"), rs.getBoolean("shipped"), rs.getObject("added_by", UUID.class),
				rs.getTimestamp("added_at").toInstant(), rs.getObject("retired_by", UUID.class),
				retired == null ? null : retired.toInstant(), rs.getString("retired_reason"));
	}

	private record Entry(UUID id, WordList list, String phrase, String suggestion, boolean shipped, UUID addedBy,
			Instant addedAt, UUID retiredBy, Instant retiredAt, String retiredReason) {

		WordListEntry with(Map<UUID, String> names) {
			return new WordListEntry(this.id, this.list, this.phrase, this.suggestion, this.shipped,
					this.addedBy == null ? null : names.get(this.addedBy), this.addedAt,
					this.retiredBy == null ? null : names.get(this.retiredBy), this.retiredAt, this.retiredReason);
		}

	}

}
