package org.casework.careplans;

/** A version of a case's plan by its number, with its entity tag for If-Match. */
public record PlanVersionRef(int number, long version) {
}
