package org.casework.consents;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents about to end by their expiry date, for the monitoring rule that asks the
 * worker to renew one in time (read by a scheduled job for every client at once).
 */
@Service
public class ConsentExpiries {

	private final JdbcClient jdbc;

	ConsentExpiries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A consent in force that expires on a day. */
	public record ExpiringConsent(UUID consentId, UUID clientId, String recipientName, LocalDate expiresOn) {
	}

	/**
	 * The consents in force (not revoked, their named event not occurred) whose expiry
	 * date falls between the two days, both included, unless a later consent of the same
	 * client to the same recipient runs beyond it: a renewed consent needs no reminder.
	 */
	@Transactional(readOnly = true)
	public List<ExpiringConsent> expiringBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT c.id, c.client_id, c.recipient_name, c.expires_on FROM consent c
				WHERE c.expires_on BETWEEN ? AND ? AND c.revoked_on IS NULL AND c.event_occurred_on IS NULL
				  AND c.effective_on <= ?
				  AND NOT EXISTS (SELECT 1 FROM consent r WHERE r.client_id = c.client_id AND r.id <> c.id
				      AND r.recipient_name = c.recipient_name AND r.revoked_on IS NULL AND r.event_occurred_on IS NULL
				      AND (r.expires_on IS NULL OR r.expires_on > c.expires_on) AND r.recorded_at > c.recorded_at)""")
			.params(from, to, to)
			.query((rs, n) -> new ExpiringConsent(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getString("recipient_name"), rs.getObject("expires_on", LocalDate.class)))
			.list();
	}

}
