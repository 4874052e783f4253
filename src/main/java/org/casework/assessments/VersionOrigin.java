package org.casework.assessments;

/** Where an instrument version came from. */
public enum VersionOrigin {

	/** Shipped with Casework and loaded at startup. */
	SHIPPED,
	/** Uploaded or edited by a program admin. */
	UPLOADED

}
