package org.casework.consents.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.casework.consents.AgreementMethod;
import org.casework.consents.ConsentAgreement;
import org.casework.consents.EventOccurrence;
import org.casework.consents.ExpiryEvent;
import org.casework.consents.InformationCategory;
import org.casework.consents.NewConsent;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.consents.Revocation;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.SignatureImage;

/**
 * What a release of information must hold to be recorded, and what a revocation must
 * hold. A consent covering substance use information must hold every element of 42 CFR
 * 2.31(a): the patient's name (1), who may disclose (2), how much and what kind of
 * information (3), the recipient (4), the purpose (5), the right to revoke and its
 * exceptions (6), an expiration date or event (7), and the patient's signature (8) and
 * its date (9).
 */
public final class ConsentRules {

	static final int SHORT = 200;

	static final int LONG = 2000;

	private ConsentRules() {
	}

	/**
	 * A consent checked and cleaned, ready to record.
	 *
	 * @param signature the signature image, for SIGNATURE
	 */
	public record Checked(Recipient recipient, Set<InformationCategory> categories, String purpose,
			String informationDescription, String disclosingProgram, String patientName, LocalDate effectiveOn,
			LocalDate expiresOn, ExpiryEvent expiryEvent, AgreementMethod method, SignatureImage signature,
			String witnessName, LocalDate signedOn) {

		public boolean part2() {
			return this.categories.contains(InformationCategory.SUBSTANCE_USE);
		}

	}

	/**
	 * Checks a consent.
	 * @param registeredName the client's name in the registry, taken when none is given
	 * (but for substance use, where the consent must name the patient itself)
	 * @param organizationName looks up an organization or agency by kind and id: empty
	 * for an unknown one of a kind that is looked up, {@code null} for a kind that is not
	 * @throws InvalidInputException naming every refused field
	 */
	public static Checked check(NewConsent consent, String registeredName, LocalDate today,
			BiFunction<RecipientKind, UUID, Optional<String>> organizationName) {
		NewConsent c = consent != null ? consent
				: new NewConsent(null, null, null, null, null, null, null, null, null, null, null);
		List<FieldProblem> problems = new ArrayList<>();
		Set<InformationCategory> categories = c.categories() == null || c.categories().isEmpty()
				? EnumSet.noneOf(InformationCategory.class) : EnumSet.copyOf(c.categories());
		boolean part2 = categories.contains(InformationCategory.SUBSTANCE_USE);
		Recipient recipient = recipient(c.recipient(), organizationName, problems);
		if (categories.isEmpty()) {
			problems.add(new FieldProblem("categories", "must name at least one category of information"));
		}
		String purpose = text("purpose", c.purpose(), LONG, true, "must say why the information is shared", problems);
		String description = text("informationDescription", c.informationDescription(), LONG, part2,
				"must describe how much and what kind of information may be disclosed (42 CFR 2.31(a)(3))", problems);
		String program = text("disclosingProgram", c.disclosingProgram(), SHORT, part2,
				"must name the program or person permitted to disclose (42 CFR 2.31(a)(2))", problems);
		String patient = text("patientName", c.patientName(), SHORT, part2,
				"must name the patient as on the consent (42 CFR 2.31(a)(1))", problems);
		if (patient == null) {
			patient = registeredName;
		}

		ConsentAgreement agreement = c.agreement();
		AgreementMethod method = null;
		SignatureImage signature = null;
		String witness = null;
		LocalDate signedOn = today;
		if (agreement == null || agreement.method() == null) {
			problems.add(new FieldProblem(agreement == null ? "agreement" : "agreement.method",
					"must say how the client agreed: SIGNATURE or VERBAL"));
		}
		else {
			method = agreement.method();
			signedOn = agreement.signedOn() == null ? today : agreement.signedOn();
			if (signedOn.isAfter(today)) {
				problems.add(new FieldProblem("agreement.signedOn", "must not be in the future"));
			}
			if (method == AgreementMethod.SIGNATURE) {
				try {
					signature = SignatureImage.fromBase64(agreement.signaturePng());
				}
				catch (InvalidInputException ex) {
					ex.problems()
						.forEach(p -> problems.add(new FieldProblem("agreement." + p.field(),
								p.message() + (part2 ? " (42 CFR 2.31(a)(8))" : ""))));
				}
			}
			else {
				if (part2) {
					problems.add(new FieldProblem("agreement.method",
							"must be SIGNATURE: a consent to disclose substance use information needs the patient's"
									+ " signature (42 CFR 2.31(a)(8))"));
				}
				if (agreement.signaturePng() != null && !agreement.signaturePng().isBlank()) {
					problems.add(new FieldProblem("agreement.signaturePng", "is only for an agreement by SIGNATURE"));
				}
				witness = text("agreement.witnessName", agreement.witnessName(), SHORT, true,
						"must name who witnessed the verbal agreement", problems);
			}
		}

		LocalDate effectiveOn = c.effectiveOn() == null ? signedOn : c.effectiveOn();
		if (c.effectiveOn() != null && signedOn != null && effectiveOn.isBefore(signedOn)) {
			problems.add(new FieldProblem("effectiveOn", "must not be before the day the client agreed"));
		}
		ExpiryEvent event = event(c.expiryEvent(), problems);
		if (c.expiresOn() == null && c.expiryEvent() == null) {
			problems.add(new FieldProblem("expiresOn",
					"must be given, or an expiryEvent: a consent ends on a date, on an event, or on whichever comes first"
							+ (part2 ? " (42 CFR 2.31(a)(7))" : "")));
		}
		if (c.expiresOn() != null) {
			if (c.expiresOn().isBefore(today)) {
				problems.add(new FieldProblem("expiresOn", "must not be in the past"));
			}
			else if (c.expiresOn().isBefore(effectiveOn)) {
				problems.add(new FieldProblem("expiresOn", "must not be before the consent takes effect"));
			}
		}
		if (!Boolean.TRUE.equals(c.rightToRevokeAcknowledged())) {
			problems.add(new FieldProblem("rightToRevokeAcknowledged",
					"must be true: the statement of the right to revoke"
							+ (part2 ? " and its exceptions (42 CFR 2.31(a)(6))" : "")
							+ " is shown to the client and acknowledged"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Checked(recipient, categories, purpose, description, program, patient, effectiveOn, c.expiresOn(),
				event, method, signature, witness, signedOn);
	}

	private static Recipient recipient(Recipient given, BiFunction<RecipientKind, UUID, Optional<String>> lookup,
			List<FieldProblem> problems) {
		if (given == null) {
			problems.add(new FieldProblem("recipient", "is required: who may receive the information"));
			return null;
		}
		if (given.kind() == null) {
			problems.add(new FieldProblem("recipient.kind", "must be ORGANIZATION, AGENCY or PERSON"));
			return null;
		}
		String name = trimmed(given.name());
		if (given.kind() == RecipientKind.PERSON) {
			name = text("recipient.name", name, SHORT, true, "must name the person who may receive the information",
					problems);
			return new Recipient(RecipientKind.PERSON, null, name);
		}
		if (given.organizationId() == null) {
			problems.add(new FieldProblem("recipient.organizationId",
					"must name the " + (given.kind() == RecipientKind.AGENCY ? "agency" : "organization")));
			return null;
		}
		Optional<String> known = lookup.apply(given.kind(), given.organizationId());
		if (known != null && known.isEmpty()) {
			problems.add(new FieldProblem("recipient.organizationId",
					"is no " + (given.kind() == RecipientKind.AGENCY ? "agency" : "organization") + " known here"));
			return null;
		}
		if (known != null) {
			name = known.get();
		}
		name = text("recipient.name", name, SHORT, true, "must name the organization", problems);
		return new Recipient(given.kind(), given.organizationId(), name);
	}

	private static ExpiryEvent event(ExpiryEvent given, List<FieldProblem> problems) {
		if (given == null) {
			return null;
		}
		if (given.kind() == null) {
			problems.add(new FieldProblem("expiryEvent.kind", "must be END_OF_REFERRAL, CASE_CLOSURE or OTHER"));
		}
		String description = text("expiryEvent.description", given.description(), SHORT, true,
				"must describe the event on which the consent ends", problems);
		return new ExpiryEvent(given.kind(), description, given.subjectId());
	}

	/**
	 * Checks a revocation as of a day.
	 * @throws InvalidInputException naming every refused field
	 */
	static void revocation(Revocation given, LocalDate on, LocalDate effectiveOn, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (given.receivedHow() == null) {
			problems.add(new FieldProblem("receivedHow",
					"must say how the revocation was received: IN_WRITING, VERBALLY or ELECTRONICALLY"));
		}
		if (on.isAfter(today)) {
			problems.add(new FieldProblem("revokedOn", "must not be in the future"));
		}
		else if (on.isBefore(effectiveOn)) {
			problems.add(new FieldProblem("revokedOn", "must not be before the consent took effect on " + effectiveOn));
		}
		text("note", given.note(), LONG, false, null, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * Checks the day an event happened.
	 * @throws InvalidInputException naming every refused field
	 */
	static void occurrence(EventOccurrence given, LocalDate on, LocalDate effectiveOn, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (on.isAfter(today)) {
			problems.add(new FieldProblem("occurredOn", "must not be in the future"));
		}
		else if (on.isBefore(effectiveOn)) {
			problems
				.add(new FieldProblem("occurredOn", "must not be before the consent took effect on " + effectiveOn));
		}
		text("note", given.note(), LONG, false, null, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String text(String field, String value, int max, boolean required, String missing,
			List<FieldProblem> problems) {
		String clean = trimmed(value);
		if (clean == null) {
			if (required) {
				problems.add(new FieldProblem(field, missing));
			}
			return null;
		}
		if (clean.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
		return clean;
	}

}
