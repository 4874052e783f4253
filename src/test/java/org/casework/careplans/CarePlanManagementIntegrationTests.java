package org.casework.careplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.cases.CaseManagement;
import org.casework.cases.CaseStage;
import org.casework.cases.CaseSummary;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramView;
import org.casework.shared.FieldProblem;
import org.casework.shared.NotFoundException;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The care plans service as the screens call it: a plan written and agreed by a worker,
 * read back with its checks, its versions and signature, and approved by the supervisor
 * who may.
 */
@ApiTest
class CarePlanManagementIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	CarePlanManagement plans;

	@Autowired
	UserContext users;

	@Autowired
	CaseManagement cases;

	@Autowired
	ApplicationContext context;

	CarePlanTestData data;

	ProgramView program;

	@BeforeEach
	void setUp() {
		this.data = new CarePlanTestData(this.context);
		this.program = this.data.program("Reentry Support");
	}

	@Test
	void aWorkerWritesAndAgreesAPlanThatTheScreensReadBack() {
		CaseSummary c = this.data.assessedCase("worker1", this.program, "Luis", "Ortega");
		CarePlanView started = as("worker1", () -> this.plans.start(c.id(), new StartPlan("A job and my own place.",
				"He sends money home to his parents every month; that comes first.")));
		assertThat(started.goals()).extracting(GoalView::goalArea, GoalView::origin, GoalView::label)
			.containsExactly(tuple("basic-needs", GoalOrigin.ASSESSMENT, "Basic needs"),
					tuple("employment-education", GoalOrigin.ASSESSMENT, "Employment and education"));
		assertThat(started.culturalContext()).startsWith("He sends money home");
		assertThat(started.inForce()).isEqualTo(new PlanVersionRef(1, 0));

		GoalView job = started.goals().get(1);
		GoalDraft written = new GoalDraft("A job so I can help my parents.", "Start a paid job of 20 hours a week",
				LifeDomains.EMPLOYMENT_EDUCATION,
				new Indicator("paid hours a week", "hours", BigDecimal.ZERO, new BigDecimal("20"), Direction.INCREASE),
				"He wants to support his parents.", "Forklift licence; his cousin knows a warehouse that hires.",
				TODAY.plusDays(25), "job applications sent", "in paid work after 3 months");
		CarePlanView withJob = as("worker1", () -> this.plans.updateGoal(c.id(), job.id(), 0, written));
		assertThat(withJob.goal(job.id()).orElseThrow().draft()).isEqualTo(written);
		assertThat(withJob.goal(job.id()).orElseThrow().smart().strong()).isTrue();
		CarePlanView ordered = as("worker1",
				() -> this.plans.reorderGoals(c.id(), 1, List.of(job.id(), started.goals().get(0).id())));
		CarePlanView withoutHousing = as("worker1",
				() -> this.plans.changeGoalStatus(c.id(), started.goals().get(0).id(), ordered.summary().version(),
						new GoalStatusChange(GoalStatus.DISCONTINUED, "He stays with his cousin; work first.")));
		AddedToPlan step = as("worker1",
				() -> this.plans.addStep(c.id(), job.id(), withoutHousing.summary().version(),
						new StepDraft("Renew the forklift licence",
								new Responsible(ResponsibleParty.OUTSIDE_PROVIDER, null, "County training centre"),
								TODAY.plusDays(14), "$45 fee",
								List.of(new Barrier("No money for the fee", "Apply to the program's flexible fund")),
								List.of())));
		assertThat(step.plan().goal(job.id()).orElseThrow().steps()).singleElement().satisfies(s -> {
			assertThat(s.id()).isEqualTo(step.id());
			assertThat(s.responsible().name()).isEqualTo("County training centre");
			assertThat(s.blocked()).isFalse();
		});
		CarePlanView reviewed = as("worker1", () -> this.plans.revise(c.id(), step.plan().summary().version(),
				new PlanDetails("A job and my own place.", started.culturalContext(), TODAY.plusDays(28), null)));
		assertThat(reviewed.check().passes()).isTrue();

		CarePlanView agreed = as("worker1", () -> this.plans.agree(c.id(), reviewed.summary().version(),
				new AgreePlan(AgreementMethod.SIGNATURE, CarePlanTestData.signature(), null, "Good. Work first.")));
		assertThat(agreed.summary().status()).isEqualTo(CarePlanStatus.AGREED);
		assertThat(agreed.requiresApproval()).isFalse();
		assertThat(as("worker1", () -> this.plans.signature(c.id(), 1))).isPresent();
		assertThat(as("worker1", () -> this.plans.versions(c.id()))).extracting(CarePlanSummary::number)
			.containsExactly(1);
		assertThat(as("worker1", () -> this.plans.current(c.id())).orElseThrow().goals().get(0).id())
			.isEqualTo(job.id());
		assertThat(as("worker1", () -> this.plans.goal(c.id(), job.id()).priority())).isEqualTo(1);
		assertThat(as("worker1", () -> this.cases.find(c.id()).orElseThrow().stage()))
			.isEqualTo(CaseStage.IMPLEMENTATION);
		assertThatThrownBy(() -> as("worker2", () -> this.plans.current(c.id()))).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theSmartCheckRunsOnUnsavedInput() {
		GoalDraft typed = new GoalDraft(null, "Get stable", null, null, null, null, TODAY.minusDays(1), null, null);
		SmartCheck check = this.plans.check(typed, TODAY, TODAY.plusMonths(12));
		assertThat(check.strong()).isFalse();
		assertThat(check.findings()).extracting(SmartFinding::element)
			.containsExactly(SmartElement.SPECIFIC, SmartElement.MEASURABLE, SmartElement.ACHIEVABLE,
					SmartElement.RELEVANT, SmartElement.RELEVANT, SmartElement.TIME_BOUND);
		assertThat(check.problems()).isEmpty();

		CaseSummary c = this.data.openCase("worker1", this.program, "Ada", "Obi");
		SmartCheck forCase = as("worker1", () -> this.plans.checkGoal(c.id(), typed));
		assertThat(forCase.problems()).containsExactly(
				new FieldProblem("targetDate", "must not be before the case opened (" + c.openedOn() + ")"));
	}

	@Test
	void onlyTheSupervisorOfTheOwnersTeamMayApprove() {
		as("padmin", () -> this.plans.changeSettings(this.program.id(), 0, new CarePlanSettingsChange(true, 12)));
		CaseSummary c = this.data.openCase("worker1", this.program, "Kofi", "Mensah");
		CarePlanView started = as("worker1", () -> this.plans.start(c.id(), null));
		UUID goal = as("worker1",
				() -> this.plans.addGoal(c.id(), started.summary().version(),
						new GoalDraft("Get my ID back.", "Obtain a state ID card", LifeDomains.LEGAL,
								new Indicator("ID cards obtained", null, BigDecimal.ZERO, BigDecimal.ONE,
										Direction.INCREASE),
								"Every application needs it.", "The office is on his bus line.", TODAY.plusDays(20),
								null, null)))
			.id();
		CarePlanView withStep = as("worker1", () -> this.plans
			.addStep(c.id(), goal, 1,
					new StepDraft("Book the appointment", new Responsible(ResponsibleParty.CASE_WORKER, null, null),
							TODAY.plusDays(2), null, null, null))
			.plan());
		CarePlanView ready = as("worker1", () -> this.plans.revise(c.id(), withStep.summary().version(),
				new PlanDetails("My ID first.", null, TODAY.plusDays(30), null)));
		CarePlanView pending = as("worker1", () -> this.plans.agree(c.id(), ready.summary().version(),
				new AgreePlan(AgreementMethod.VERBAL, null, "Rosa Diaz", null)));
		assertThat(pending.summary().status()).isEqualTo(CarePlanStatus.PENDING_APPROVAL);
		assertThat(as("worker1", () -> this.plans.mayApprove(pending, c))).isFalse();
		assertThat(as("supervisor1", () -> this.plans.mayApprove(pending, c))).isTrue();
		assertThat(as("supervisor1", () -> this.plans.signature(c.id(), 1))).isEmpty();
		CarePlanView approved = as("supervisor1", () -> this.plans.approve(c.id(), pending.summary().version(), null));
		assertThat(approved.summary().status()).isEqualTo(CarePlanStatus.AGREED);
		assertThat(as("supervisor1", () -> this.plans.mayApprove(approved, c))).isFalse();
		assertThat(as("worker1", () -> this.plans.settings(this.program.id())))
			.isEqualTo(new CarePlanSettings(this.program.id(), true, 12, 1));
	}

	private <T> T as(String user, Supplier<T> work) {
		return this.users.runAs(user, work);
	}

}
