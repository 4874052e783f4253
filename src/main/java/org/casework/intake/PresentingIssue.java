package org.casework.intake;

/**
 * Intake section 2, the presenting issue: why the client seeks help now and what they
 * hope to achieve, both in the client's own words (kept as quotes), the worker's summary,
 * and whether there is an immediate crisis.
 */
public record PresentingIssue(String whyNow, String hopes, String workerSummary, Boolean immediateCrisis) {

	public static PresentingIssue empty() {
		return new PresentingIssue(null, null, null, null);
	}

}
