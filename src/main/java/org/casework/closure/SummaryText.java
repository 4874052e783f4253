package org.casework.closure;

/**
 * The sections of a closure summary: drafted by Casework from the record, edited by the
 * worker.
 *
 * @param overview who, which program, the dates and the reason
 * @param services services and referrals with their outcomes
 * @param goalsAchieved the goals achieved
 * @param goalsNotAchieved the goals not achieved, and where they stand
 * @param assessment the latest assessment against the first, domain by domain
 * @param unresolvedNeeds what is still open
 * @param recommendations what the client and the next provider should do next
 */
public record SummaryText(String overview, String services, String goalsAchieved, String goalsNotAchieved,
		String assessment, String unresolvedNeeds, String recommendations) {
}
