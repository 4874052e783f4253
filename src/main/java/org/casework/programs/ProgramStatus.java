package org.casework.programs;

/** Programs are never deleted: a retired program takes no new intakes. */
public enum ProgramStatus {

	ACTIVE, RETIRED

}
