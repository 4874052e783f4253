package org.casework.intake.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.intake.DecisionInput;
import org.casework.intake.InitialDocumentation;
import org.casework.intake.IntakeDecision;
import org.casework.intake.IntakeStatus;
import org.casework.intake.MissingItem;
import org.casework.intake.PresentingIssue;
import org.casework.intake.Rapport;
import org.casework.intake.Screening;
import org.casework.intake.UrgencyScreen;
import org.casework.programs.Eligibility;
import org.casework.programs.EligibilityStatus;
import org.casework.programs.RuleKind;
import org.casework.programs.RuleOutcome;
import org.casework.programs.RuleResult;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;
import org.casework.shared.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntakeTests {

	static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static final UUID WORKER = UUID.randomUUID();

	static final UrgencyScreen NO_DANGER = new UrgencyScreen(false, false, false, false, false, false, false, null);

	static Intake started() {
		return Intake.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), WORKER,
				"We got an eviction notice on Monday", NOW);
	}

	static Eligibility eligible() {
		return new Eligibility(EligibilityStatus.ELIGIBLE,
				List.of(new RuleResult("age-1", RuleKind.AGE, RuleOutcome.MET, "Age 41 on 2026-11-24 is 18 or older")),
				TODAY);
	}

	static Eligibility needsIncome() {
		return new Eligibility(EligibilityStatus.NEEDS_INFORMATION, List.of(new RuleResult("income-1", RuleKind.INCOME,
				RuleOutcome.UNKNOWN, "Household size and annual income needed")), TODAY);
	}

	static Screening screening() {
		return new Screening(LocalDate.of(1985, 3, 2), 3, new BigDecimal("21000"), "Fulton", null, Map.of());
	}

	/** An intake with every section answered and nothing urgent. */
	static Intake complete() {
		Intake intake = started();
		intake.recordRapport(new Rapport(true, "Dana Whitfield", TODAY, "Spanish", true), TODAY, NOW);
		intake.recordScreening(screening(), eligible(), NOW);
		intake.recordUrgency(NO_DANGER, NOW);
		intake.recordDocumentation(new InitialDocumentation("211 helpline", true, "Arrived on time with two children"),
				NOW);
		return intake;
	}

	@Test
	void anyDangerMakesAnEmergencyWithTheReasonsShown() {
		Intake intake = started();
		intake.recordUrgency(new UrgencyScreen(false, false, true, false, true, false, false, null), NOW);
		assertThat(intake.priority()).isEqualTo(Priority.EMERGENCY);
		assertThat(intake.triage().reasons()).containsExactly("domestic violence, child or elder safety concern",
				"no safe place to sleep tonight");
	}

	@Test
	void anUnmetBasicNeedTonightIsUrgentAndNothingIsRoutine() {
		Intake intake = started();
		intake.recordUrgency(new UrgencyScreen(false, false, false, false, false, true, false, null), NOW);
		assertThat(intake.priority()).isEqualTo(Priority.URGENT);
		intake.recordUrgency(NO_DANGER, NOW);
		assertThat(intake.priority()).isEqualTo(Priority.ROUTINE);
		assertThat(intake.triage().reasons()).isEmpty();
	}

	@Test
	void anImmediateCrisisInThePresentingIssueIsAtLeastUrgent() {
		Intake intake = started();
		intake.recordUrgency(NO_DANGER, NOW);
		intake.recordPresentingIssue(new PresentingIssue("The power was cut off today", null, null, true), NOW);
		assertThat(intake.priority()).isEqualTo(Priority.URGENT);
		assertThat(intake.triage().reasons()).containsExactly("immediate crisis named in the presenting issue");
	}

	@Test
	void anotherCrisisNeedsADescription() {
		assertThatThrownBy(() -> started()
			.recordUrgency(new UrgencyScreen(false, false, false, false, false, false, true, " "), NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("otherCrisisDetail");
	}

	@Test
	void theCompletenessCheckNamesWhatIsMissingAndWhatBlocksADecision() {
		Intake intake = started();
		List<MissingItem> missing = intake.missing();
		assertThat(missing).filteredOn(MissingItem::blocking)
			.extracting(m -> m.section() + "." + m.field())
			.containsExactly("urgency.dangerToSelf", "urgency.dangerToOthers", "urgency.safetyConcern",
					"urgency.medicalEmergency", "urgency.noSafePlaceTonight", "urgency.noFood", "urgency.otherCrisis",
					"eligibility.screening");
		assertThat(missing).filteredOn(m -> !m.blocking())
			.extracting(MissingItem::field)
			.containsExactly("confidentialityExplained", "referralSource", "contactConfirmed");
		intake.recordScreening(screening(), needsIncome(), NOW);
		assertThat(intake.missing()).extracting(MissingItem::field).contains("rules.income-1");
		assertThat(complete().missing()).isEmpty();
	}

	@Test
	void aDecisionWithUnansweredUrgencyOrEligibilityIsRefusedNamingThem() {
		Intake intake = started();
		intake.recordScreening(screening(), needsIncome(), NOW);
		intake.recordUrgency(new UrgencyScreen(false, false, false, false, null, false, false, null), NOW);
		assertThatThrownBy(() -> intake.decide(new DecisionInput(IntakeDecision.ENROLL, null, null, null), WORKER, NOW))
			.isInstanceOf(DomainRuleException.class)
			.extracting(ex -> ((DomainRuleException) ex).reasons())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
			.containsExactly("urgency.noSafePlaceTonight: not asked yet: no safe place to sleep tonight",
					"eligibility.rules.income-1: Household size and annual income needed");
		assertThat(intake.status()).isEqualTo(IntakeStatus.DRAFT);
	}

	@Test
	void referringOutNeedsTheUrgencyScreenButNotTheWholeEligibility() {
		Intake intake = started();
		intake.recordUrgency(NO_DANGER, NOW);
		assertThatThrownBy(
				() -> intake.decide(new DecisionInput(IntakeDecision.REFER_OUT, null, null, null), WORKER, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("referredTo");
		intake.decide(new DecisionInput(IntakeDecision.REFER_OUT, null, "County legal aid clinic", null), WORKER, NOW);
		assertThat(intake.decision()).isEqualTo(IntakeDecision.REFER_OUT);
		assertThat(intake.referredTo()).isEqualTo("County legal aid clinic");
	}

	@Test
	void anIneligibleScreeningCannotBeEnrolled() {
		Intake intake = complete();
		intake
			.recordScreening(
					screening(), new Eligibility(EligibilityStatus.INELIGIBLE, List.of(new RuleResult("age-1",
							RuleKind.AGE, RuleOutcome.NOT_MET, "Age 16 on 2026-11-24 is not 18 or older")), TODAY),
					NOW);
		assertThatThrownBy(() -> intake.decide(new DecisionInput(IntakeDecision.ENROLL, null, null, null), WORKER, NOW))
			.isInstanceOf(DomainRuleException.class)
			.extracting(ex -> ((DomainRuleException) ex).reasons())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
			.containsExactly("eligibility: the screening found the client ineligible; decide INELIGIBLE or REFER_OUT");
		assertThatThrownBy(
				() -> intake.decide(new DecisionInput(IntakeDecision.INELIGIBLE, "", null, null), WORKER, NOW))
			.isInstanceOf(InvalidInputException.class);
		intake.decide(new DecisionInput(IntakeDecision.INELIGIBLE, "Under 18; referred to youth services", null, null),
				WORKER, NOW);
		assertThat(intake.status()).isEqualTo(IntakeStatus.DECIDED);
	}

	@Test
	void aDecidedIntakeStaysAsItWas() {
		Intake intake = complete();
		intake.decide(new DecisionInput(IntakeDecision.DECLINE, "The client chose another provider", null, null),
				WORKER, NOW);
		assertThatThrownBy(() -> intake.decide(new DecisionInput(IntakeDecision.ENROLL, null, null, null), WORKER, NOW))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("the intake was decided already (DECLINE)");
		assertThatThrownBy(() -> intake.recordUrgency(NO_DANGER, NOW)).isInstanceOf(DomainRuleException.class);
		assertThat(intake.decisionReason()).isEqualTo("The client chose another provider");
	}

	@Test
	void anEnrollmentBeyondCapacityWaitsItsTurnAndOpensACaseLater() {
		Intake intake = complete();
		intake.decide(new DecisionInput(IntakeDecision.ENROLL, null, null, null), WORKER, NOW);
		intake.waitlistInstead("the program is at capacity");
		assertThat(intake.decision()).isEqualTo(IntakeDecision.WAITLIST);
		assertThat(intake.decisionReason()).isEqualTo("the program is at capacity");
		UUID caseId = UUID.randomUUID();
		intake.enrolled(caseId, NOW.plusSeconds(86_400));
		assertThat(intake.caseId()).isEqualTo(caseId);
		assertThatThrownBy(() -> intake.enrolled(UUID.randomUUID(), NOW)).isInstanceOf(DomainRuleException.class);
	}

}
