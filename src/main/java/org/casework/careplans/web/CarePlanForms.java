package org.casework.careplans.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casework.careplans.AgreePlan;
import org.casework.careplans.AgreementMethod;
import org.casework.careplans.Barrier;
import org.casework.careplans.CarePlanView;
import org.casework.careplans.Direction;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.Indicator;
import org.casework.careplans.PlanDetails;
import org.casework.careplans.Responsible;
import org.casework.careplans.ResponsibleParty;
import org.casework.careplans.StepDraft;
import org.casework.careplans.StepView;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the care plan screens, each with the version of the plan it was read at.
 */
final class CarePlanForms {

	private CarePlanForms() {
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	/** The plan's own fields. */
	static class PlanForm {

		private String clientGoalsInOwnWords;

		private String culturalContext;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate reviewDate;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate horizon;

		private long version;

		static PlanForm of(CarePlanView plan) {
			PlanForm form = new PlanForm();
			form.clientGoalsInOwnWords = plan.clientGoalsInOwnWords();
			form.culturalContext = plan.culturalContext();
			form.reviewDate = plan.summary().reviewDate();
			form.horizon = plan.summary().horizon();
			form.version = plan.summary().version();
			return form;
		}

		PlanDetails details() {
			return new PlanDetails(blankToNull(this.clientGoalsInOwnWords), blankToNull(this.culturalContext),
					this.reviewDate, this.horizon);
		}

		public String getClientGoalsInOwnWords() {
			return this.clientGoalsInOwnWords;
		}

		public void setClientGoalsInOwnWords(String clientGoalsInOwnWords) {
			this.clientGoalsInOwnWords = clientGoalsInOwnWords;
		}

		public String getCulturalContext() {
			return this.culturalContext;
		}

		public void setCulturalContext(String culturalContext) {
			this.culturalContext = culturalContext;
		}

		public LocalDate getReviewDate() {
			return this.reviewDate;
		}

		public void setReviewDate(LocalDate reviewDate) {
			this.reviewDate = reviewDate;
		}

		public LocalDate getHorizon() {
			return this.horizon;
		}

		public void setHorizon(LocalDate horizon) {
			this.horizon = horizon;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	/** A goal's indicator, as typed. */
	public static class IndicatorForm {

		private String measure;

		private String unit;

		private BigDecimal baseline;

		private BigDecimal target;

		private Direction direction;

		Indicator indicator() {
			if (blankToNull(this.measure) == null && blankToNull(this.unit) == null && this.baseline == null
					&& this.target == null) {
				return null;
			}
			return new Indicator(blankToNull(this.measure), blankToNull(this.unit), this.baseline, this.target,
					this.direction != null ? this.direction : Direction.INCREASE);
		}

		public String getMeasure() {
			return this.measure;
		}

		public void setMeasure(String measure) {
			this.measure = measure;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public BigDecimal getBaseline() {
			return this.baseline;
		}

		public void setBaseline(BigDecimal baseline) {
			this.baseline = baseline;
		}

		public BigDecimal getTarget() {
			return this.target;
		}

		public void setTarget(BigDecimal target) {
			this.target = target;
		}

		public Direction getDirection() {
			return this.direction;
		}

		public void setDirection(Direction direction) {
			this.direction = direction;
		}

	}

	/** A goal to add or change, or to check as it is typed. */
	static class GoalForm {

		private String clientWords;

		private String statement;

		private String lifeDomain;

		private IndicatorForm indicator = new IndicatorForm();

		private String relevance;

		private String achievability;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate targetDate;

		private String outputMetric;

		private String outcomeMetric;

		private long version;

		static GoalForm of(GoalDraft draft, long version) {
			GoalForm form = new GoalForm();
			form.clientWords = draft.clientWords();
			form.statement = draft.statement();
			form.lifeDomain = draft.lifeDomain();
			if (draft.indicator() != null) {
				form.indicator.measure = draft.indicator().measure();
				form.indicator.unit = draft.indicator().unit();
				form.indicator.baseline = draft.indicator().baseline();
				form.indicator.target = draft.indicator().target();
				form.indicator.direction = draft.indicator().direction();
			}
			form.relevance = draft.relevance();
			form.achievability = draft.achievability();
			form.targetDate = draft.targetDate();
			form.outputMetric = draft.outputMetric();
			form.outcomeMetric = draft.outcomeMetric();
			form.version = version;
			return form;
		}

		GoalDraft draft() {
			return new GoalDraft(blankToNull(this.clientWords), blankToNull(this.statement),
					blankToNull(this.lifeDomain), this.indicator.indicator(), blankToNull(this.relevance),
					blankToNull(this.achievability), this.targetDate, blankToNull(this.outputMetric),
					blankToNull(this.outcomeMetric));
		}

		public String getClientWords() {
			return this.clientWords;
		}

		public void setClientWords(String clientWords) {
			this.clientWords = clientWords;
		}

		public String getStatement() {
			return this.statement;
		}

		public void setStatement(String statement) {
			this.statement = statement;
		}

		public String getLifeDomain() {
			return this.lifeDomain;
		}

		public void setLifeDomain(String lifeDomain) {
			this.lifeDomain = lifeDomain;
		}

		public IndicatorForm getIndicator() {
			return this.indicator;
		}

		public void setIndicator(IndicatorForm indicator) {
			this.indicator = indicator;
		}

		public String getRelevance() {
			return this.relevance;
		}

		public void setRelevance(String relevance) {
			this.relevance = relevance;
		}

		public String getAchievability() {
			return this.achievability;
		}

		public void setAchievability(String achievability) {
			this.achievability = achievability;
		}

		public LocalDate getTargetDate() {
			return this.targetDate;
		}

		public void setTargetDate(LocalDate targetDate) {
			this.targetDate = targetDate;
		}

		public String getOutputMetric() {
			return this.outputMetric;
		}

		public void setOutputMetric(String outputMetric) {
			this.outputMetric = outputMetric;
		}

		public String getOutcomeMetric() {
			return this.outcomeMetric;
		}

		public void setOutcomeMetric(String outcomeMetric) {
			this.outcomeMetric = outcomeMetric;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	/** One barrier row of a step form; a row left empty is ignored. */
	public static class BarrierRow {

		private String barrier;

		private String mitigation;

		public String getBarrier() {
			return this.barrier;
		}

		public void setBarrier(String barrier) {
			this.barrier = barrier;
		}

		public String getMitigation() {
			return this.mitigation;
		}

		public void setMitigation(String mitigation) {
			this.mitigation = mitigation;
		}

	}

	/** A step to add or change. */
	static class StepForm {

		private String description;

		private ResponsibleParty party;

		private UUID userId;

		private String name;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueDate;

		private String resourcesNeeded;

		private List<BarrierRow> barriers = new ArrayList<>();

		private List<UUID> prerequisites = new ArrayList<>();

		private long version;

		/** An empty form with room for two barriers. */
		static StepForm empty(long version) {
			StepForm form = new StepForm();
			form.version = version;
			form.barriers.add(new BarrierRow());
			form.barriers.add(new BarrierRow());
			return form;
		}

		static StepForm of(StepView step, long version) {
			StepForm form = new StepForm();
			form.description = step.description();
			if (step.responsible() != null) {
				form.party = step.responsible().party();
				form.userId = step.responsible().userId();
				form.name = step.responsible().party().namedByText() ? step.responsible().name() : null;
			}
			form.dueDate = step.dueDate();
			form.resourcesNeeded = step.resourcesNeeded();
			for (Barrier b : step.barriers()) {
				BarrierRow row = new BarrierRow();
				row.barrier = b.barrier();
				row.mitigation = b.mitigation();
				form.barriers.add(row);
			}
			form.barriers.add(new BarrierRow());
			form.prerequisites = new ArrayList<>(step.prerequisites());
			form.version = version;
			return form;
		}

		StepDraft draft() {
			Responsible responsible = this.party == null ? null
					: new Responsible(this.party, this.party == ResponsibleParty.CARE_TEAM_MEMBER ? this.userId : null,
							this.party.namedByText() ? blankToNull(this.name) : null);
			List<Barrier> rows = this.barriers.stream()
				.filter(r -> blankToNull(r.barrier) != null || blankToNull(r.mitigation) != null)
				.map(r -> new Barrier(blankToNull(r.barrier), blankToNull(r.mitigation)))
				.toList();
			return new StepDraft(blankToNull(this.description), responsible, this.dueDate,
					blankToNull(this.resourcesNeeded), rows, List.copyOf(this.prerequisites));
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public ResponsibleParty getParty() {
			return this.party;
		}

		public void setParty(ResponsibleParty party) {
			this.party = party;
		}

		public UUID getUserId() {
			return this.userId;
		}

		public void setUserId(UUID userId) {
			this.userId = userId;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public LocalDate getDueDate() {
			return this.dueDate;
		}

		public void setDueDate(LocalDate dueDate) {
			this.dueDate = dueDate;
		}

		public String getResourcesNeeded() {
			return this.resourcesNeeded;
		}

		public void setResourcesNeeded(String resourcesNeeded) {
			this.resourcesNeeded = resourcesNeeded;
		}

		public List<BarrierRow> getBarriers() {
			return this.barriers;
		}

		public void setBarriers(List<BarrierRow> barriers) {
			this.barriers = barriers;
		}

		public List<UUID> getPrerequisites() {
			return this.prerequisites;
		}

		public void setPrerequisites(List<UUID> prerequisites) {
			this.prerequisites = prerequisites;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	/** The client's agreement. */
	static class AgreeForm {

		private AgreementMethod method = AgreementMethod.SIGNATURE;

		private String signature;

		private String witnessName;

		private String clientWords;

		private long version;

		AgreePlan command() {
			return new AgreePlan(this.method,
					this.method == AgreementMethod.SIGNATURE ? blankToNull(this.signature) : null,
					this.method == AgreementMethod.VERBAL ? blankToNull(this.witnessName) : null,
					blankToNull(this.clientWords));
		}

		public AgreementMethod getMethod() {
			return this.method;
		}

		public void setMethod(AgreementMethod method) {
			this.method = method;
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

		public String getClientWords() {
			return this.clientWords;
		}

		public void setClientWords(String clientWords) {
			this.clientWords = clientWords;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

	/**
	 * The supervisor's review of a version awaiting approval: comments, which a return
	 * needs.
	 */
	static class ReviewForm {

		private String comments;

		private long version;

		static ReviewForm of(long version) {
			ReviewForm form = new ReviewForm();
			form.setVersion(version);
			return form;
		}

		String comments() {
			return blankToNull(this.comments);
		}

		public String getComments() {
			return this.comments;
		}

		public void setComments(String comments) {
			this.comments = comments;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

	}

}
