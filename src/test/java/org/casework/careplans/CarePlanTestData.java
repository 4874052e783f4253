package org.casework.careplans;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.casework.assessments.AssessmentTestData;
import org.casework.assessments.AssessmentView;
import org.casework.assessments.CaseAssessments;
import org.casework.assessments.StartAssessment;
import org.casework.cases.CaseSummary;
import org.casework.cases.CaseTestData;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases to plan, made the way the application makes them: a program assessing with the
 * holistic assessment, a case opened by a worker, and its core assessment filled and
 * completed by the worker, which rates basic needs and employment vulnerable (the goal
 * areas a plan offers) and moves the case to planning.
 */
public final class CarePlanTestData {

	/**
	 * The holistic assessment's required answers: basic needs and employment vulnerable.
	 */
	static final Map<String, Object> ANSWERS = answers();

	private final AssessmentTestData assessments;

	private final CaseAssessments caseAssessments;

	private final UserContext users;

	private final CarePlanManagement plans;

	private final TransactionTemplate transaction;

	public CarePlanTestData(ApplicationContext context) {
		this.assessments = new AssessmentTestData(context);
		this.caseAssessments = context.getBean(CaseAssessments.class);
		this.users = context.getBean(UserContext.class);
		this.plans = context.getBean(CarePlanManagement.class);
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	/** A program whose core assessment is the holistic one. */
	public ProgramView program(String name) {
		return this.assessments.assessingProgram(name);
	}

	/** An open case of a new client of the worker, not assessed yet. */
	public CaseSummary openCase(String worker, ProgramView program, String first, String last) {
		return this.assessments.openCase(worker, program, first, last, Priority.ROUTINE);
	}

	/**
	 * An open case of a new client of the worker whose core assessment the worker
	 * completed: in planning, with basic needs and employment as goal areas.
	 */
	public CaseSummary assessedCase(String worker, ProgramView program, String first, String last) {
		CaseSummary c = openCase(worker, program, first, last);
		this.users.runAs(worker, () -> this.transaction.execute(status -> {
			AssessmentView started = this.caseAssessments.start(c.id(), new StartAssessment(null));
			AssessmentView answered = this.caseAssessments.answer(c.id(), started.summary().id(),
					started.summary().version(), ANSWERS);
			return this.caseAssessments.complete(c.id(), started.summary().id(), answered.summary().version());
		}));
		return c;
	}

	/**
	 * A goal strong in every SMART element, due some weeks ahead, on the client's words
	 * and the statement given.
	 */
	public static GoalDraft goal(String clientWords, String statement, String measure, int weeksAhead) {
		return new GoalDraft(clientWords, statement, "basic-needs",
				new Indicator(measure, null, BigDecimal.ZERO, BigDecimal.ONE, Direction.INCREASE),
				"It is what the client asked for first.", "Her sister helps and the office has a voucher for it.",
				LocalDate.now().plusWeeks(weeksAhead), null, null);
	}

	/**
	 * The worker writes the case's first plan with the client up to the point of
	 * agreeing: the goal areas the assessment offered set aside for the goals given, in
	 * that order, each with a step the client takes within two weeks, the client's goals
	 * in their own words and a review date next month. Agreement is refused only for what
	 * the goals themselves lack.
	 */
	public CarePlanView draft(String worker, CaseSummary c, GoalDraft... goals) {
		return this.users.runAs(worker, () -> this.transaction.execute(status -> {
			CarePlanView plan = this.plans.start(c.id(), new StartPlan("A home of our own and steady work.", null));
			for (GoalView offered : plan.goals()) {
				plan = this.plans.withdrawGoal(c.id(), offered.id(), plan.summary().version());
			}
			for (GoalDraft goal : goals) {
				AddedToPlan added = this.plans.addGoal(c.id(), plan.summary().version(), goal);
				plan = this.plans
					.addStep(c.id(), added.id(), added.plan().summary().version(),
							new StepDraft("First step towards: " + goal.statement(),
									new Responsible(ResponsibleParty.CLIENT, null, null), LocalDate.now().plusDays(14),
									null, List.of(), List.of()))
					.plan();
			}
			return this.plans.revise(c.id(), plan.summary().version(),
					new PlanDetails("A home of our own and steady work.", null, LocalDate.now().plusMonths(1), null));
		}));
	}

	/**
	 * The program's plans need the approval of the case owner's supervisor from now on.
	 */
	public void requireApproval(ProgramView program) {
		this.users.runAs("padmin", () -> this.plans.changeSettings(program.id(),
				this.plans.settings(program.id()).version(), new CarePlanSettingsChange(true, null)));
	}

	public CaseTestData cases() {
		return this.assessments.cases();
	}

	/** A signature drawn on the screen: a PNG image in base64. */
	public static String signature() {
		BufferedImage image = new BufferedImage(320, 120, BufferedImage.TYPE_BYTE_GRAY);
		for (int x = 0; x < 320; x++) {
			for (int y = 0; y < 120; y++) {
				image.setRGB(x, y, Math.abs(y - 60 - (x % 40) / 2) < 2 ? 0 : 0xffffff);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Base64.getEncoder().encodeToString(out.toByteArray());
	}

	private static Map<String, Object> answers() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("basic-needs-housing", "serious-concern");
		answers.put("basic-needs-rating", "vulnerable");
		answers.put("safety-domestic-violence", "no-concern");
		answers.put("safety-rating", "safe");
		answers.put("health-wellness-rating", "stable");
		answers.put("social-support-rating", "stable");
		answers.put("employment-education-rating", "vulnerable");
		answers.put("legal-rating", "thriving");
		answers.put("strengths-personal", List.of("personal.resilience"));
		answers.put("what-matters-most", "Keeping my kids in the same school.");
		return answers;
	}

}
