package org.casework.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCallback;
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

	private final JdbcTemplate template;

	AuditChainWriter(JdbcTemplate template) {
		this.template = template;
	}

	void append(List<ChainedEntry.Unsealed> entries) {
		if (entries.isEmpty()) {
			return;
		}
		List<Map.Entry<String, Long>> next = lockAndReadHead(entries.size());
		String prev = next.get(0).getKey();
		List<Long> seqs = next.stream().map(Map.Entry::getValue).sorted().toList();
		List<ChainedEntry> sealed = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			ChainedEntry entry = entries.get(i).seal(seqs.get(i), prev);
			sealed.add(entry);
			prev = entry.hash();
		}
		insert(sealed);
		entries.clear();
	}

	/**
	 * Takes the chain lock, then reads the last hash and the numbers of {@code count}
	 * entries, in one round trip. Everything from here to the commit holds the lock and
	 * delays every other writer, so the two statements go to the server together: the
	 * second runs as soon as the first has the lock, and (each statement at READ
	 * COMMITTED seeing what was committed before it started) sees every entry committed
	 * before.
	 */
	private List<Map.Entry<String, Long>> lockAndReadHead(int count) {
		String sql = "SELECT pg_advisory_xact_lock(" + CHAIN_LOCK + ");"
				+ " SELECT (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1) AS prev,"
				+ " nextval('audit_event_seq') AS seq FROM generate_series(1, " + count + ")";
		return this.template.execute((StatementCallback<List<Map.Entry<String, Long>>>) statement -> {
			statement.execute(sql);
			if (!statement.getMoreResults()) {
				throw new IllegalStateException("The audit chain's head was not read");
			}
			List<Map.Entry<String, Long>> head = new ArrayList<>();
			try (ResultSet rs = statement.getResultSet()) {
				while (rs.next()) {
					head.add(Map.entry(Objects.requireNonNullElse(rs.getString("prev"), ChainedEntry.GENESIS),
							rs.getLong("seq")));
				}
			}
			return head;
		});
	}

	private void insert(List<ChainedEntry> entries) {
		this.template.batchUpdate("""
				INSERT INTO audit_event (seq, id, occurred_at, actor, actor_id, action, subject_type, subject_id,
				    client_id, client_ids, purpose, reason, request_id, source_address, detail, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ChainedEntry e = entries.get(i);
				ps.setLong(1, e.seq());
				ps.setObject(2, e.id());
				ps.setTimestamp(3, Timestamp.from(e.occurredAt()));
				ps.setString(4, e.actor());
				ps.setObject(5, e.actorId());
				ps.setString(6, e.action());
				ps.setString(7, e.subjectType());
				ps.setString(8, e.subjectId());
				ps.setObject(9, e.clientId());
				ps.setArray(10, ps.getConnection().createArrayOf("uuid", e.clientIds().toArray()));
				ps.setString(11, e.purpose());
				ps.setString(12, e.reason());
				ps.setString(13, e.requestId());
				ps.setString(14, e.sourceAddress());
				ps.setString(15, e.detail());
				ps.setString(16, e.prevHash());
				ps.setString(17, e.hash());
			}

			@Override
			public int getBatchSize() {
				return entries.size();
			}

		});
	}

}
