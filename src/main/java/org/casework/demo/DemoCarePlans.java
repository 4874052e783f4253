package org.casework.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.casework.careplans.AgreePlan;
import org.casework.careplans.AgreementMethod;
import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanView;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.GoalView;
import org.casework.careplans.PlanDetails;
import org.casework.careplans.ProgressInput;
import org.casework.careplans.StartPlan;
import org.casework.careplans.StepDraft;

import org.springframework.stereotype.Component;

/**
 * The demo cases' care plans, written through {@link CarePlanManagement} like any other:
 * a plan the client signed, with progress, superseded after a reassessment by a version
 * agreed aloud with a witness, and a draft the SMART check still has warnings for. The
 * caller runs each step as the worker, on the day it happened.
 */
@Component
class DemoCarePlans {

	private final CarePlanManagement plans;

	DemoCarePlans(CarePlanManagement plans) {
		this.plans = plans;
	}

	/**
	 * Starts the case's plan (or its next version) with the client's words and the
	 * cultural context, without the goal areas the assessment offered: the demo writes
	 * its own goals.
	 */
	CarePlanView start(UUID caseId, String clientWords, String culturalContext) {
		CarePlanView plan = this.plans.start(caseId, new StartPlan(clientWords, culturalContext));
		for (GoalView goal : plan.goals()) {
			if (goal.addedInVersion() == plan.summary().number()) {
				plan = this.plans.withdrawGoal(caseId, goal.id(), plan.summary().version());
			}
		}
		return plan;
	}

	/** Adds a goal and its steps to the case's draft. */
	UUID goal(UUID caseId, GoalDraft goal, StepDraft... steps) {
		UUID goalId = this.plans.addGoal(caseId, current(caseId).summary().version(), goal).id();
		for (StepDraft step : steps) {
			this.plans.addStep(caseId, goalId, current(caseId).summary().version(), step);
		}
		return goalId;
	}

	/** Sets the draft's review date, keeping its other fields. */
	void review(UUID caseId, LocalDate reviewDate) {
		CarePlanView plan = current(caseId);
		this.plans.revise(caseId, plan.summary().version(), new PlanDetails(plan.clientGoalsInOwnWords(),
				plan.culturalContext(), reviewDate, plan.summary().horizon()));
	}

	/** The client signs the draft on the screen. */
	CarePlanView sign(UUID caseId, String clientWords) {
		return this.plans.agree(caseId, current(caseId).summary().version(),
				new AgreePlan(AgreementMethod.SIGNATURE, signature(), null, clientWords));
	}

	/** The client agrees to the draft aloud, with a witness. */
	CarePlanView agreeAloud(UUID caseId, String witness, String clientWords) {
		return this.plans.agree(caseId, current(caseId).summary().version(),
				new AgreePlan(AgreementMethod.VERBAL, null, witness, clientWords));
	}

	/** A measurement of the goal on the plan in force. */
	void progress(UUID caseId, UUID goalId, LocalDate on, int value, String note) {
		this.plans.recordProgress(caseId, goalId, current(caseId).inForce().version(),
				new ProgressInput(on, BigDecimal.valueOf(value), note));
	}

	private CarePlanView current(UUID caseId) {
		return this.plans.current(caseId).orElseThrow();
	}

	/** A signature as a client draws it: a few loops on a line, a PNG in base64. */
	static String signature() {
		BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, 300, 100);
			g.setColor(new Color(17, 17, 17));
			g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			int[] xs = { 20, 45, 55, 70, 90, 100, 125, 150, 160, 190, 215, 240, 270 };
			int[] ys = { 70, 25, 75, 40, 72, 30, 68, 35, 70, 45, 66, 40, 60 };
			g.drawPolyline(xs, ys, xs.length);
			g.drawLine(20, 85, 280, 85);
		}
		finally {
			g.dispose();
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

}
