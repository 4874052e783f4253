package org.casework.consents.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.casework.consents.AgreementMethod;
import org.casework.consents.ConsentAgreement;
import org.casework.consents.ConsentFixtures;
import org.casework.consents.ExpiryEvent;
import org.casework.consents.ExpiryEventKind;
import org.casework.consents.InformationCategory;
import org.casework.consents.NewConsent;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a release of information must hold, and for substance use information every
 * element of 42 CFR 2.31.
 */
class ConsentRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static final Recipient SISTER = ConsentFixtures.person("Rosa Reyes");

	@Test
	void aCompleteConsentIsRecordedWithTheRegisteredNameWhenNoneIsGiven() {
		ConsentRules.Checked checked = check(ConsentFixtures.generalAndHealth(SISTER, TODAY));

		assertThat(checked.patientName()).isEqualTo("Maria Lopez");
		assertThat(checked.signature()).isNotNull();
		assertThat(checked.part2()).isFalse();
	}

	@Test
	void aConsentWithoutRecipientCategoryOrExpiryIsRefusedNamingEach() {
		NewConsent empty = new NewConsent(null, EnumSet.noneOf(InformationCategory.class), "Housing", null, null, null,
				null, null, null, new ConsentAgreement(AgreementMethod.VERBAL, null, "Rosa Reyes", null), true);

		assertThat(problems(empty)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("recipient", "categories", "expiresOn");
	}

	@Test
	void anEventExpiryNeedsADescriptionAndAVerbalAgreementAWitness() {
		NewConsent c = new NewConsent(SISTER, EnumSet.of(InformationCategory.GENERAL), "Housing", null, null, null,
				null, null, new ExpiryEvent(ExpiryEventKind.OTHER, " ", null),
				new ConsentAgreement(AgreementMethod.VERBAL, null, null, null), false);

		assertThat(problems(c)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("expiryEvent.description", "agreement.witnessName", "rightToRevokeAcknowledged");
	}

	@Test
	void anUnknownAgencyIsRefused() {
		NewConsent c = ConsentFixtures.generalAndHealth(new Recipient(RecipientKind.AGENCY, UUID.randomUUID(), null),
				TODAY);

		assertThat(problems(c)).extracting(FieldProblem::field).containsExactly("recipient.organizationId");
	}

	@Test
	void aSubstanceUseConsentMissingThe2_31ElementsIsRefusedNamingEveryOne() {
		NewConsent c = new NewConsent(SISTER, EnumSet.of(InformationCategory.SUBSTANCE_USE), " ", null, null, null,
				null, null, null, new ConsentAgreement(AgreementMethod.VERBAL, null, "Rosa Reyes", null), false);

		assertThat(problems(c)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("purpose", "informationDescription", "disclosingProgram", "patientName",
					"agreement.method", "expiresOn", "rightToRevokeAcknowledged");
		assertThat(problems(c)).filteredOn(p -> p.field().equals("agreement.method"))
			.extracting(FieldProblem::message)
			.allMatch(m -> m.contains("42 CFR 2.31(a)(8)"));
	}

	@Test
	void aSubstanceUseConsentNeedsTheSignatureItself() {
		NewConsent full = ConsentFixtures.substanceUse(SISTER, TODAY);
		NewConsent unsigned = new NewConsent(full.recipient(), full.categories(), full.purpose(),
				full.informationDescription(), full.disclosingProgram(), full.patientName(), full.effectiveOn(),
				full.expiresOn(), null, new ConsentAgreement(AgreementMethod.SIGNATURE, null, null, null), true);

		assertThat(problems(unsigned)).extracting(FieldProblem::field).containsExactly("agreement.signaturePng");
		assertThat(check(full).part2()).isTrue();
	}

	@Test
	void datesMustFitTogether() {
		NewConsent full = ConsentFixtures.generalAndHealth(SISTER, TODAY);
		NewConsent backwards = new NewConsent(SISTER, full.categories(), full.purpose(), null, null, null,
				TODAY.plusDays(10), TODAY.plusDays(5), null,
				new ConsentAgreement(AgreementMethod.VERBAL, null, "Rosa", TODAY.plusDays(1)), true);

		assertThat(problems(backwards)).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("expiresOn", "agreement.signedOn");
	}

	private static ConsentRules.Checked check(NewConsent consent) {
		return ConsentRules.check(consent, "Maria Lopez", TODAY,
				(kind, id) -> kind == RecipientKind.AGENCY ? Optional.empty() : null);
	}

	private static java.util.List<FieldProblem> problems(NewConsent consent) {
		return catchThrowableOfType(InvalidInputException.class, () -> check(consent)).problems();
	}

}
