package org.casework.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain. A transaction-scoped advisory lock serialises writers
 * between reading the last hash and committing, on every application node sharing the
 * database.
 * <p>
 * Everything between taking the lock and the commit delays every other writer: with many
 * users at once, most transactions wait for this lock. So the lock, the chain's head, the
 * numbers, the hashes and the rows are one round trip: two statements sent together, the
 * second of which runs as soon as the first has the lock, and (each statement at READ
 * COMMITTED seeing what was committed before it started) sees every entry committed
 * before. The application writes each entry's canonical text
 * ({@link ChainedEntry#canonical}) but for its first and last fields, the number and the
 * previous hash; the database adds them and takes the SHA-256 of the whole, exactly as
 * {@link ChainedEntry#computeHash} does when the chain is verified.
 */
@Component
class AuditChainWriter {

	/** Advisory lock key of the audit chain ("audit" in ASCII). */
	private static final long CHAIN_LOCK = 0x6175646974L;

	private static final String APPEND = "SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ");" + """
			WITH RECURSIVE entry AS (
			    SELECT * FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
			        CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
			        CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
			        CAST(? AS text[]))
			        WITH ORDINALITY AS e (id, occurred_at, actor, actor_id, action, subject_type, subject_id, client_id,
			            client_ids, purpose, reason, request_id, source_address, detail, body, n)
			), chain AS (
			    SELECT 0::bigint AS n, NULL::bigint AS seq, NULL::text AS prev_hash,
			           coalesce((SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1), CAST(? AS text)) AS hash
			    UNION ALL
			    SELECT e.n, s.seq, c.hash,
			           encode(sha256(convert_to(length(s.seq::text) || ':' || s.seq || '|' || e.body
			               || length(c.hash) || ':' || c.hash || '|', 'UTF8')), 'hex')
			    FROM chain c JOIN entry e ON e.n = c.n + 1
			    CROSS JOIN LATERAL (SELECT nextval('audit_event_seq') AS seq) s
			)
			INSERT INTO audit_event (seq, id, occurred_at, actor, actor_id, action, subject_type, subject_id,
			    client_id, client_ids, purpose, reason, request_id, source_address, detail, prev_hash, hash)
			SELECT c.seq, CAST(e.id AS uuid), CAST(e.occurred_at AS timestamptz), e.actor, CAST(e.actor_id AS uuid),
			       e.action, e.subject_type, e.subject_id, CAST(e.client_id AS uuid), CAST(e.client_ids AS uuid[]),
			       e.purpose, e.reason, e.request_id, e.source_address, e.detail, c.prev_hash, c.hash
			FROM chain c JOIN entry e ON e.n = c.n""";

	private final JdbcTemplate template;

	AuditChainWriter(JdbcTemplate template) {
		this.template = template;
	}

	void append(List<ChainedEntry.Unsealed> entries) {
		if (entries.isEmpty()) {
			return;
		}
		int appended = this.template.execute((Connection con) -> {
			try (PreparedStatement ps = con.prepareStatement(APPEND)) {
				List<Function<ChainedEntry.Unsealed, Object>> columns = List.of(ChainedEntry.Unsealed::id,
						ChainedEntry.Unsealed::occurredAt, ChainedEntry.Unsealed::actor, ChainedEntry.Unsealed::actorId,
						e -> e.entry().action().name(), e -> e.entry().subjectType(), e -> e.entry().subjectId(),
						e -> e.entry().clientId(), e -> clientIds(e.entry().clientIds()),
						e -> e.entry().purpose().name(), e -> e.entry().reason(), ChainedEntry.Unsealed::requestId,
						ChainedEntry.Unsealed::sourceAddress, e -> e.entry().detail(), ChainedEntry.Unsealed::body);
				for (int i = 0; i < columns.size(); i++) {
					Function<ChainedEntry.Unsealed, Object> column = columns.get(i);
					String[] values = entries.stream()
						.map(column)
						.map(v -> v == null ? null : v.toString())
						.toArray(String[]::new);
					ps.setArray(i + 1, con.createArrayOf("text", values));
				}
				ps.setString(columns.size() + 1, ChainedEntry.GENESIS);
				ps.execute();
				if (ps.getMoreResults() || ps.getUpdateCount() < 0) {
					throw new SQLException("The audit entries were not appended");
				}
				return ps.getUpdateCount();
			}
		});
		if (appended != entries.size()) {
			throw new IllegalStateException(
					"Appended " + appended + " audit entries instead of " + entries.size() + "; nothing is committed");
		}
		entries.clear();
	}

	/** A PostgreSQL array literal of client ids. */
	private static String clientIds(List<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
	}

}
