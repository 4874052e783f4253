package org.casework.careplans.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A measurement of a goal's indicator and/or a note. */
@Table("care_plan_progress")
public record ProgressRow(UUID goalId, LocalDate onDate, BigDecimal value, String note, UUID recordedBy,
		Instant recordedAt) {
}
