package org.casework.consents.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casework.consents.AgreementMethod;
import org.casework.consents.ExpiryEvent;
import org.casework.consents.ExpiryEventKind;
import org.casework.consents.InformationCategory;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.consents.RevocationChannel;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The consents as stored. A consent's terms are written once; only its ending (the event
 * it names, a revocation) is added later, each change raising its version.
 */
@Repository
public class ConsentRecords {

	private final JdbcClient jdbc;

	ConsentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID saveSignature(byte[] png, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO consent_signature (id, png, recorded_at) VALUES (?, ?, ?)")
			.params(id, png, Timestamp.from(at))
			.update();
		return id;
	}

	public Optional<byte[]> signature(UUID signatureId) {
		return this.jdbc.sql("SELECT png FROM consent_signature WHERE id = ?")
			.param(signatureId)
			.query((rs, n) -> rs.getBytes("png"))
			.optional();
	}

	public void insert(Consent c) {
		ExpiryEvent event = c.expiryEvent();
		this.jdbc.sql("""
				INSERT INTO consent (id, version, client_id, recipient_kind, recipient_organization_id, recipient_name,
				    categories, purpose, information_description, disclosing_program, patient_name, effective_on,
				    expires_on, expiry_event_kind, expiry_event_description, expiry_event_subject_id, agreement_method,
				    signature_id, witness_name, signed_on, revocation_statement, part2, recorded_by, recorded_at)
				VALUES (:id, 0, :client, :kind, :org, :name, string_to_array(:categories, ','), :purpose, :description,
				    :program, :patient, :effective, :expires, :eventKind, :eventDescription, :eventSubject, :method,
				    :signature, :witness, :signedOn, :statement, :part2, :by, :at)""")
			.param("id", c.id())
			.param("client", c.clientId())
			.param("kind", c.recipient().kind().name())
			.param("org", c.recipient().organizationId())
			.param("name", c.recipient().name())
			.param("categories", c.categories().stream().map(Enum::name).collect(Collectors.joining(",")))
			.param("purpose", c.purpose())
			.param("description", c.informationDescription())
			.param("program", c.disclosingProgram())
			.param("patient", c.patientName())
			.param("effective", c.effectiveOn())
			.param("expires", c.expiresOn())
			.param("eventKind", event == null ? null : event.kind().name())
			.param("eventDescription", event == null ? null : event.description())
			.param("eventSubject", event == null ? null : event.subjectId())
			.param("method", c.method().name())
			.param("signature", c.signatureId())
			.param("witness", c.witnessName())
			.param("signedOn", c.signedOn())
			.param("statement", c.revocationStatement())
			.param("part2", c.part2())
			.param("by", c.recordedBy())
			.param("at", Timestamp.from(c.recordedAt()))
			.update();
	}

	/**
	 * Writes how the consent ended (its event, its revocation), if the version read is
	 * still the stored one.
	 * @throws OptimisticLockingFailureException when someone changed it meanwhile
	 */
	public void saveEnding(Consent c) {
		Consent.Ending event = c.event();
		Consent.Ending revocation = c.revocation();
		int updated = this.jdbc.sql("""
				UPDATE consent SET version = version + 1,
				    event_occurred_on = :eventOn, event_note = :eventNote, event_recorded_by = :eventBy,
				    event_recorded_at = :eventAt,
				    revoked_on = :revokedOn, revocation_received = :received, revocation_note = :revocationNote,
				    revoked_by = :revokedBy, revoked_at = :revokedAt
				WHERE id = :id AND version = :version""")
			.param("eventOn", event == null ? null : event.on())
			.param("eventNote", event == null ? null : event.note())
			.param("eventBy", event == null ? null : event.recordedBy())
			.param("eventAt", event == null ? null : Timestamp.from(event.recordedAt()))
			.param("revokedOn", revocation == null ? null : revocation.on())
			.param("received", c.receivedHow() == null ? null : c.receivedHow().name())
			.param("revocationNote", revocation == null ? null : revocation.note())
			.param("revokedBy", revocation == null ? null : revocation.recordedBy())
			.param("revokedAt", revocation == null ? null : Timestamp.from(revocation.recordedAt()))
			.param("id", c.id())
			.param("version", c.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Consent " + c.id() + " was changed meanwhile");
		}
	}

	public Optional<Consent> find(UUID clientId, UUID id) {
		return this.jdbc.sql("SELECT * FROM consent WHERE client_id = ? AND id = ?")
			.params(clientId, id)
			.query((rs, n) -> consent(rs))
			.optional();
	}

	/** The client's consents, the most recently recorded first. */
	public List<Consent> ofClient(UUID clientId) {
		return this.jdbc.sql("SELECT * FROM consent WHERE client_id = ? ORDER BY recorded_at DESC, id")
			.param(clientId)
			.query((rs, n) -> consent(rs))
			.list();
	}

	/** The client's consents that end on an event of this kind and have not ended. */
	public List<Consent> awaitingEvent(UUID clientId, ExpiryEventKind kind) {
		return this.jdbc.sql("""
				SELECT * FROM consent WHERE client_id = ? AND expiry_event_kind = ?
				    AND event_occurred_on IS NULL AND revoked_on IS NULL ORDER BY recorded_at""")
			.params(clientId, kind.name())
			.query((rs, n) -> consent(rs))
			.list();
	}

	private static Consent consent(ResultSet rs) throws SQLException {
		String eventKind = rs.getString("expiry_event_kind");
		ExpiryEvent event = eventKind == null ? null : new ExpiryEvent(ExpiryEventKind.valueOf(eventKind),
				rs.getString("expiry_event_description"), rs.getObject("expiry_event_subject_id", UUID.class));
		LocalDate eventOn = rs.getObject("event_occurred_on", LocalDate.class);
		Consent.Ending occurred = eventOn == null ? null : new Consent.Ending(eventOn, rs.getString("event_note"),
				rs.getString("event_recorded_by"), instant(rs, "event_recorded_at"));
		LocalDate revokedOn = rs.getObject("revoked_on", LocalDate.class);
		Consent.Ending revoked = revokedOn == null ? null : new Consent.Ending(revokedOn,
				rs.getString("revocation_note"), rs.getString("revoked_by"), instant(rs, "revoked_at"));
		String received = rs.getString("revocation_received");
		return new Consent(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getObject("client_id", UUID.class),
				new Recipient(RecipientKind.valueOf(rs.getString("recipient_kind")),
						rs.getObject("recipient_organization_id", UUID.class), rs.getString("recipient_name")),
				categories(rs.getArray("categories")), rs.getString("purpose"), rs.getString("information_description"),
				rs.getString("disclosing_program"), rs.getString("patient_name"),
				rs.getObject("effective_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class), event,
				AgreementMethod.valueOf(rs.getString("agreement_method")), rs.getObject("signature_id", UUID.class),
				rs.getString("witness_name"), rs.getObject("signed_on", LocalDate.class),
				rs.getString("revocation_statement"), rs.getString("recorded_by"), instant(rs, "recorded_at"), occurred,
				revoked, received == null ? null : RevocationChannel.valueOf(received));
	}

	private static Set<InformationCategory> categories(Array array) throws SQLException {
		Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
		Arrays.stream((String[]) array.getArray()).map(InformationCategory::valueOf).forEach(categories::add);
		return categories;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
