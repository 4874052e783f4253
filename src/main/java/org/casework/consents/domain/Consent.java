package org.casework.consents.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.casework.consents.AgreementMethod;
import org.casework.consents.ConsentStatus;
import org.casework.consents.EventOccurrence;
import org.casework.consents.ExpiryEvent;
import org.casework.consents.InformationCategory;
import org.casework.consents.Recipient;
import org.casework.consents.Revocation;
import org.casework.consents.RevocationChannel;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;

/**
 * A release of information. Its terms never change once it is recorded: it ends when the
 * client revokes it, on its expiry date (it expires on that day), or when the event it
 * names happens, whichever comes first. Where it stands on a day is computed, never
 * stored.
 */
public final class Consent {

	private final UUID id;

	private final long version;

	private final UUID clientId;

	private final Recipient recipient;

	private final Set<InformationCategory> categories;

	private final String purpose;

	private final String informationDescription;

	private final String disclosingProgram;

	private final String patientName;

	private final LocalDate effectiveOn;

	private final LocalDate expiresOn;

	private final ExpiryEvent expiryEvent;

	private final AgreementMethod method;

	private final UUID signatureId;

	private final String witnessName;

	private final LocalDate signedOn;

	private final String revocationStatement;

	private final String recordedBy;

	private final Instant recordedAt;

	private Ending event;

	private Ending revocation;

	private RevocationChannel receivedHow;

	/**
	 * @param event the event that ended it, if it happened
	 * @param revocation the revocation, if any
	 */
	public Consent(UUID id, long version, UUID clientId, Recipient recipient, Set<InformationCategory> categories,
			String purpose, String informationDescription, String disclosingProgram, String patientName,
			LocalDate effectiveOn, LocalDate expiresOn, ExpiryEvent expiryEvent, AgreementMethod method,
			UUID signatureId, String witnessName, LocalDate signedOn, String revocationStatement, String recordedBy,
			Instant recordedAt, Ending event, Ending revocation, RevocationChannel receivedHow) {
		this.id = id;
		this.version = version;
		this.clientId = clientId;
		this.recipient = recipient;
		this.categories = categories.isEmpty() ? EnumSet.noneOf(InformationCategory.class) : EnumSet.copyOf(categories);
		this.purpose = purpose;
		this.informationDescription = informationDescription;
		this.disclosingProgram = disclosingProgram;
		this.patientName = patientName;
		this.effectiveOn = effectiveOn;
		this.expiresOn = expiresOn;
		this.expiryEvent = expiryEvent;
		this.method = method;
		this.signatureId = signatureId;
		this.witnessName = witnessName;
		this.signedOn = signedOn;
		this.revocationStatement = revocationStatement;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
		this.event = event;
		this.revocation = revocation;
		this.receivedHow = receivedHow;
	}

	/**
	 * A day on which a consent ended, with who recorded it.
	 *
	 * @param note what happened, or the note of the revocation
	 */
	public record Ending(LocalDate on, String note, String recordedBy, Instant recordedAt) {
	}

	/** Where it stands on a day. */
	public ConsentStatus statusOn(LocalDate day) {
		if (this.revocation != null && !day.isBefore(this.revocation.on())) {
			return ConsentStatus.REVOKED;
		}
		if (expiredBy(day)) {
			return ConsentStatus.EXPIRED;
		}
		if (day.isBefore(this.effectiveOn)) {
			return ConsentStatus.PENDING;
		}
		return ConsentStatus.ACTIVE;
	}

	/**
	 * Whether it has expired by the day: the day is past its expiry date (the last day it
	 * covers), or its event has happened on or before the day.
	 */
	public boolean expiredBy(LocalDate day) {
		return (this.expiresOn != null && day.isAfter(this.expiresOn))
				|| (this.event != null && !day.isBefore(this.event.on()));
	}

	/**
	 * The day it expires or expired (its expiry date, or the day its event happened,
	 * whichever is first); none while it has no date and its event has not happened.
	 */
	public LocalDate expiredOn() {
		LocalDate byEvent = this.event == null ? null : this.event.on();
		if (this.expiresOn == null) {
			return byEvent;
		}
		return byEvent == null || this.expiresOn.isBefore(byEvent) ? this.expiresOn : byEvent;
	}

	/** The day it ended, if it has by {@code day}: revoked or expired. */
	public LocalDate endedOn(LocalDate day) {
		return switch (statusOn(day)) {
			case REVOKED -> this.revocation.on();
			case EXPIRED -> expiredOn();
			default -> null;
		};
	}

	/** Whether it covers disclosures of the category to the recipient on the day. */
	public boolean covers(Recipient to, InformationCategory category, LocalDate day) {
		return statusOn(day) == ConsentStatus.ACTIVE && this.categories.contains(category) && this.recipient.sameAs(to);
	}

	/**
	 * The client revokes it, as of a day.
	 * @throws DomainRuleException when it is revoked already, or ended before that day
	 * @throws InvalidInputException for a day before it took effect or after today, or
	 * without how the revocation was received
	 */
	public void revoke(Revocation given, LocalDate today, String by, Instant now) {
		if (this.revocation != null) {
			throw new DomainRuleException("The consent was revoked already, on " + this.revocation.on() + ".");
		}
		LocalDate on = given.revokedOn() == null ? today : given.revokedOn();
		ConsentRules.revocation(given, on, this.effectiveOn, today);
		if (expiredBy(on)) {
			throw new DomainRuleException("The consent had expired already, on " + expiredOn() + ".");
		}
		this.revocation = new Ending(on, ConsentRules.trimmed(given.note()), by, now);
		this.receivedHow = given.receivedHow();
	}

	/**
	 * The event it names happened.
	 * @throws DomainRuleException when it names no event, or it has ended already
	 * @throws InvalidInputException for a day in the future or before it took effect
	 */
	public void eventOccurred(EventOccurrence given, LocalDate today, String by, Instant now) {
		if (this.expiryEvent == null) {
			throw new DomainRuleException("The consent ends on a date, not on an event.");
		}
		LocalDate on = given.occurredOn() == null ? today : given.occurredOn();
		ConsentRules.occurrence(given, on, this.effectiveOn, today);
		ConsentStatus status = statusOn(on);
		if (this.event != null || status == ConsentStatus.REVOKED || status == ConsentStatus.EXPIRED) {
			throw new DomainRuleException("The consent has ended already, on " + endedOn(on) + ".");
		}
		this.event = new Ending(on, ConsentRules.trimmed(given.note()), by, now);
	}

	public boolean part2() {
		return this.categories.contains(InformationCategory.SUBSTANCE_USE);
	}

	public UUID id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public Recipient recipient() {
		return this.recipient;
	}

	public Set<InformationCategory> categories() {
		return EnumSet.copyOf(this.categories);
	}

	public String purpose() {
		return this.purpose;
	}

	public String informationDescription() {
		return this.informationDescription;
	}

	public String disclosingProgram() {
		return this.disclosingProgram;
	}

	public String patientName() {
		return this.patientName;
	}

	public LocalDate effectiveOn() {
		return this.effectiveOn;
	}

	public LocalDate expiresOn() {
		return this.expiresOn;
	}

	public ExpiryEvent expiryEvent() {
		return this.expiryEvent;
	}

	public AgreementMethod method() {
		return this.method;
	}

	public UUID signatureId() {
		return this.signatureId;
	}

	public String witnessName() {
		return this.witnessName;
	}

	public LocalDate signedOn() {
		return this.signedOn;
	}

	public String revocationStatement() {
		return this.revocationStatement;
	}

	public String recordedBy() {
		return this.recordedBy;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

	public Ending event() {
		return this.event;
	}

	public Ending revocation() {
		return this.revocation;
	}

	public RevocationChannel receivedHow() {
		return this.receivedHow;
	}

}
