package org.casework.consents;

import java.time.LocalDate;
import java.util.Set;

/**
 * A release of information as the client gives it.
 *
 * @param recipient who may receive the information
 * @param categories what kinds of information it covers
 * @param purpose why it is shared
 * @param informationDescription how much and what kind of information, in words (required
 * for substance use: 42 CFR 2.31(a)(3))
 * @param disclosingProgram the program or person permitted to disclose (required for
 * substance use: 42 CFR 2.31(a)(2))
 * @param patientName the client's name as on the consent (the registered name when
 * absent; required for substance use: 42 CFR 2.31(a)(1))
 * @param effectiveOn the day it takes effect (the day signed when absent)
 * @param expiresOn its expiry date, the last day it covers
 * @param expiryEvent the event on which it ends (a date, an event, or both: whichever
 * comes first)
 * @param agreement how the client agreed
 * @param rightToRevokeAcknowledged the statement of the right to revoke (and, for
 * substance use, its exceptions) was shown to the client and acknowledged
 */
public record NewConsent(Recipient recipient, Set<InformationCategory> categories, String purpose,
		String informationDescription, String disclosingProgram, String patientName, LocalDate effectiveOn,
		LocalDate expiresOn, ExpiryEvent expiryEvent, ConsentAgreement agreement, Boolean rightToRevokeAcknowledged) {
}
