package org.casework.assessments;

import java.time.Instant;

/**
 * An instrument of the catalog as every module may read it.
 *
 * @param code the instrument's code (its Questionnaire's id)
 * @param url the Questionnaire's canonical URL
 * @param title the title of the latest version
 * @param latestVersion the version new assessments use
 * @param revision the instrument's entity tag: it changes with every new version and
 * status change
 */
public record InstrumentSummary(String code, String url, String title, InstrumentStatus status, String retiredReason,
		int latestVersion, int revision, Instant updatedAt) {

	public boolean active() {
		return this.status == InstrumentStatus.ACTIVE;
	}

}
