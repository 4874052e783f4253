package org.casework.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.casework.shared.Page;
import org.casework.shared.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounting of disclosures a client may ask for (HIPAA 45 CFR 164.528). Consents and
 * referrals record here whenever information leaves the agency; entries are never
 * changed.
 */
@Service
public class DisclosureAccounting {

	private final JdbcClient jdbc;

	private final Clock clock;

	DisclosureAccounting(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Disclosure record(UUID clientId, String recipient, String purpose, List<String> categories,
			String description, UUID consentId, UUID referralId) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		Disclosure d = new Disclosure(UUID.randomUUID(), clientId,
				Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS), auth == null ? "system" : auth.getName(),
				recipient, purpose, List.copyOf(categories), description, consentId, referralId);
		this.jdbc
			.sql("""
					INSERT INTO disclosure (id, client_id, disclosed_at, disclosed_by, recipient, purpose, categories,
					    description, consent_id, referral_id)
					VALUES (:id, :client, :at, :by, :recipient, :purpose, string_to_array(:categories, '|'), :description, :consent, :referral)""")
			.param("id", d.id())
			.param("client", clientId)
			.param("at", Timestamp.from(d.disclosedAt()))
			.param("by", d.disclosedBy())
			.param("recipient", recipient)
			.param("purpose", purpose)
			.param("categories", String.join("|", categories))
			.param("description", description)
			.param("consent", consentId)
			.param("referral", referralId)
			.update();
		return d;
	}

	/**
	 * The client's disclosures, newest first. The caller has checked access to the
	 * client.
	 */
	@Transactional(readOnly = true)
	public Page<Disclosure> forClient(UUID clientId, PageRequest page) {
		long total = this.jdbc.sql("SELECT count(*) FROM disclosure WHERE client_id = ?")
			.param(clientId)
			.query(Long.class)
			.single();
		List<Disclosure> items = this.jdbc
			.sql("SELECT * FROM disclosure WHERE client_id = ? ORDER BY disclosed_at DESC LIMIT ? OFFSET ?")
			.params(clientId, page.size(), page.offset())
			.query((rs, n) -> new Disclosure(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getTimestamp("disclosed_at").toInstant(), rs.getString("disclosed_by"),
					rs.getString("recipient"), rs.getString("purpose"),
					Arrays.asList((String[]) rs.getArray("categories").getArray()), rs.getString("description"),
					rs.getObject("consent_id", UUID.class), rs.getObject("referral_id", UUID.class)))
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

}
