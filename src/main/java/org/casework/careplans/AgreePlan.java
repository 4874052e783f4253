package org.casework.careplans;

/**
 * The client's agreement to a draft.
 *
 * @param signaturePng for SIGNATURE: the signature drawn on the screen, a PNG image as
 * base64 (a {@code data:image/png;base64,} prefix is accepted), at most 200 KB
 * @param witnessName for VERBAL: who witnessed the agreement
 * @param clientWords what the client said about the plan, quoted (optional)
 */
public record AgreePlan(AgreementMethod method, String signaturePng, String witnessName, String clientWords) {
}
