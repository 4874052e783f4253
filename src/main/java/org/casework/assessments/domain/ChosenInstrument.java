package org.casework.assessments.domain;

import org.springframework.data.relational.core.mapping.Table;

/** One instrument of a program's choice. */
@Table("program_instrument")
public record ChosenInstrument(String instrumentCode, boolean core) {

}
