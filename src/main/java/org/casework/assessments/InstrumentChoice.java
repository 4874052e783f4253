package org.casework.assessments;

/** An instrument a program uses, and whether it is the program's core assessment. */
public record InstrumentChoice(String code, boolean core) {

}
