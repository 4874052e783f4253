package org.casework.intake.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.intake.DecisionInput;
import org.casework.intake.InitialDocumentation;
import org.casework.intake.IntakeDecision;
import org.casework.intake.IntakeView;
import org.casework.intake.PresentingIssue;
import org.casework.intake.Rapport;
import org.casework.intake.Screening;
import org.casework.intake.UrgencyScreen;
import org.casework.programs.EligibilityRule;
import org.casework.programs.ProgramView;
import org.casework.programs.RuleKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the intake page, one per section, each carrying the version it was read
 * at. A yes/no question is a Boolean: null until asked.
 */
final class IntakeForms {

	private IntakeForms() {
	}

	static class StartForm {

		private UUID clientId;

		private UUID programId;

		private String presentingIssue;

		public UUID getClientId() {
			return this.clientId;
		}

		public void setClientId(UUID clientId) {
			this.clientId = clientId;
		}

		public UUID getProgramId() {
			return this.programId;
		}

		public void setProgramId(UUID programId) {
			this.programId = programId;
		}

		public String getPresentingIssue() {
			return this.presentingIssue;
		}

		public void setPresentingIssue(String presentingIssue) {
			this.presentingIssue = presentingIssue;
		}

	}

	abstract static class SectionForm {

		private long version;

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	static class RapportForm extends SectionForm {

		private Boolean confidentialityExplained;

		private String explainedBy;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate explainedOn;

		private String preferredLanguage;

		private Boolean interpreterUsed;

		static RapportForm of(IntakeView intake) {
			RapportForm form = new RapportForm();
			form.setVersion(intake.version());
			Rapport r = intake.rapport();
			form.confidentialityExplained = r.confidentialityExplained();
			form.explainedBy = r.explainedBy();
			form.explainedOn = r.explainedOn();
			form.preferredLanguage = r.preferredLanguage();
			form.interpreterUsed = r.interpreterUsed();
			return form;
		}

		Rapport section() {
			return new Rapport(this.confidentialityExplained, this.explainedBy, this.explainedOn,
					this.preferredLanguage, this.interpreterUsed);
		}

		public Boolean getConfidentialityExplained() {
			return this.confidentialityExplained;
		}

		public void setConfidentialityExplained(Boolean confidentialityExplained) {
			this.confidentialityExplained = confidentialityExplained;
		}

		public String getExplainedBy() {
			return this.explainedBy;
		}

		public void setExplainedBy(String explainedBy) {
			this.explainedBy = explainedBy;
		}

		public LocalDate getExplainedOn() {
			return this.explainedOn;
		}

		public void setExplainedOn(LocalDate explainedOn) {
			this.explainedOn = explainedOn;
		}

		public String getPreferredLanguage() {
			return this.preferredLanguage;
		}

		public void setPreferredLanguage(String preferredLanguage) {
			this.preferredLanguage = preferredLanguage;
		}

		public Boolean getInterpreterUsed() {
			return this.interpreterUsed;
		}

		public void setInterpreterUsed(Boolean interpreterUsed) {
			this.interpreterUsed = interpreterUsed;
		}

	}

	static class PresentingIssueForm extends SectionForm {

		private String whyNow;

		private String hopes;

		private String workerSummary;

		private Boolean immediateCrisis;

		static PresentingIssueForm of(IntakeView intake) {
			PresentingIssueForm form = new PresentingIssueForm();
			form.setVersion(intake.version());
			PresentingIssue p = intake.presentingIssue();
			form.whyNow = p.whyNow();
			form.hopes = p.hopes();
			form.workerSummary = p.workerSummary();
			form.immediateCrisis = p.immediateCrisis();
			return form;
		}

		PresentingIssue section() {
			return new PresentingIssue(this.whyNow, this.hopes, this.workerSummary, this.immediateCrisis);
		}

		public String getWhyNow() {
			return this.whyNow;
		}

		public void setWhyNow(String whyNow) {
			this.whyNow = whyNow;
		}

		public String getHopes() {
			return this.hopes;
		}

		public void setHopes(String hopes) {
			this.hopes = hopes;
		}

		public String getWorkerSummary() {
			return this.workerSummary;
		}

		public void setWorkerSummary(String workerSummary) {
			this.workerSummary = workerSummary;
		}

		public Boolean getImmediateCrisis() {
			return this.immediateCrisis;
		}

		public void setImmediateCrisis(Boolean immediateCrisis) {
			this.immediateCrisis = immediateCrisis;
		}

	}

	static class ScreeningForm extends SectionForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dateOfBirth;

		private Integer householdSize;

		private BigDecimal annualIncome;

		private String county;

		private String zipCode;

		/** The program's yes/no questions with their answers. */
		private List<QuestionAnswer> questions = new ArrayList<>();

		static ScreeningForm of(IntakeView intake, ProgramView program, LocalDate clientDateOfBirth) {
			ScreeningForm form = new ScreeningForm();
			form.setVersion(intake.version());
			Screening s = intake.screening();
			form.dateOfBirth = s.dateOfBirth() != null ? s.dateOfBirth() : clientDateOfBirth;
			form.householdSize = s.householdSize();
			form.annualIncome = s.annualIncome();
			form.county = s.county();
			form.zipCode = s.zipCode();
			for (EligibilityRule rule : program.rules()) {
				if (rule.kind() == RuleKind.YES_NO) {
					QuestionAnswer question = new QuestionAnswer();
					question.setKey(rule.key());
					question.setAnswer(s.answers().get(rule.key()));
					form.questions.add(question);
				}
			}
			return form;
		}

		Screening section() {
			Map<String, Boolean> given = new LinkedHashMap<>();
			for (QuestionAnswer question : this.questions) {
				if (question.getKey() != null && question.getAnswer() != null) {
					given.put(question.getKey(), question.getAnswer());
				}
			}
			return new Screening(this.dateOfBirth, this.householdSize, this.annualIncome, this.county, this.zipCode,
					given);
		}

		public LocalDate getDateOfBirth() {
			return this.dateOfBirth;
		}

		public void setDateOfBirth(LocalDate dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
		}

		public Integer getHouseholdSize() {
			return this.householdSize;
		}

		public void setHouseholdSize(Integer householdSize) {
			this.householdSize = householdSize;
		}

		public BigDecimal getAnnualIncome() {
			return this.annualIncome;
		}

		public void setAnnualIncome(BigDecimal annualIncome) {
			this.annualIncome = annualIncome;
		}

		public String getCounty() {
			return this.county;
		}

		public void setCounty(String county) {
			this.county = county;
		}

		public String getZipCode() {
			return this.zipCode;
		}

		public void setZipCode(String zipCode) {
			this.zipCode = zipCode;
		}

		public List<QuestionAnswer> getQuestions() {
			return this.questions;
		}

		public void setQuestions(List<QuestionAnswer> questions) {
			this.questions = questions;
		}

	}

	/** A yes/no eligibility question of the program, by its rule key. */
	static class QuestionAnswer {

		private String key;

		private Boolean answer;

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public Boolean getAnswer() {
			return this.answer;
		}

		public void setAnswer(Boolean answer) {
			this.answer = answer;
		}

	}

	static class UrgencyForm extends SectionForm {

		private Boolean dangerToSelf;

		private Boolean dangerToOthers;

		private Boolean safetyConcern;

		private Boolean medicalEmergency;

		private Boolean noSafePlaceTonight;

		private Boolean noFood;

		private Boolean otherCrisis;

		private String otherCrisisDetail;

		static UrgencyForm of(IntakeView intake) {
			UrgencyForm form = new UrgencyForm();
			form.setVersion(intake.version());
			UrgencyScreen u = intake.urgency();
			form.dangerToSelf = u.dangerToSelf();
			form.dangerToOthers = u.dangerToOthers();
			form.safetyConcern = u.safetyConcern();
			form.medicalEmergency = u.medicalEmergency();
			form.noSafePlaceTonight = u.noSafePlaceTonight();
			form.noFood = u.noFood();
			form.otherCrisis = u.otherCrisis();
			form.otherCrisisDetail = u.otherCrisisDetail();
			return form;
		}

		UrgencyScreen section() {
			return new UrgencyScreen(this.dangerToSelf, this.dangerToOthers, this.safetyConcern, this.medicalEmergency,
					this.noSafePlaceTonight, this.noFood, this.otherCrisis, this.otherCrisisDetail);
		}

		public Boolean getDangerToSelf() {
			return this.dangerToSelf;
		}

		public void setDangerToSelf(Boolean dangerToSelf) {
			this.dangerToSelf = dangerToSelf;
		}

		public Boolean getDangerToOthers() {
			return this.dangerToOthers;
		}

		public void setDangerToOthers(Boolean dangerToOthers) {
			this.dangerToOthers = dangerToOthers;
		}

		public Boolean getSafetyConcern() {
			return this.safetyConcern;
		}

		public void setSafetyConcern(Boolean safetyConcern) {
			this.safetyConcern = safetyConcern;
		}

		public Boolean getMedicalEmergency() {
			return this.medicalEmergency;
		}

		public void setMedicalEmergency(Boolean medicalEmergency) {
			this.medicalEmergency = medicalEmergency;
		}

		public Boolean getNoSafePlaceTonight() {
			return this.noSafePlaceTonight;
		}

		public void setNoSafePlaceTonight(Boolean noSafePlaceTonight) {
			this.noSafePlaceTonight = noSafePlaceTonight;
		}

		public Boolean getNoFood() {
			return this.noFood;
		}

		public void setNoFood(Boolean noFood) {
			this.noFood = noFood;
		}

		public Boolean getOtherCrisis() {
			return this.otherCrisis;
		}

		public void setOtherCrisis(Boolean otherCrisis) {
			this.otherCrisis = otherCrisis;
		}

		public String getOtherCrisisDetail() {
			return this.otherCrisisDetail;
		}

		public void setOtherCrisisDetail(String otherCrisisDetail) {
			this.otherCrisisDetail = otherCrisisDetail;
		}

	}

	static class DocumentationForm extends SectionForm {

		private String referralSource;

		private Boolean contactConfirmed;

		private String initialImpressions;

		static DocumentationForm of(IntakeView intake) {
			DocumentationForm form = new DocumentationForm();
			form.setVersion(intake.version());
			InitialDocumentation d = intake.documentation();
			form.referralSource = d.referralSource();
			form.contactConfirmed = d.contactConfirmed();
			form.initialImpressions = d.initialImpressions();
			return form;
		}

		InitialDocumentation section() {
			return new InitialDocumentation(this.referralSource, this.contactConfirmed, this.initialImpressions);
		}

		public String getReferralSource() {
			return this.referralSource;
		}

		public void setReferralSource(String referralSource) {
			this.referralSource = referralSource;
		}

		public Boolean getContactConfirmed() {
			return this.contactConfirmed;
		}

		public void setContactConfirmed(Boolean contactConfirmed) {
			this.contactConfirmed = contactConfirmed;
		}

		public String getInitialImpressions() {
			return this.initialImpressions;
		}

		public void setInitialImpressions(String initialImpressions) {
			this.initialImpressions = initialImpressions;
		}

	}

	static class DecisionForm extends SectionForm {

		private IntakeDecision decision;

		private String reason;

		private String referredTo;

		private String intensityCode;

		static DecisionForm of(IntakeView intake) {
			DecisionForm form = new DecisionForm();
			form.setVersion(intake.version());
			return form;
		}

		DecisionInput input() {
			return new DecisionInput(this.decision, this.reason, this.referredTo,
					this.intensityCode == null || this.intensityCode.isBlank() ? null : this.intensityCode);
		}

		public IntakeDecision getDecision() {
			return this.decision;
		}

		public void setDecision(IntakeDecision decision) {
			this.decision = decision;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getReferredTo() {
			return this.referredTo;
		}

		public void setReferredTo(String referredTo) {
			this.referredTo = referredTo;
		}

		public String getIntensityCode() {
			return this.intensityCode;
		}

		public void setIntensityCode(String intensityCode) {
			this.intensityCode = intensityCode;
		}

	}

}
