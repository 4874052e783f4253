package org.casework.consents;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A client gave a release of information.
 *
 * @param expiresOn the day it expires, if it has a date
 */
public record ConsentRecorded(UUID consentId, UUID clientId, Recipient recipient, Set<InformationCategory> categories,
		LocalDate effectiveOn, LocalDate expiresOn, boolean part2) {
}
