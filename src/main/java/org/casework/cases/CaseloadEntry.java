package org.casework.cases;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A case on a worker's caseload, with how long it has been quiet and what is next due on
 * it (null when nothing is).
 */
public record CaseloadEntry(@JsonUnwrapped CaseSummary summary, long daysSinceLastActivity, NextDue nextDue) {
}
