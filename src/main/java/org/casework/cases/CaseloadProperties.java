package org.casework.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Caseload settings.
 *
 * @param safeCaseload the most open cases a worker can follow safely; a supervisor's team
 * view flags anyone above it (guide 000: "communicate honestly with supervisor when
 * caseload exceeds safe management")
 * @param handoffDays how many days a transferred case stays under "transferred to you" on
 * the new owner's home page
 */
@ConfigurationProperties("casework.caseload")
record CaseloadProperties(@DefaultValue("25") int safeCaseload, @DefaultValue("14") int handoffDays) {

	CaseloadProperties {
		if (safeCaseload < 1) {
			throw new IllegalArgumentException("casework.caseload.safe-caseload must be at least 1");
		}
		if (handoffDays < 1) {
			throw new IllegalArgumentException("casework.caseload.handoff-days must be at least 1");
		}
	}

}
