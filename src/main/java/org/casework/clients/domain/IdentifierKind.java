package org.casework.clients.domain;

/** Kinds of identifier. A social security number is only ever stored encrypted. */
public enum IdentifierKind {

	SSN, STATE_ID, DRIVERS_LICENSE, MEDICAID, MEDICARE, PASSPORT, ALIEN_REGISTRATION, AGENCY_RECORD, OTHER;

	public boolean sensitive() {
		return this == SSN;
	}

}
