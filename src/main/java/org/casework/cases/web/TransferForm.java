package org.casework.cases.web;

import java.util.UUID;

import org.casework.cases.TransferCase;

/** The supervisor's transfer form, with the version of the case they read. */
public class TransferForm {

	private UUID newOwnerId;

	private String reason;

	private String handoffNote;

	private long version;

	TransferCase command() {
		return new TransferCase(this.newOwnerId, this.reason, this.handoffNote);
	}

	public UUID getNewOwnerId() {
		return this.newOwnerId;
	}

	public void setNewOwnerId(UUID newOwnerId) {
		this.newOwnerId = newOwnerId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getHandoffNote() {
		return this.handoffNote;
	}

	public void setHandoffNote(String handoffNote) {
		this.handoffNote = handoffNote;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
