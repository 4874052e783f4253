package org.casework.careplans.web;

import java.time.LocalDate;
import java.util.List;

import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanTestData;
import org.casework.careplans.CarePlanView;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.PlanDetails;
import org.casework.careplans.StartPlan;
import org.casework.cases.CaseSummary;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramView;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker at the care plan: a save on a plan changed meanwhile overwrites nothing, goals
 * keep the client's order, and a SMART warning accepted with a reason no longer blocks
 * agreement. Writing a plan on a phone (the SMART check flagging a vague goal as it is
 * typed, ordered steps, the client's signature drawn on the screen, progress on the
 * agreed plan) is part of the browser lifecycle scenario ({@code LifecyclePageTests}).
 */
class CarePlanPageTests extends BrowserSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	CarePlanManagement plans;

	@Autowired
	UserContext users;

	@Test
	void aSaveOnAPlanSomeoneElseChangedMeanwhileOverwritesNothing() {
		CarePlanTestData data = new CarePlanTestData(this.context);
		ProgramView program = data.program("Family Housing Two");
		CaseSummary c = data.assessedCase("worker1", program, "Ana", "Reyes");
		this.users.runAs("worker1", () -> this.plans.start(c.id(), new StartPlan("A home of our own.", null)));

		login("worker1");
		open("/cases/" + c.id() + "/plan");
		fill("The client's goals in their own words", "Something else entirely.");

		// meanwhile, in another tab, the plan is changed
		this.users.runAs("worker1", () -> {
			CarePlanView plan = this.plans.current(c.id()).orElseThrow();
			return this.plans.revise(c.id(), plan.summary().version(),
					new PlanDetails("A home of our own, near my mother.", null, LocalDate.now().plusDays(20), null));
		});

		press("Save the plan");
		assertThat(this.driver.findElement(By.cssSelector(".alert-danger")).getText())
			.contains("Changed by someone else")
			.contains("Nothing was saved.");
		screenshot("careplan-conflict");
		CarePlanView after = this.users.runAs("worker1", () -> this.plans.current(c.id()).orElseThrow());
		assertThat(after.clientGoalsInOwnWords()).isEqualTo("A home of our own, near my mother.");

		// the goal areas the assessment offered have no statement yet: agreeing is
		// refused
		open("/cases/" + c.id() + "/plan");
		field("How the client agrees", "Verbal, with a witness").click();
		fill("Witness", "Rosa Reyes (sister)");
		press("Record the agreement");
		assertThat(this.driver.findElement(By.id("error-summary")).getText()).contains("has no indicator with a target")
			.contains("has no target date");
		assertThat(pageText()).doesNotContain("Implementation");
	}

	@Test
	void movingGoalsUpAndDownKeepsTheClientsOrder() {
		CarePlanTestData data = new CarePlanTestData(this.context);
		ProgramView program = data.program("Family Housing Three");
		CaseSummary c = data.assessedCase("worker1", program, "Leila", "Haddad");
		data.draft("worker1", c,
				CarePlanTestData.goal("A home.", "Sign a lease on a two-bedroom apartment", "leases signed", 12),
				CarePlanTestData.goal("Work with day shifts.", "Start a job with day shifts", "jobs started", 16),
				CarePlanTestData.goal("My ID back.", "Obtain a state ID card", "ID cards obtained", 3));

		login("worker1");
		open("/cases/" + c.id() + "/plan");
		assertThat(goalHeadings()).containsExactly("1. Sign a lease on a two-bedroom apartment",
				"2. Start a job with day shifts", "3. Obtain a state ID card");
		assertThat(goalCards().get(0).findElements(By.xpath(".//button[normalize-space(.)='Move up']"))).isEmpty();
		assertThat(goalCards().get(2).findElements(By.xpath(".//button[normalize-space(.)='Move down']"))).isEmpty();

		// the client wants the ID first: every application needs it
		move("Obtain a state ID card", "Move up");
		assertThat(flash()).isEqualTo("The goals are in their new order.");
		move("Obtain a state ID card", "Move up");
		move("Sign a lease on a two-bedroom apartment", "Move down");
		assertThat(goalHeadings()).containsExactly("1. Obtain a state ID card", "2. Start a job with day shifts",
				"3. Sign a lease on a two-bedroom apartment");

		open("/cases/" + c.id() + "/plan");
		assertThat(goalHeadings()).containsExactly("1. Obtain a state ID card", "2. Start a job with day shifts",
				"3. Sign a lease on a two-bedroom apartment");
		assertThat(goalCards().get(0).getText()).contains("“My ID back.”")
			.contains("First step towards: Obtain a state ID card");
		screenshot("careplan-goals-reordered");
	}

	@Test
	void aWarningAcceptedWithAReasonShowsTheReasonAndNoLongerBlocksAgreement() {
		CarePlanTestData data = new CarePlanTestData(this.context);
		ProgramView program = data.program("Family Housing Four");
		CaseSummary c = data.assessedCase("worker1", program, "Rosa", "Quispe");
		GoalDraft strong = CarePlanTestData.goal("Somewhere that feels like home.", "unused", "nights in her own home",
				10);
		GoalDraft inHerWords = new GoalDraft(strong.clientWords(), "Improve housing for me and my son",
				strong.lifeDomain(), strong.indicator(), strong.relevance(), strong.achievability(),
				strong.targetDate(), null, null);
		data.draft("worker1", c, inHerWords);

		login("worker1");
		open("/cases/" + c.id() + "/plan");
		WebElement finding = this.driver.findElement(By.cssSelector(".goal-card .finding-vague-wording"));
		assertThat(finding.getText()).contains("Specific").contains("is vague");
		assertThat(this.driver.findElement(By.id("plan-check")).getText()).contains("These block agreement:")
			.contains("Specific");

		expand("Accept with a reason");
		press("Accept");
		assertThat(errorOf(field("Why it is fine as it is"))).isEqualTo("must say why the goal stands as it is");
		fill("Why it is fine as it is", "Her own words for the goal; nights in her own home measure it.");
		screenshot("careplan-warning-override");
		press("Accept");
		assertThat(flash()).isEqualTo("The warning is accepted with your reason.");
		finding = this.driver.findElement(By.cssSelector(".goal-card .finding-vague-wording"));
		assertThat(finding.getText()).contains("Specific")
			.contains("Accepted: Her own words for the goal; nights in her own home measure it.");
		assertThat(present(By.xpath("//summary[normalize-space(.)='Accept with a reason']"))).isFalse();
		assertThat(this.driver.findElement(By.id("plan-check")).getText()).contains("Nothing blocks agreement.")
			.doesNotContain("Specific");
		screenshot("careplan-warning-accepted");

		field("How the client agrees", "Verbal, with a witness").click();
		fill("Witness", "Diego Quispe (son)");
		press("Record the agreement");
		assertThat(flash()).isEqualTo("The client agreed to the plan: it is in force.");
		assertThat(this.driver.findElement(By.id("careplan")).getText()).contains("Agreed");
	}

	private List<String> goalHeadings() {
		return goalCards().stream().map(card -> card.findElement(By.tagName("h3")).getText()).toList();
	}

	/** Presses a goal's "Move up" or "Move down" and waits for the plan again. */
	private void move(String goal, String button) {
		WebElement card = goalCards().stream()
			.filter(g -> g.findElement(By.tagName("h3")).getText().endsWith(". " + goal))
			.findFirst()
			.orElseThrow();
		clickThrough(card.findElement(By.xpath(".//button[normalize-space(.)=" + "'" + button + "']")));
	}

	private List<WebElement> goalCards() {
		return this.driver.findElements(By.cssSelector(".goal-card"));
	}

}
