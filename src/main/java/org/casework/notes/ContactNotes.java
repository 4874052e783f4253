package org.casework.notes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When cases last had contact, for rules over many cases (the monitoring module's contact
 * cadence and unsigned-note reminders). These answer dates and ids only, no client data,
 * and need no signed-in user: a scheduler calls them.
 */
@Service
public class ContactNotes {

	private static final String CLIENT_CONTACT = "signed_at IS NOT NULL AND type = 'CONTACT' AND method <> 'COLLATERAL'";

	private final JdbcClient jdbc;

	ContactNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest signed contact with the client of a case. */
	@Transactional(readOnly = true)
	public Optional<Instant> lastContact(UUID caseId) {
		return this.jdbc.sql("SELECT max(contact_at) FROM contact_note WHERE case_id = ? AND " + CLIENT_CONTACT)
			.param(caseId)
			.query((rs, n) -> rs.getTimestamp(1))
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * The latest signed client contact of each of the cases, in one query (the ids as one
	 * array parameter: a full rule run asks for every open case); a case without any is
	 * absent from the map.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Instant> lastContacts(Collection<UUID> caseIds) {
		Map<UUID, Instant> last = new HashMap<>();
		if (caseIds == null || caseIds.isEmpty()) {
			return last;
		}
		this.jdbc.sql(
				"SELECT case_id, max(contact_at) AS at FROM contact_note WHERE case_id = ANY(CAST(:cases AS uuid[])) AND "
						+ CLIENT_CONTACT + " GROUP BY case_id")
			.param("cases", caseIds.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> last.put(rs.getObject("case_id", UUID.class), rs.getTimestamp("at").toInstant()))
			.list();
		return last;
	}

	/** The drafts of a case, oldest first: a case closes only once they are signed. */
	@Transactional(readOnly = true)
	public List<UnsignedNote> unsignedOf(UUID caseId) {
		return this.jdbc.sql("""
				SELECT id, case_id, author_id, COALESCE(contact_at, created_at) AS at FROM contact_note
				WHERE signed_at IS NULL AND voided_at IS NULL AND case_id = ?
				ORDER BY COALESCE(contact_at, created_at)""")
			.param(caseId)
			.query((rs, n) -> new UnsignedNote(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getObject("author_id", UUID.class), rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** Drafts whose contact happened before the cutoff, oldest contact first. */
	@Transactional(readOnly = true)
	public List<UnsignedNote> unsignedSince(Instant contactBefore) {
		return this.jdbc.sql("""
				SELECT n.id, n.case_id, n.author_id, COALESCE(n.contact_at, n.created_at) AS at
				FROM contact_note_draft d JOIN contact_note n ON n.id = d.note_id
				WHERE n.signed_at IS NULL AND n.voided_at IS NULL AND COALESCE(n.contact_at, n.created_at) < ?
				ORDER BY COALESCE(n.contact_at, n.created_at)""")
			.param(Timestamp.from(contactBefore))
			.query((rs, n) -> new UnsignedNote(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getObject("author_id", UUID.class), rs.getTimestamp("at").toInstant()))
			.list();
	}

}
