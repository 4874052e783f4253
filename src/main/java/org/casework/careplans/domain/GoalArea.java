package org.casework.careplans.domain;

/**
 * A domain the latest core assessment found in crisis or vulnerable, offered as a goal.
 */
public record GoalArea(String code, String label) {
}
