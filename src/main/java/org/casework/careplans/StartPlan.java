package org.casework.careplans;

/**
 * Starting a case's first plan: what the client said they want and the cultural context,
 * both optional (they can be written later).
 */
public record StartPlan(String clientGoalsInOwnWords, String culturalContext) {
}
