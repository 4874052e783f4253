package org.casework.careplans;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The client's agreement to a plan version.
 *
 * @param signed whether a signature image is kept (read it from the version's signature)
 * @param clientWords what the client said about the plan, quoted
 */
public record AgreementView(AgreementMethod method, LocalDate agreedOn, String witnessName, String clientWords,
		boolean signed, String recordedByName, Instant recordedAt) {
}
