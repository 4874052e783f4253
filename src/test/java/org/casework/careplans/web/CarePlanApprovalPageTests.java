package org.casework.careplans.web;

import java.time.LocalDate;

import org.casework.careplans.AgreePlan;
import org.casework.careplans.AgreementMethod;
import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanTestData;
import org.casework.careplans.CarePlanView;
import org.casework.cases.CaseSummary;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramView;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a program whose care plans need a supervisor's approval, a plan the supervisor of
 * the worker's team returns with comments is a draft the worker changes, with the
 * comments on the plan. The approval that puts the plan in force and moves the case on to
 * implementation is part of the browser lifecycle scenario ({@code LifecyclePageTests}).
 */
class CarePlanApprovalPageTests extends BrowserSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	CarePlanManagement plans;

	@Autowired
	UserContext users;

	CarePlanTestData data;

	ProgramView program;

	@BeforeEach
	void aProgramWhosePlansNeedApproval() {
		this.data = new CarePlanTestData(this.context);
		this.program = this.data.program("Supported Housing");
		this.data.requireApproval(this.program);
	}

	@Test
	void aPlanReturnedWithCommentsIsADraftAgainWithTheCommentsForTheWorker() {
		CaseSummary c = this.data.assessedCase("worker1", this.program, "Ines", "Carvalho");
		CarePlanView drafted = this.data.draft("worker1", c, CarePlanTestData.goal("Get my own place.",
				"Sign a lease on a two-bedroom apartment", "leases signed", 12));
		this.users.runAs("worker1", () -> this.plans.agree(c.id(), drafted.summary().version(),
				new AgreePlan(AgreementMethod.VERBAL, null, "Paulo Carvalho (brother)", null)));

		login("supervisor1");
		open("/cases/" + c.id() + "/plan");
		press("Return for changes");
		assertThat(errorOf(field("Comments"))).isEqualTo("must say what is to change");
		fill("Comments", "Say who takes her to the viewings.");
		press("Return for changes");
		assertThat(flash()).isEqualTo("The plan is returned to draft with your comments.");
		assertThat(this.driver.findElement(By.cssSelector(".plan-status")).getText()).isEqualTo("Draft");
		logout();

		login("worker1");
		open("/cases/" + c.id());
		assertThat(this.driver.findElement(By.id("careplan")).getText()).contains("Draft");
		follow("Open the care plan");
		assertThat(this.driver.findElement(By.id("reviews")).getText())
			.contains("The supervisor returned the plan for changes")
			.contains("Returned by Grace Okafor on " + LocalDate.now())
			.contains("Say who takes her to the viewings.");
		assertThat(this.driver.findElement(By.cssSelector(".plan-status")).getText()).isEqualTo("Draft");
		screenshot("careplan-returned");

		// the draft is the worker's to change, and the client agrees to it again
		follow("Edit the step");
		choose("Who does it", "An outside provider");
		fill("Name", "Hope Housing viewing service");
		press("Save the step");
		assertThat(flash()).isEqualTo("The step is saved.");
		assertThat(this.driver.findElement(By.cssSelector(".goal-card")).getText())
			.contains("Who: Hope Housing viewing service");
		field("How the client agrees", "Verbal, with a witness").click();
		fill("Witness", "Paulo Carvalho (brother)");
		press("Record the agreement");
		assertThat(flash()).isEqualTo("The client agreed to the plan: it awaits the supervisor's approval.");
	}

	private String stage() {
		return this.driver.findElement(By.xpath("//dt[normalize-space(.)='Stage']/following-sibling::dd[1]/span[1]"))
			.getText();
	}

}
