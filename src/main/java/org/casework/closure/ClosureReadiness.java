package org.casework.closure;

import java.util.List;
import java.util.UUID;

import org.casework.cases.CaseStatus;

/**
 * Whether a case may close now, with the evidence: every blocker at once, and the
 * warnings a supervisor must justify.
 */
public record ClosureReadiness(UUID caseId, CaseStatus caseStatus, ClosureEvidence evidence, List<Blocker> blockers,
		List<ClosureWarning> warnings) {

	public boolean ready() {
		return this.blockers.isEmpty();
	}

}
