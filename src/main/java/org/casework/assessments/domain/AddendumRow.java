package org.casework.assessments.domain;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** An addendum to a completed assessment. */
@Table("assessment_addendum")
public record AddendumRow(String text, UUID writtenBy, Instant writtenAt) {
}
