package org.casework.intake;

/** A draft is being filled in; a decided intake is kept, read-only. */
public enum IntakeStatus {

	DRAFT, DECIDED

}
