package org.casework.careplans.web;

import java.time.LocalDate;
import java.util.List;

import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanTestData;
import org.casework.careplans.CarePlanView;
import org.casework.careplans.PlanDetails;
import org.casework.careplans.StartPlan;
import org.casework.cases.CaseSummary;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramView;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker on a phone writes the care plan with the client: the SMART check flags a vague
 * goal as it is typed, the client signs on the screen, and the case moves on to
 * implementation; a second worker's save on a plan changed meanwhile overwrites nothing.
 */
class CarePlanPageTests extends BrowserSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	CarePlanManagement plans;

	@Autowired
	UserContext users;

	@Test
	void aWorkerWritesThePlanWithTheClientWhoSignsItOnThePhone() {
		CarePlanTestData data = new CarePlanTestData(this.context);
		ProgramView program = data.program("Family Housing");
		CaseSummary c = data.assessedCase("worker1", program, "Keisha", "Morgan");
		this.driver.manage().window().setSize(new Dimension(375, 900));

		login("worker1");
		open("/cases/" + c.id());
		assertThat(this.driver.findElement(By.id("careplan")).getText()).contains("No care plan yet.");
		press("Start the care plan");
		assertThat(heading()).isEqualTo("Care plan of Keisha Morgan");
		assertThat(flash()).isEqualTo("The care plan draft is started.");
		assertThat(goalCards()).hasSize(2);

		// the first goal the assessment offered: what the client wants, typed vaguely
		// first
		WebElement first = goalCards().get(0);
		WebElement page = this.driver.findElement(By.tagName("html"));
		first.findElement(By.linkText("Edit the goal")).click();
		this.wait.until(ExpectedConditions.stalenessOf(page));
		assertThat(heading()).isEqualTo("Edit the goal");
		fill("The goal in the client's words", "I want my kids to have their own room");
		fill("What success looks like", "improve housing");
		this.wait.until(d -> !d.findElements(By.cssSelector("#goal-findings .finding-vague-wording")).isEmpty());
		assertThat(this.driver.findElement(By.id("goal-findings")).getText()).contains("Specific");
		screenshot("careplan-goal-checked");

		fill("What success looks like", "Sign a lease on a two-bedroom apartment near the children's school");
		fill("What is counted", "leases signed");
		fill("Unit", "leases");
		fill("Now (baseline)", "0");
		fill("Target", "1");
		fill("Why it matters to the client", "The children share one room in the shelter.");
		fill("What makes it achievable", "A housing voucher and steady part-time work.");
		fillDate("Target date", LocalDate.now().plusDays(60));
		this.wait.until(d -> !d.findElements(By.cssSelector("#goal-findings .alert-success")).isEmpty());
		press("Save the goal");
		assertThat(flash()).isEqualTo("The goal is saved.");

		// the second goal area is not one the client wants to work on now
		WebElement second = goalCards().get(1);
		page = this.driver.findElement(By.tagName("html"));
		second.findElement(By.xpath(".//button[normalize-space(.)='Withdraw the goal']")).click();
		this.wait.until(ExpectedConditions.stalenessOf(page));
		assertThat(goalCards()).hasSize(1);

		follow("Add a step");
		fill("What is done", "Apply for the two-bedroom unit on Elm Street");
		choose("Who does it", "The client");
		fillDate("Due date", LocalDate.now().plusDays(14));
		fill("Barrier", "No phone for the landlord to call back");
		fill("How to get round it", "Give the office number");
		screenshot("careplan-step-form");
		press("Save the step");
		assertThat(flash()).isEqualTo("The step is added.");
		assertThat(goalCards().get(0).getText()).contains("Apply for the two-bedroom unit on Elm Street")
			.contains("Who: The client");
		follow("Add a step");
		fill("What is done", "Sign the lease");
		choose("Who does it", "The client");
		fillDate("Due date", LocalDate.now().plusDays(40));
		this.driver.findElement(By.cssSelector("input[id^='prerequisite-']")).click();
		press("Save the step");
		assertThat(goalCards().get(0).getText()).contains("After: Apply for the two-bedroom unit on Elm Street");

		fill("The client's goals in their own words", "A safe home where my kids have their own room.");
		fillDate("Review date", LocalDate.now().plusDays(30));
		press("Save the plan");
		assertThat(flash()).isEqualTo("The plan is saved.");
		assertThat(this.driver.findElement(By.id("plan-check")).getText()).contains("Nothing blocks agreement.");
		screenshot("careplan-draft");

		WebElement canvas = this.driver.findElement(By.cssSelector("canvas[data-signature-canvas]"));
		new Actions(this.driver).scrollToElement(canvas).perform();
		new Actions(this.driver).moveToElement(canvas, -50, 0)
			.clickAndHold()
			.moveByOffset(30, -15)
			.moveByOffset(30, 25)
			.moveByOffset(30, -20)
			.release()
			.perform();
		this.wait.until(d -> d.findElement(By.cssSelector("input[data-signature-value]"))
			.getDomProperty("value")
			.startsWith("data:image/png"));
		fill("What the client said about the plan", "This is what I want.");
		press("Record the agreement");
		assertThat(flash()).isEqualTo("The client agreed to the plan: it is in force.");
		assertThat(pageText()).contains("Implementation");
		WebElement panel = this.driver.findElement(By.id("careplan"));
		assertThat(panel.getText()).contains("Agreed").contains("The agreed plan (PDF)");
		screenshot("careplan-case-page");

		follow("Open the care plan");
		assertThat(pageText()).contains("Signed on " + LocalDate.now());

		// carrying the plan out: the step is done and the lease is signed
		expand("Change the step's status");
		choose(this.driver.findElement(By.cssSelector("select[id^='step-status-']")), "Done");
		page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(By.cssSelector("form[action$='/status'] button")).click();
		this.wait.until(ExpectedConditions.stalenessOf(page));
		assertThat(flash()).isEqualTo("The step's status is changed.");
		expand("Record progress");
		fill("Value measured", "1");
		fill("Note", "Lease signed on Friday.");
		press("Record the progress");
		assertThat(flash()).isEqualTo("The progress is recorded.");
		assertThat(this.driver.findElements(By.cssSelector("svg.progress-chart circle"))).hasSize(2);
		assertThat(goalCards().get(0).getText()).contains("Lease signed on Friday.").contains("Done");
		screenshot("careplan-agreed");
	}

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

	private List<WebElement> goalCards() {
		return this.driver.findElements(By.cssSelector(".goal-card"));
	}

}
