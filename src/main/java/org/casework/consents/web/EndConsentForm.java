package org.casework.consents.web;

import java.time.LocalDate;

import org.casework.consents.EventOccurrence;
import org.casework.consents.Revocation;
import org.casework.consents.RevocationChannel;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Ending a consent: the client revokes it (the day and how it was received), or the event
 * it names happened; with the version the worker read.
 */
class EndConsentForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate revokedOn;

	private RevocationChannel receivedHow;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	private String note;

	private long version;

	Revocation revocation() {
		return new Revocation(this.revokedOn, this.receivedHow, blankToNull(this.note));
	}

	EventOccurrence occurrence() {
		return new EventOccurrence(this.occurredOn, blankToNull(this.note));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	public LocalDate getRevokedOn() {
		return this.revokedOn;
	}

	public void setRevokedOn(LocalDate revokedOn) {
		this.revokedOn = revokedOn;
	}

	public RevocationChannel getReceivedHow() {
		return this.receivedHow;
	}

	public void setReceivedHow(RevocationChannel receivedHow) {
		this.receivedHow = receivedHow;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
