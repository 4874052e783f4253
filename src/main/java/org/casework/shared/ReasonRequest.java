package org.casework.shared;

/**
 * An API request body that only says why: retiring a program, marking a record as entered
 * in error, breaking the glass, taking someone off a care team.
 */
public record ReasonRequest(String reason) {
}
