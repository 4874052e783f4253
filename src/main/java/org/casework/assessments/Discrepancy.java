package org.casework.assessments;

/**
 * An answer that contradicts what an earlier record says: flagged for gentle follow-up,
 * never blocking (people's situations change, and people share more once they trust the
 * worker).
 *
 * @param linkId the question whose answer contradicts the record
 * @param source the earlier record ("Intake of 2026-11-02")
 * @param earlier what the earlier record says
 * @param now what this assessment says
 */
public record Discrepancy(String linkId, String source, String earlier, String now) {
}
