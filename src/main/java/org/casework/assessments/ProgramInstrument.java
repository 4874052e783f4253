package org.casework.assessments;

/**
 * An instrument a program uses, with what the catalog knows of it now.
 *
 * @param core whether it is the program's core assessment
 */
public record ProgramInstrument(String code, String title, boolean core, InstrumentStatus status, int latestVersion) {

}
