package org.casework.consents;

import java.time.LocalDate;
import java.util.UUID;

/** A client revoked a release of information: nothing more goes out under it. */
public record ConsentRevoked(UUID consentId, UUID clientId, Recipient recipient, LocalDate revokedOn,
		RevocationChannel receivedHow) {
}
