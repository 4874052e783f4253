package org.casework.careplans.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.careplans.AgreementMethod;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The client's agreement to a plan version.
 *
 * @param signatureId the signature image, kept apart ({@link Signature}), for SIGNATURE
 */
@Table("care_plan_agreement")
public record AgreementRow(AgreementMethod method, LocalDate agreedOn, UUID signatureId, String witnessName,
		String clientWords, UUID recordedBy, Instant recordedAt) {

	/** An agreement as given, its texts trimmed (the caller checked it). */
	public static AgreementRow of(AgreementMethod method, LocalDate agreedOn, UUID signatureId, String witnessName,
			String clientWords, UUID recordedBy, Instant recordedAt) {
		return new AgreementRow(method, agreedOn, signatureId, GoalRules.strip(witnessName),
				GoalRules.strip(clientWords), recordedBy, recordedAt);
	}

}
