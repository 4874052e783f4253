package org.casework.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes entries to the chain in two steps, so that no user's request waits for
 * another's.
 * <p>
 * {@link #append} queues a transaction's entries in {@code audit_entry_pending}, in the
 * caller's transaction: they commit or roll back with the change they record, and no lock
 * is taken (with one lock for the whole chain held from the append to the commit, every
 * request that reads or writes client data queued behind every other: at 20 users at once
 * most of a request's time was that wait).
 * <p>
 * {@link #seal} then moves what is queued into {@code audit_event} in one statement:
 * under a transaction-scoped advisory lock (one sealer at a time on every application
 * node sharing the database), it numbers the entries in the order they were queued, links
 * each to the hash before it, takes the SHA-256 of each (the database adds the number and
 * the previous hash to the canonical text the application wrote, exactly as
 * {@link ChainedEntry#computeHash} does when the chain is verified) and removes them from
 * the queue. Sealing runs every {@code casework.audit.seal-interval} (a second) and
 * before the trail is searched or verified, so an auditor always reads every committed
 * entry.
 */
@Component
class AuditChainWriter {

	/** Advisory lock key of the audit chain ("audit" in ASCII). */
	private static final long CHAIN_LOCK = 0x6175646974L;

	/** The most entries sealed by one statement (the chain is built one entry a step). */
	static final int SEAL_BATCH = 500;

	private static final String QUEUE = """
			INSERT INTO audit_entry_pending (id, occurred_at, actor, actor_id, action, subject_type, subject_id,
			    client_id, client_ids, purpose, reason, request_id, source_address, detail, body)
			SELECT CAST(e.id AS uuid), CAST(e.occurred_at AS timestamptz), e.actor, CAST(e.actor_id AS uuid), e.action,
			       e.subject_type, e.subject_id, CAST(e.client_id AS uuid), CAST(e.client_ids AS uuid[]), e.purpose,
			       e.reason, e.request_id, e.source_address, e.detail, e.body
			FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
			    CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
			    CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
			    CAST(? AS text[]))
			    WITH ORDINALITY AS e (id, occurred_at, actor, actor_id, action, subject_type, subject_id, client_id,
			        client_ids, purpose, reason, request_id, source_address, detail, body, n)
			ORDER BY e.n""";

	/**
	 * Seals the oldest queued entries; the lock is taken by the statement before (READ
	 * COMMITTED: this one sees every entry and every link committed before it started).
	 */
	private static final String SEAL = """
			WITH RECURSIVE entry AS MATERIALIZED (
			    SELECT p.*, row_number() OVER (ORDER BY p.position) AS n
			    FROM (SELECT * FROM audit_entry_pending ORDER BY position LIMIT %d) p
			), chain AS (
			    SELECT 0::bigint AS n, NULL::bigint AS seq, NULL::text AS prev_hash,
			           coalesce((SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1), CAST(? AS text)) AS hash
			    UNION ALL
			    SELECT e.n, s.seq, c.hash,
			           encode(sha256(convert_to(length(s.seq::text) || ':' || s.seq || '|' || e.body
			               || length(c.hash) || ':' || c.hash || '|', 'UTF8')), 'hex')
			    FROM chain c JOIN entry e ON e.n = c.n + 1
			    CROSS JOIN LATERAL (SELECT nextval('audit_event_seq') AS seq) s
			), sealed AS (
			    INSERT INTO audit_event (seq, id, occurred_at, actor, actor_id, action, subject_type, subject_id,
			        client_id, client_ids, purpose, reason, request_id, source_address, detail, prev_hash, hash)
			    SELECT c.seq, e.id, e.occurred_at, e.actor, e.actor_id, e.action, e.subject_type, e.subject_id,
			           e.client_id, e.client_ids, e.purpose, e.reason, e.request_id, e.source_address, e.detail,
			           c.prev_hash, c.hash
			    FROM chain c JOIN entry e ON e.n = c.n
			    RETURNING id
			)
			DELETE FROM audit_entry_pending p USING sealed s WHERE p.id = s.id""".formatted(SEAL_BATCH);

	private final JdbcTemplate template;

	private final TransactionTemplate sealing;

	AuditChainWriter(JdbcTemplate template, PlatformTransactionManager transactions) {
		this.template = template;
		this.sealing = new TransactionTemplate(transactions);
		this.sealing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Queues a transaction's entries, in that transaction. */
	void append(List<ChainedEntry.Unsealed> entries) {
		if (entries.isEmpty()) {
			return;
		}
		int queued = this.template.execute((Connection con) -> {
			try (PreparedStatement ps = con.prepareStatement(QUEUE)) {
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
				return ps.executeUpdate();
			}
		});
		if (queued != entries.size()) {
			throw new IllegalStateException(
					"Queued " + queued + " audit entries instead of " + entries.size() + "; nothing is committed");
		}
		entries.clear();
	}

	/**
	 * Moves every entry queued and committed so far into the chain, in its own
	 * transaction.
	 * @param wait whether to wait for another sealer (to read the whole trail), or to
	 * leave the work to it
	 * @return how many entries were sealed
	 */
	int seal(boolean wait) {
		Integer sealed = this.sealing.execute(status -> {
			Boolean locked = this.template.queryForObject(wait ? "SELECT true FROM (SELECT pg_advisory_xact_lock(?)) l"
					: "SELECT pg_try_advisory_xact_lock(?)", Boolean.class, CHAIN_LOCK);
			if (!Boolean.TRUE.equals(locked)) {
				return 0;
			}
			int total = 0;
			int batch;
			do {
				batch = this.template.update(SEAL, ChainedEntry.GENESIS);
				total += batch;
			}
			while (batch == SEAL_BATCH);
			return total;
		});
		return sealed == null ? 0 : sealed;
	}

	@Scheduled(fixedDelayString = "${casework.audit.seal-interval:PT1S}",
			initialDelayString = "${casework.audit.seal-interval:PT1S}")
	void sealQueued() {
		seal(false);
	}

	/** A PostgreSQL array literal of client ids. */
	private static String clientIds(List<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
	}

}
