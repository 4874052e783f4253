package org.casework.consents;

import java.time.LocalDate;

/**
 * A client revokes a consent.
 *
 * @param revokedOn the day the client revoked it (today when absent); not before the
 * consent took effect, not in the future
 * @param receivedHow how the revocation reached the agency
 * @param note anything worth keeping (who took the call, where the letter is filed)
 */
public record Revocation(LocalDate revokedOn, RevocationChannel receivedHow, String note) {
}
