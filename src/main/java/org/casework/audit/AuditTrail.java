package org.casework.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.casework.shared.Page;
import org.casework.shared.PageRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's view of the trail: filtered reading and verification of the hash chain.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuditLog log;

	private final AuditChainWriter writer;

	AuditTrail(JdbcClient jdbc, JdbcTemplate template, AuditLog log, AuditChainWriter writer) {
		this.jdbc = jdbc;
		this.template = template;
		this.log = log;
		this.writer = writer;
	}

	/**
	 * Moves every entry committed so far into the hash chain now (it happens every second
	 * anyway, and before the trail is searched or verified).
	 * @return how many entries were sealed
	 */
	public int seal() {
		return this.writer.seal(true);
	}

	@Transactional
	public Page<AuditEvent> search(AuditQuery query, PageRequest page) {
		seal();
		StringBuilder where = new StringBuilder(" WHERE true");
		List<Object> params = new ArrayList<>();
		if (query.subjectId() != null && !query.subjectId().isBlank()) {
			String subject = query.subjectId().trim();
			UUID asUuid = parseUuid(subject);
			if (asUuid != null) {
				where.append(" AND (subject_id = ? OR client_id = ? OR client_ids @> ARRAY[?]::uuid[])");
				params.addAll(List.of(subject, asUuid, asUuid));
			}
			else {
				where.append(" AND subject_id = ?");
				params.add(subject);
			}
		}
		if (query.actor() != null && !query.actor().isBlank()) {
			where.append(" AND actor = ?");
			params.add(query.actor().trim());
		}
		if (query.from() != null) {
			where.append(" AND occurred_at >= ?");
			params.add(Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			where.append(" AND occurred_at < ?");
			params.add(Timestamp.from(query.to()));
		}
		if (query.action() != null) {
			where.append(" AND action = ?");
			params.add(query.action().name());
		}
		long total = this.jdbc.sql("SELECT count(*) FROM audit_event" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<AuditEvent> items = this.jdbc
			.sql("SELECT * FROM audit_event" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")
			.params(pageParams)
			.query((rs, n) -> toEvent(read(rs)))
			.list();
		this.log
			.record(AuditEntry.of(AuditAction.AUDIT_QUERY, "AuditLog", null).withDetail("filters: " + describe(query)));
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * Recomputes every hash from the first entry on; stops at the first that does not
	 * match.
	 */
	@Transactional
	public ChainVerification verify() {
		seal();
		long[] count = { 0 };
		String[] prev = { ChainedEntry.GENESIS };
		ChainVerification[] broken = { null };
		this.template.setFetchSize(1000);
		this.template.query("SELECT * FROM audit_event ORDER BY seq", rs -> {
			if (broken[0] != null) {
				return;
			}
			ChainedEntry entry = read(rs);
			count[0]++;
			if (!entry.prevHash().equals(prev[0])) {
				broken[0] = new ChainVerification(false, count[0], entry.seq(), entry.id(),
						"does not link to the entry before it (an entry was removed, inserted or reordered)");
			}
			else if (!entry.computeHash().equals(entry.hash())) {
				broken[0] = new ChainVerification(false, count[0], entry.seq(), entry.id(),
						"its content does not match its hash (the entry was altered)");
			}
			prev[0] = entry.hash();
		});
		ChainVerification result = broken[0] != null ? broken[0] : ChainVerification.intact(count[0]);
		this.log.record(AuditEntry.of(AuditAction.AUDIT_QUERY, "AuditLog", null)
			.withDetail("verify: " + (result.valid() ? "valid" : "broken at " + result.firstBrokenSeq())));
		return result;
	}

	private static String describe(AuditQuery q) {
		List<String> parts = new ArrayList<>();
		if (q.subjectId() != null && !q.subjectId().isBlank()) {
			parts.add("subjectId");
		}
		if (q.actor() != null && !q.actor().isBlank()) {
			parts.add("actor");
		}
		if (q.from() != null) {
			parts.add("from");
		}
		if (q.to() != null) {
			parts.add("to");
		}
		if (q.action() != null) {
			parts.add("action");
		}
		return parts.isEmpty() ? "none" : String.join(",", parts);
	}

	private static UUID parseUuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static ChainedEntry read(ResultSet rs) throws SQLException {
		UUID[] ids = (UUID[]) rs.getArray("client_ids").getArray();
		return new ChainedEntry(rs.getLong("seq"), rs.getObject("id", UUID.class),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getObject("actor_id", UUID.class),
				rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getObject("client_id", UUID.class), Arrays.asList(ids), rs.getString("purpose"),
				rs.getString("reason"), rs.getString("request_id"), rs.getString("source_address"),
				rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static AuditEvent toEvent(ChainedEntry e) {
		return new AuditEvent(e.seq(), e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(),
				e.clientId(), e.clientIds(), e.purpose(), e.reason(), e.requestId(), e.sourceAddress(), e.detail(),
				e.hash());
	}

}
