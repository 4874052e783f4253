package org.casework.careplans;

/**
 * An obstacle anticipated for an action step and how it will be met (guide 000, barrier
 * anticipation).
 */
public record Barrier(String barrier, String mitigation) {
}
