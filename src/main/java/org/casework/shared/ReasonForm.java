package org.casework.shared;

/**
 * A form that asks why (marking a record as entered in error, deactivating a user,
 * emergency access), with the version of the record the person read.
 */
public class ReasonForm {

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
