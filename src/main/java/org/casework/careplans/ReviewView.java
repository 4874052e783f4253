package org.casework.careplans;

import java.time.Instant;

/** A supervisor's decision on a plan version awaiting approval. */
public record ReviewView(ReviewDecision decision, String comments, String reviewedByName, Instant reviewedAt) {
}
