package org.casework.assessments;

import java.time.Instant;
import java.util.UUID;

/** A correction or addition written after an assessment completed, shown with it. */
public record AssessmentAddendum(String text, UUID writtenBy, String writtenByName, Instant writtenAt) {
}
