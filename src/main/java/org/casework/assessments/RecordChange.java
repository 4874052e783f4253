package org.casework.assessments;

/**
 * A worker records a significant change in the client's life: a reassessment is due at
 * once.
 *
 * @param change what changed
 * @param note what happened, in a sentence (required for OTHER)
 */
public record RecordChange(SignificantChange change, String note) {
}
