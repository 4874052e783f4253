package org.casework.consents;

import java.time.LocalDate;

/**
 * How the client agreed.
 *
 * @param method a signature drawn on the screen, or verbal with a witness
 * @param signaturePng for SIGNATURE: the PNG image as base64 (a
 * {@code data:image/png;base64,} prefix is accepted), at most 200 KB
 * @param witnessName for VERBAL: who witnessed it
 * @param signedOn the day the client agreed (today when absent)
 */
public record ConsentAgreement(AgreementMethod method, String signaturePng, String witnessName, LocalDate signedOn) {
}
