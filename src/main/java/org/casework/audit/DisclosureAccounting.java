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
import org.springframework.security.authentication.AnonymousAuthenticationToken;
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

	/**
	 * Records a disclosure by the signed-in user (or "system"), under at most one
	 * consent.
	 */
	@Transactional
	public Disclosure record(UUID clientId, String recipient, String purpose, List<String> categories,
			String description, UUID consentId, UUID referralId) {
		return record(new Entry(clientId, null, recipient, purpose, categories, description,
				consentId == null ? List.of() : List.of(consentId), false, referralId));
	}

	/**
	 * Records a disclosure. Who disclosed it is the signed-in user; with no one signed in
	 * (a provider's secure link page), the entry's {@code disclosedBy}, or "system".
	 */
	@Transactional
	public Disclosure record(Entry entry) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
		String by = signedIn ? auth.getName()
				: entry.disclosedBy() != null && !entry.disclosedBy().isBlank() ? entry.disclosedBy() : "system";
		List<UUID> consents = entry.consentIds();
		Disclosure d = new Disclosure(UUID.randomUUID(), entry.clientId(),
				Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS), by, entry.recipient(), entry.purpose(),
				entry.categories(), entry.description(), consents.isEmpty() ? null : consents.get(0),
				entry.referralId(), consents, entry.redisclosureNotice());
		this.jdbc.sql("""
				INSERT INTO disclosure (id, client_id, disclosed_at, disclosed_by, recipient, purpose, categories,
				    description, consent_id, referral_id, consent_ids, redisclosure_notice)
				VALUES (:id, :client, :at, :by, :recipient, :purpose, string_to_array(:categories, '|'), :description,
				    :consent, :referral, CAST(string_to_array(:consents, '|') AS uuid[]), :notice)""")
			.param("id", d.id())
			.param("client", d.clientId())
			.param("at", Timestamp.from(d.disclosedAt()))
			.param("by", d.disclosedBy())
			.param("recipient", d.recipient())
			.param("purpose", d.purpose())
			.param("categories", String.join("|", d.categories()))
			.param("description", d.description())
			.param("consent", d.consentId())
			.param("referral", d.referralId())
			.param("consents", String.join("|", consents.stream().map(UUID::toString).toList()))
			.param("notice", d.redisclosureNotice())
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
					rs.getObject("consent_id", UUID.class), rs.getObject("referral_id", UUID.class),
					Arrays.asList((UUID[]) rs.getArray("consent_ids").getArray()),
					rs.getBoolean("redisclosure_notice")))
			.list();
		return new Page<>(items, page.page(), page.size(), total);
	}

	/**
	 * What to record of one disclosure.
	 *
	 * @param disclosedBy who disclosed it when no one is signed in (a provider's secure
	 * link); ignored when someone is
	 * @param consentIds the consents it was disclosed under
	 * @param redisclosureNotice whether the 42 CFR 2.32 notice went with it
	 */
	public record Entry(UUID clientId, String disclosedBy, String recipient, String purpose, List<String> categories,
			String description, List<UUID> consentIds, boolean redisclosureNotice, UUID referralId) {

		public Entry {
			categories = List.copyOf(categories);
			consentIds = consentIds == null ? List.of() : List.copyOf(consentIds);
		}

	}

}
