package org.casework.cases;

/** A case recently transferred to the caller, with the note left for them. */
public record Handoff(CaseSummary summary, CaseTransfer transfer) {
}
