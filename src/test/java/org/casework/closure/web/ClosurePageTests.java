package org.casework.closure.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casework.assessments.AssessmentView;
import org.casework.assessments.CaseAssessments;
import org.casework.assessments.StartAssessment;
import org.casework.careplans.CarePlanTestData;
import org.casework.cases.CaseSummary;
import org.casework.closure.ClosureReason;
import org.casework.closure.ClosureView;
import org.casework.closure.Closures;
import org.casework.closure.ProgressReview;
import org.casework.closure.RelapsePlan;
import org.casework.closure.ResourceChoice;
import org.casework.closure.StartClosure;
import org.casework.consents.InformationCategory;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramView;
import org.casework.referrals.ReferralTestData;
import org.casework.referrals.ReferralTestData.Services;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closure screens beyond the lifecycle scenario: the supervisor of the team returns a
 * closure with comments and approves it once submitted again, and the closed case is
 * read-only until the worker reopens it with a reason; a client who disengaged is closed
 * after the outreach attempts with a warm handoff under consent; a domain still in crisis
 * needs the supervisor's justification. Preparing a closure on a phone (every blocker at
 * once, the five procedures, the summary drafted, edited and signed, submitting) is part
 * of the browser lifecycle scenario ({@code LifecyclePageTests}).
 */
class ClosurePageTests extends BrowserSupport {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	ApplicationContext context;

	@Autowired
	Closures closures;

	@Autowired
	UserContext users;

	@Autowired
	CaseAssessments assessments;

	CarePlanTestData data;

	Services services;

	ProgramView program;

	@BeforeEach
	void aProgramAndTheDirectory() {
		this.data = new CarePlanTestData(this.context);
		this.program = this.data.program("Closure Screens");
		this.services = new ReferralTestData(this.context).services();
	}

	@Test
	void theSupervisorReturnsTheClosureThenApprovesItAndTheWorkerReopensTheClosedCase() {
		CaseSummary c = this.data.assessedCase("worker1", this.program, "Tomas", "Albrecht");
		submitted(c);

		login("supervisor1");
		open("/review");
		assertThat(this.driver.findElement(By.id("closures-awaiting")).getText()).contains(c.number());
		screenshot("closure-review-queue");
		follow("Decide on the closure of " + c.number());
		assertThat(heading()).isEqualTo("Closing the case of Tomas Albrecht");
		press("Return for changes");
		assertThat(errorOf(field("Comments"))).isEqualTo("must say what the worker is to change");
		fill("Comments", "Add the clinic to the resources.");
		screenshot("closure-decision");
		press("Return for changes");
		assertThat(flash()).isEqualTo("The closure is returned to the worker with your comments.");
		assertThat(this.driver.findElement(By.cssSelector(".closure-status")).getText())
			.isEqualTo("Returned with comments");
		logout();

		login("worker1");
		open("/cases/" + c.id() + "/closure");
		assertThat(this.driver.findElement(By.id("returned")).getText()).contains("Add the clinic to the resources.");
		expand("Add a resource from the directory");
		fill("Find a service in the directory", "Decatur Test Clinic");
		press("Search the directory");
		press("Add Decatur Test Clinic");
		assertThat(flash()).isEqualTo("The resource is added.");
		press("Submit the closure");
		assertThat(flash()).isEqualTo("The closure is submitted: it awaits the supervisor's decision.");
		logout();

		login("supervisor1");
		open("/cases/" + c.id() + "/closure");
		fill("Comments", "Good closure.");
		press("Approve the closure");
		assertThat(flash()).isEqualTo("The closure is approved: the case is closed.");
		assertThat(this.driver.findElement(By.id("closure")).getText()).contains("Closed on " + TODAY);
		open("/cases/" + c.id() + "/closure");
		assertThat(this.driver.findElement(By.id("history")).getText()).contains("Returned")
			.contains("Add the clinic to the resources.")
			.contains("Closed")
			.contains("Closing date: " + TODAY);
		logout();

		login("worker1");
		open("/cases/" + c.id());
		assertThat(pageText()).contains("Closed");
		assertThat(this.driver.findElement(By.id("notes")).getText()).doesNotContain("Write a note");
		assertThat(this.driver.findElement(By.id("closure")).getText())
			.contains("May be reopened until " + TODAY.plusDays(90));
		screenshot("closure-closed-case");
		follow("The closure summary");
		assertThat(present(By.xpath("//button[normalize-space(.)='Draft the summary']"))).isFalse();
		fill("Addendum", "His brother's number changed to 555-201-0004.");
		press("Add the addendum");
		assertThat(flash()).isEqualTo("The addendum is added.");
		assertThat(this.driver.findElement(By.id("addenda")).getText())
			.contains("His brother's number changed to 555-201-0004.");
		open("/cases/" + c.id());
		follow("Reopen");
		assertThat(this.driver.findElement(By.id("closed")).getText()).contains("The case is closed");
		press("Reopen the case");
		assertThat(errorOf(field("Why the case is reopened"))).isEqualTo("must say why the case is reopened");
		fill("Why the case is reopened", "He lost the new job and asked for help with the rent again.");
		screenshot("closure-reopen");
		press("Reopen the case");
		assertThat(flash()).isEqualTo("The case is open again.");
		assertThat(this.driver.findElement(By.id("closure")).getText()).contains("Reopened on " + TODAY)
			.contains("Prepare closure");
	}

	@Test
	void aClientWhoDisengagedIsClosedAfterTheOutreachAttemptsWithAWarmHandoffUnderConsent() {
		CaseSummary c = this.data.assessedCase("worker1", this.program, "Nadia", "Kovac");

		login("worker1");
		open("/cases/" + c.id() + "/closure");
		expand("Log an outreach attempt");
		fillDate("Attempted on", TODAY);
		fill("What came of it", "No answer");
		press("Log the attempt");
		assertThat(errorOf(field("How"))).contains("is required");
		for (String outcome : List.of("No answer; voicemail full", "Letter sent, no reply", "Nobody home")) {
			if (!present(By.cssSelector("#outreach details[open]"))) {
				expand("Log an outreach attempt");
			}
			fillDate("Attempted on", TODAY);
			choose("How", "Phone call");
			fill("What came of it", outcome);
			press("Log the attempt");
			assertThat(flash()).isEqualTo("The outreach attempt is logged.");
		}
		assertThat(this.driver.findElements(By.cssSelector(".outreach-attempts li"))).hasSize(3);

		choose("Reason for closure", "Service refusal");
		fillDate("Closure date", TODAY);
		press("Start the closure");
		assertThat(flash()).isEqualTo("The closure is started: the case is in the closure stage.");
		assertThat(this.driver.findElements(By.xpath("//*[@id='checklist']//span[normalize-space(.)='Waived']")))
			.hasSize(4);
		assertThat(this.driver.findElement(By.id("checklist")).getText())
			.contains("Not needed: the client disengaged, and the outreach attempts stand for it")
			.doesNotContain("Not recorded yet");
		assertThat(present(By.id("relapse"))).isFalse();
		screenshot("closure-service-refusal");

		follow("Open the summary");
		press("Draft the summary");
		press("Sign the summary");
		fill("Find a service in the directory", "Decatur Test Clinic");
		press("Search the directory");
		new Select(field("Service that takes the client on")).selectByValue(this.services.clinic().id().toString());
		press("Send the handoff referral");
		assertThat(this.driver.findElement(By.id("error-summary")).getText()).contains("no active consent");

		new ReferralTestData(this.context).consent("worker1", c.clientId(), this.services.clinic(),
				InformationCategory.GENERAL);
		new Select(field("Service that takes the client on")).selectByValue(this.services.clinic().id().toString());
		press("Send the handoff referral");
		assertThat(flash()).isEqualTo("The handoff referral is sent.");
		assertThat(this.driver.findElement(By.id("handoff")).getText())
			.contains("The summary went to the next provider as a referral.");
		screenshot("closure-handoff");

		follow("Back to the closure");
		assertThat(this.driver.findElement(By.id("blockers")).getText()).contains("Nothing blocks the closure.");
		press("Submit the closure");
		assertThat(flash()).isEqualTo("The closure is submitted: it awaits the supervisor's decision.");
	}

	@Test
	void aSupervisorApprovesAClosureWhileADomainIsInCrisisOnlyWithAJustification() {
		CaseSummary c = this.data.openCase("worker1", this.program, "Rhea", "Moss");
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("basic-needs-housing", "serious-concern");
		answers.put("basic-needs-rating", "in-crisis");
		answers.put("basic-needs-crisis", "Evicted yesterday; staying in her car.");
		answers.put("safety-domestic-violence", "no-concern");
		answers.put("safety-rating", "safe");
		answers.put("health-wellness-rating", "stable");
		answers.put("social-support-rating", "stable");
		answers.put("employment-education-rating", "vulnerable");
		answers.put("legal-rating", "thriving");
		answers.put("strengths-personal", List.of("personal.resilience"));
		answers.put("what-matters-most", "A roof.");
		TransactionTemplate transaction = new TransactionTemplate(
				this.context.getBean(PlatformTransactionManager.class));
		this.users.runAs("worker1", () -> transaction.execute(s -> {
			AssessmentView a = this.assessments.start(c.id(), new StartAssessment(null));
			AssessmentView answered = this.assessments.answer(c.id(), a.summary().id(), a.summary().version(), answers);
			return this.assessments.complete(c.id(), a.summary().id(), answered.summary().version());
		}));
		submitted(c);

		login("supervisor1");
		open("/cases/" + c.id() + "/closure");
		assertThat(this.driver.findElement(By.id("blockers")).getText()).contains("For the supervisor to justify");
		press("Approve the closure");
		assertThat(errorOf(field("Justification"))).startsWith("must say why the case closes although");
		fill("Justification", "She moved in with her sister, who is housed; the shelter knows her.");
		press("Approve the closure");
		assertThat(flash()).isEqualTo("The closure is approved: the case is closed.");
		open("/cases/" + c.id() + "/closure");
		assertThat(this.driver.findElement(By.id("closed")).getText()).contains("Decided by Grace Okafor on " + TODAY);
	}

	/**
	 * A closure with every procedure done and the summary signed, submitted by worker1.
	 */
	private void submitted(CaseSummary c) {
		this.users.runAs("worker1", () -> {
			ClosureView v = this.closures.start(c.id(),
					new StartClosure(ClosureReason.GOALS_ACHIEVED, null, TODAY, 90, TODAY.minusDays(20), "In person"));
			v = this.closures.reviewProgress(c.id(), v.version(), new ProgressReview(TODAY.minusDays(2), null));
			v = this.closures.relapsePlan(c.id(), v.version(),
					new RelapsePlan(List.of("Not sleeping"), List.of("Call his brother"),
							List.of(new RelapsePlan.Contact("Paul", "brother", "555-201-0003")), List.of(),
							"Call the front desk and ask for intake."));
			v = this.closures.resources(c.id(), v.version(),
					List.of(new ResourceChoice(this.services.pantry().id(), null)));
			v = this.closures.draftSummary(c.id(), v.version());
			v = this.closures.signSummary(c.id(), v.version());
			return this.closures.submit(c.id(), v.version());
		});
	}

}
