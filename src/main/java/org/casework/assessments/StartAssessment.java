package org.casework.assessments;

/**
 * Starts an assessment of a case.
 *
 * @param instrumentCode one of the instruments the case's program uses; empty for the
 * program's core assessment
 */
public record StartAssessment(String instrumentCode) {
}
