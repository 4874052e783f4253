package org.casework.consents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.audit.Disclosure;
import org.casework.audit.DisclosureAccounting;
import org.casework.clients.ClientRegistry;
import org.casework.clients.ClientSummary;
import org.casework.consents.domain.Consent;
import org.casework.consents.domain.ConsentRecords;
import org.casework.consents.domain.ConsentRules;
import org.casework.identity.ClientAccess;
import org.casework.identity.CurrentUser;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.StaleVersionException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's releases of information: recorded once with how the client agreed and the
 * statement of the right to revoke they acknowledged, never edited (a correction is a
 * revocation and a new consent), ended by revocation, by their expiry date or by the
 * event they name. Whoever has the client in scope reads and records them; every read and
 * write is audited against the client, and a client out of scope answers as one that does
 * not exist.
 */
@Service
public class Consents {

	static final String SUBJECT = "Consent";

	private final ConsentRecords records;

	private final RecipientOrganizations organizations;

	private final ClientAccess access;

	private final ClientRegistry clients;

	private final UserContext users;

	private final AuditLog audit;

	private final DisclosureAccounting disclosures;

	private final Sharing sharing;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Consents(ConsentRecords records, RecipientOrganizations organizations, ClientAccess access, ClientRegistry clients,
			UserContext users, AuditLog audit, DisclosureAccounting disclosures, Sharing sharing,
			ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.organizations = organizations;
		this.access = access;
		this.clients = clients;
		this.users = users;
		this.audit = audit;
		this.disclosures = disclosures;
		this.sharing = sharing;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a release of information the client gave.
	 * @throws NotFoundException when the client is outside the caller's scope
	 * @throws InvalidInputException naming every missing or refused field; for substance
	 * use information, every element 42 CFR 2.31 requires
	 */
	@Transactional
	public ConsentView record(UUID clientId, NewConsent consent) {
		ClientSummary client = client(clientId);
		LocalDate today = today();
		ConsentRules.Checked c = ConsentRules.check(consent, client.firstName() + " " + client.lastName(), today,
				(kind, id) -> this.organizations.checks(kind) ? this.organizations.nameOf(kind, id) : null);
		Instant now = now();
		UUID signatureId = c.signature() == null ? null : this.records.saveSignature(c.signature().png(), now);
		Consent recorded = new Consent(UUID.randomUUID(), 0, clientId, c.recipient(), c.categories(), c.purpose(),
				c.informationDescription(), c.disclosingProgram(), c.patientName(), c.effectiveOn(), c.expiresOn(),
				c.expiryEvent(), c.method(), signatureId, c.witnessName(), c.signedOn(),
				ConsentStatements.rightToRevoke(c.part2()), me().displayName(), now, null, null, null);
		this.records.insert(recorded);
		this.access.write(clientId, AuditAction.CREATE, SUBJECT, recorded.id(),
				"release of information to " + c.recipient().kind() + ": " + names(c.categories()));
		this.events.publishEvent(new ConsentRecorded(recorded.id(), clientId, recorded.recipient(),
				recorded.categories(), recorded.effectiveOn(), recorded.expiresOn(), recorded.part2()));
		return view(recorded, today);
	}

	/**
	 * The client revokes a consent: nothing more is disclosed under it from the day they
	 * revoked it.
	 * @param expectedVersion the version read (the ETag)
	 * @throws InvalidInputException without how it was received, or for a day before the
	 * consent took effect or in the future
	 * @throws DomainRuleException when it was revoked already or had expired
	 * @throws StaleVersionException when someone changed it meanwhile
	 */
	@Transactional
	public ConsentView revoke(UUID clientId, UUID consentId, long expectedVersion, Revocation revocation) {
		Consent consent = current(clientId, consentId, expectedVersion);
		Revocation given = revocation == null ? new Revocation(null, null, null) : revocation;
		consent.revoke(given, today(), me().displayName(), now());
		this.records.saveEnding(consent);
		this.access.write(clientId, AuditAction.UPDATE, SUBJECT, consentId, "revoked (" + consent.receivedHow() + ")");
		this.events.publishEvent(new ConsentRevoked(consentId, clientId, consent.recipient(), consent.revocation().on(),
				consent.receivedHow()));
		return reread(clientId, consentId);
	}

	/**
	 * The worker records that the event a consent names has happened: the consent ends.
	 * @throws DomainRuleException when it names no event or has ended already
	 * @throws StaleVersionException when someone changed it meanwhile
	 */
	@Transactional
	public ConsentView recordEvent(UUID clientId, UUID consentId, long expectedVersion, EventOccurrence occurrence) {
		Consent consent = current(clientId, consentId, expectedVersion);
		consent.eventOccurred(occurrence == null ? new EventOccurrence(null, null) : occurrence, today(),
				me().displayName(), now());
		this.records.saveEnding(consent);
		this.access.write(clientId, AuditAction.UPDATE, SUBJECT, consentId, "its expiry event happened");
		return reread(clientId, consentId);
	}

	/**
	 * For other modules: an event happened (a referral ended, the case closed); every
	 * consent of the client that ends on an event of that kind, and names that referral
	 * or case or none, ends on that day. Works without a signed-in user (the audit entry
	 * then names "system"); the caller has checked access.
	 * @param subjectId the referral or case whose end it is
	 * @param note what happened, in a few words
	 * @return the consents that ended
	 */
	@Transactional
	public List<UUID> expiryEventOccurred(UUID clientId, ExpiryEventKind kind, UUID subjectId, LocalDate on,
			String note) {
		LocalDate today = today();
		LocalDate day = on == null ? today : on;
		String by = this.users.find().map(CurrentUser::displayName).orElse("system");
		List<UUID> ended = new ArrayList<>();
		for (Consent consent : this.records.awaitingEvent(clientId, kind)) {
			UUID about = consent.expiryEvent().subjectId();
			boolean ours = about == null || about.equals(subjectId);
			if (!ours || consent.statusOn(day) != ConsentStatus.ACTIVE) {
				continue;
			}
			consent.eventOccurred(new EventOccurrence(day, note), today, by, now());
			this.records.saveEnding(consent);
			this.audit.record(AuditEntry.client(AuditAction.UPDATE, SUBJECT, consent.id(), clientId)
				.withDetail("its expiry event happened: " + kind));
			ended.add(consent.id());
		}
		return ended;
	}

	/**
	 * The client's consents, the most recently recorded first.
	 * @throws NotFoundException when the client is outside the caller's scope
	 */
	@Transactional
	public List<ConsentView> list(UUID clientId) {
		this.access.read(clientId, "Consents", clientId);
		LocalDate today = today();
		return this.records.ofClient(clientId).stream().map(c -> view(c, today)).toList();
	}

	/**
	 * One consent of the client; empty when there is none or the client is out of scope.
	 */
	@Transactional
	public Optional<ConsentView> find(UUID clientId, UUID consentId) {
		if (!this.access.canSee(clientId)) {
			return Optional.empty();
		}
		Optional<Consent> consent = this.records.find(clientId, consentId);
		consent.ifPresent(c -> this.access.read(clientId, SUBJECT, consentId));
		return consent.map(c -> view(c, today()));
	}

	/** The signature on a consent, as a PNG image; empty when it was agreed verbally. */
	@Transactional
	public Optional<byte[]> signature(UUID clientId, UUID consentId) {
		return find(clientId, consentId).flatMap(c -> this.records.find(clientId, consentId))
			.map(Consent::signatureId)
			.flatMap(this.records::signature);
	}

	/**
	 * What of the categories may go to the recipient today, for a worker who has the
	 * client in scope (a preview: nothing is disclosed).
	 * @throws NotFoundException when the client is outside the caller's scope
	 */
	@Transactional
	public SharingDecision check(UUID clientId, Recipient recipient, Set<InformationCategory> categories) {
		this.access.read(clientId, "Consents", clientId);
		return this.sharing.decide(clientId, recipient, categories);
	}

	/**
	 * The client's accounting of disclosures, newest first: for whoever has the client in
	 * scope, and for auditors (their reading is audited too).
	 * @throws NotFoundException when the client is outside the caller's scope
	 */
	@Transactional
	public Page<Disclosure> disclosures(UUID clientId, PageRequest page) {
		if (me().has(Role.AUDITOR)) {
			this.audit.record(AuditEntry.client(AuditAction.READ, "Disclosures", clientId, clientId));
		}
		else {
			this.access.read(clientId, "Disclosures", clientId);
		}
		return this.disclosures.forClient(clientId, page);
	}

	/** The client as headings name them; empty when out of the caller's scope. */
	@Transactional
	public Optional<ClientSummary> clientOf(UUID clientId) {
		return this.clients.summary(clientId);
	}

	/** The organizations or agencies a worker can choose as recipient. */
	public List<Recipient> recipientChoices(RecipientKind kind) {
		return this.organizations.choices(kind);
	}

	private ClientSummary client(UUID clientId) {
		return this.clients.summary(clientId).orElseThrow(() -> new NotFoundException("Client"));
	}

	private Consent current(UUID clientId, UUID consentId, long expectedVersion) {
		if (!this.access.canSee(clientId)) {
			throw new NotFoundException(SUBJECT);
		}
		Consent consent = this.records.find(clientId, consentId).orElseThrow(() -> new NotFoundException(SUBJECT));
		if (consent.version() != expectedVersion) {
			throw StaleVersionException.stale("consent");
		}
		return consent;
	}

	private ConsentView reread(UUID clientId, UUID consentId) {
		return view(this.records.find(clientId, consentId).orElseThrow(), today());
	}

	private ConsentView view(Consent c, LocalDate today) {
		ConsentStatus status = c.statusOn(today);
		Consent.Ending event = c.event();
		Consent.Ending revocation = c.revocation();
		return new ConsentView(c.id(), c.clientId(), c.version(), c.recipient(), c.categories(), c.purpose(),
				c.informationDescription(), c.disclosingProgram(), c.patientName(), c.effectiveOn(), c.expiresOn(),
				c.expiryEvent(),
				new ConsentView.Agreement(c.method(), c.signedOn(), c.witnessName(), c.signatureId() != null),
				c.revocationStatement(), c.part2(), c.part2() ? ConsentStatements.REDISCLOSURE_NOTICE : null, status,
				c.endedOn(today),
				event == null ? null
						: new ConsentView.EventRecord(event.on(), event.note(), event.recordedBy(), event.recordedAt()),
				revocation == null ? null : new ConsentView.RevocationRecord(revocation.on(), c.receivedHow(),
						revocation.note(), revocation.recordedBy(), revocation.recordedAt()),
				c.recordedBy(), c.recordedAt());
	}

	private static String names(Set<InformationCategory> categories) {
		return categories.stream().map(Enum::name).collect(Collectors.joining(", "));
	}

	private CurrentUser me() {
		return this.users.current();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
