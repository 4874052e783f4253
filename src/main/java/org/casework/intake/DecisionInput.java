package org.casework.intake;

/**
 * A decision on an intake: the reason (required to decline or find ineligible), where the
 * client was referred (required to refer out), and, to enroll, the program's intensity
 * level (by default the program's first level for an urgent intake, its last otherwise).
 */
public record DecisionInput(IntakeDecision decision, String reason, String referredTo, String intensityCode) {

}
