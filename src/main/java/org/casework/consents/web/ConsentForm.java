package org.casework.consents.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.consents.AgreementMethod;
import org.casework.consents.ConsentAgreement;
import org.casework.consents.ExpiryEvent;
import org.casework.consents.ExpiryEventKind;
import org.casework.consents.InformationCategory;
import org.casework.consents.NewConsent;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.shared.FieldProblem;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The consent form, flat as a page posts it. The recipient is chosen from one list (an
 * agency, an organization of the directory, or "a person", whose name is typed).
 */
class ConsentForm extends SharingForm {

	static final String PERSON = "PERSON";

	/** Where the service's field names show on this form. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("recipient", "recipientChoice"),
			Map.entry("recipient.kind", "recipientChoice"), Map.entry("recipient.organizationId", "recipientChoice"),
			Map.entry("expiryEvent.kind", "expiryEventKind"),
			Map.entry("expiryEvent.description", "expiryEventDescription"), Map.entry("agreement", "agreementMethod"),
			Map.entry("agreement.method", "agreementMethod"), Map.entry("agreement.signaturePng", "signature"),
			Map.entry("agreement.witnessName", "witnessName"), Map.entry("agreement.signedOn", "signedOn"));

	private String purpose;

	private String informationDescription;

	private String disclosingProgram;

	private String patientName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	private ExpiryEventKind expiryEventKind;

	private String expiryEventDescription;

	private AgreementMethod agreementMethod = AgreementMethod.SIGNATURE;

	private String signature;

	private String witnessName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	private boolean rightToRevokeAcknowledged;

	NewConsent command() {
		return new NewConsent(recipient(), getCategories(), this.purpose, this.informationDescription,
				this.disclosingProgram, this.patientName, this.effectiveOn, this.expiresOn,
				this.expiryEventKind == null && blank(this.expiryEventDescription) ? null
						: new ExpiryEvent(this.expiryEventKind, this.expiryEventDescription, null),
				new ConsentAgreement(this.agreementMethod,
						this.agreementMethod == AgreementMethod.SIGNATURE ? this.signature : null,
						this.agreementMethod == AgreementMethod.VERBAL ? this.witnessName : null, this.signedOn),
				this.rightToRevokeAcknowledged);
	}

	private Recipient recipient() {
		return recipient(getRecipientChoice(), getRecipientName(), null);
	}

	/**
	 * The recipient chosen from the list: a person by the name typed, or an agency or
	 * organization of the list (named as listed, when {@code names} is given).
	 */
	static Recipient recipient(String choice, String personName, Map<String, String> names) {
		if (blank(choice)) {
			return null;
		}
		if (PERSON.equals(choice)) {
			return new Recipient(RecipientKind.PERSON, null, personName);
		}
		int colon = choice.indexOf(':');
		try {
			return new Recipient(RecipientKind.valueOf(choice.substring(0, colon)),
					UUID.fromString(choice.substring(colon + 1)), names == null ? null : names.get(choice));
		}
		catch (RuntimeException ex) {
			return new Recipient(null, null, null);
		}
	}

	/** The service's refusals, named as this form's fields. */
	List<FieldProblem> onForm(List<FieldProblem> problems) {
		return problems.stream()
			.map(p -> new FieldProblem(
					"recipient.name".equals(p.field()) && PERSON.equals(getRecipientChoice()) ? "recipientName"
							: FIELDS.getOrDefault(p.field(),
									"recipient.name".equals(p.field()) ? "recipientChoice" : p.field()),
					p.message()))
			.toList();
	}

	static String choice(Recipient recipient) {
		return recipient.kind() + ":" + recipient.organizationId();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public boolean isPart2() {
		return getCategories().contains(InformationCategory.SUBSTANCE_USE);
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getInformationDescription() {
		return this.informationDescription;
	}

	public void setInformationDescription(String informationDescription) {
		this.informationDescription = informationDescription;
	}

	public String getDisclosingProgram() {
		return this.disclosingProgram;
	}

	public void setDisclosingProgram(String disclosingProgram) {
		this.disclosingProgram = disclosingProgram;
	}

	public String getPatientName() {
		return this.patientName;
	}

	public void setPatientName(String patientName) {
		this.patientName = patientName;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public ExpiryEventKind getExpiryEventKind() {
		return this.expiryEventKind;
	}

	public void setExpiryEventKind(ExpiryEventKind expiryEventKind) {
		this.expiryEventKind = expiryEventKind;
	}

	public String getExpiryEventDescription() {
		return this.expiryEventDescription;
	}

	public void setExpiryEventDescription(String expiryEventDescription) {
		this.expiryEventDescription = expiryEventDescription;
	}

	public AgreementMethod getAgreementMethod() {
		return this.agreementMethod;
	}

	public void setAgreementMethod(AgreementMethod agreementMethod) {
		this.agreementMethod = agreementMethod;
	}

	public String getSignature() {
		return this.signature;
	}

	public void setSignature(String signature) {
		this.signature = signature;
	}

	public String getWitnessName() {
		return this.witnessName;
	}

	public void setWitnessName(String witnessName) {
		this.witnessName = witnessName;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public boolean isRightToRevokeAcknowledged() {
		return this.rightToRevokeAcknowledged;
	}

	public void setRightToRevokeAcknowledged(boolean rightToRevokeAcknowledged) {
		this.rightToRevokeAcknowledged = rightToRevokeAcknowledged;
	}

}
