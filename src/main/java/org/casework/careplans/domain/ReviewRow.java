package org.casework.careplans.domain;

import java.time.Instant;
import java.util.UUID;

import org.casework.careplans.ReviewDecision;

import org.springframework.data.relational.core.mapping.Table;

/** A supervisor's decision on a plan version awaiting approval. */
@Table("care_plan_review")
public record ReviewRow(ReviewDecision decision, String comments, UUID reviewedBy, Instant reviewedAt) {
}
