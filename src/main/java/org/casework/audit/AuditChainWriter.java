package org.casework.audit;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries to the chain. A transaction-scoped advisory lock serialises writers
 * between reading the last hash and committing, on every application node sharing the
 * database.
 */
@Component
class AuditChainWriter {

	/** Advisory lock key of the audit chain ("audit" in ASCII). */
	private static final long CHAIN_LOCK = 0x6175646974L;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AuditChainWriter(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void append(List<ChainedEntry.Unsealed> entries) {
		if (entries.isEmpty()) {
			return;
		}
		this.jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
		String prev = this.jdbc.sql("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(ChainedEntry.GENESIS);
		for (ChainedEntry.Unsealed unsealed : entries) {
			long seq = this.jdbc.sql("SELECT nextval('audit_event_seq')").query(Long.class).single();
			ChainedEntry sealed = unsealed.seal(seq, prev);
			insert(sealed);
			prev = sealed.hash();
		}
		entries.clear();
	}

	private void insert(ChainedEntry e) {
		this.template.update(con -> {
			var ps = con.prepareStatement("""
					INSERT INTO audit_event (seq, id, occurred_at, actor, actor_id, action, subject_type, subject_id,
					    client_id, client_ids, purpose, reason, request_id, source_address, detail, prev_hash, hash)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
			Array ids = con.createArrayOf("uuid", e.clientIds().toArray());
			ps.setLong(1, e.seq());
			ps.setObject(2, e.id());
			ps.setTimestamp(3, Timestamp.from(e.occurredAt()));
			ps.setString(4, e.actor());
			ps.setObject(5, e.actorId());
			ps.setString(6, e.action());
			ps.setString(7, e.subjectType());
			ps.setString(8, e.subjectId());
			ps.setObject(9, e.clientId());
			ps.setArray(10, ids);
			ps.setString(11, e.purpose());
			ps.setString(12, e.reason());
			ps.setString(13, e.requestId());
			ps.setString(14, e.sourceAddress());
			ps.setString(15, e.detail());
			ps.setString(16, e.prevHash());
			ps.setString(17, e.hash());
			return ps;
		});
	}

}
