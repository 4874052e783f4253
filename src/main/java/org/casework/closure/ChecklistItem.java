package org.casework.closure;

/**
 * One of the five procedures and where it stands.
 *
 * @param waived not needed for this closure (the client disengaged)
 * @param detail what was done, or what is missing
 */
public record ChecklistItem(ClosureProcedure procedure, boolean done, boolean waived, String detail) {
}
