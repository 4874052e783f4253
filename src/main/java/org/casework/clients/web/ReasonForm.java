package org.casework.clients.web;

/**
 * Why: for marking a record as entered in error (with the version read) and for emergency
 * access.
 */
class ReasonForm {

	private String reason;

	private long version;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
