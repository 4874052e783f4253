package org.casework.intake.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A yes/no screening answer, keyed by the program rule it answers. */
@Table("intake_answer")
record IntakeAnswer(Boolean answer) {

}
