package org.casework;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.casework.assessments.AssessmentTestData;
import org.casework.assessments.InstrumentCatalog;
import org.casework.assessments.InstrumentChoice;
import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanSettingsChange;
import org.casework.clients.ClientRegistry;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.Sex;
import org.casework.closure.ClosureSettings;
import org.casework.identity.UserContext;
import org.casework.programs.EligibilityRule;
import org.casework.programs.GoalReview;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.referrals.ReferralTestData;
import org.casework.referrals.ReferralTestData.Services;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of {@link LifecycleScenarioTests} through the screens, on a phone: a worker
 * registers a client past the duplicate check, screens and enrolls her, assesses her,
 * writes a plan with her that the supervisor approves, refers her under her consent to a
 * pantry that answers through its link, documents a home visit, works the queue, reviews
 * the goal, reassesses, and prepares the closure with a warm handoff that the supervisor
 * approves; the case page shows the computed stage at every step, and the auditor finds
 * the client's trail. Every screen passed is saved under {@code target/screenshots/} as
 * {@code lifecycle-*}: with the full check (both widths and the accessibility analysis)
 * where no other browser test checks that screen, at 375 px otherwise. What the journey
 * needs around it (the program with its rules, instruments and plan approval, the
 * directory's services, another team's client for the duplicate check) is arranged
 * through the modules' services, as the other browser tests arrange theirs; every step of
 * the client's journey goes through the screens.
 */
class LifecyclePageTests extends BrowserSupport {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	static final LocalDate DATE_OF_BIRTH = LocalDate.of(1986, 2, 14);

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgramManagement programs;

	@Autowired
	InstrumentCatalog instruments;

	@Autowired
	CarePlanManagement plans;

	@Autowired
	ClientRegistry registry;

	@Autowired
	UserContext users;

	@Test
	void aWorkerOnAPhoneWalksAClientFromRegistrationToClosureAndTheAuditorFindsTheTrail() {
		String family = "Lindqvist" + letters(5);
		String client = "Kate " + family;
		ProgramView program = housingProgram();
		Services services = new ReferralTestData(this.context).services();
		// another team's Katherine, same family name and birthday: the duplicate check
		// shows her by identity only
		this.users.runAs("worker2", () -> this.registry.register(
				new ClientDetails("Katherine", null, family, null, DATE_OF_BIRTH, BirthDatePrecision.EXACT, null,
						Sex.FEMALE, null, null, "en", false, "k@example.org", null, List.of(), List.of(), List.of()),
				List.of(), List.of()));
		this.driver.manage().window().setSize(new Dimension(375, 900));

		// 1. registration: the duplicate check warns of Katherine; the worker confirms
		// with the client that she is someone else and registers her anyway
		login("worker1");
		followNav("Clients");
		follow("Register a client");
		fill("First name", "Kate");
		fill("Last name", family);
		fillDate("Date of birth", DATE_OF_BIRTH);
		field("Email").click();
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("duplicates"), "Likely the same person"));
		press("Register");
		WebElement duplicates = this.driver.findElement(By.id("duplicates"));
		assertThat(duplicates.getText()).contains("Katherine " + family)
			.contains("Kate is a nickname of Katherine")
			.doesNotContain("k@example.org");
		assertThat(duplicates.findElements(By.partialLinkText("Open record"))).isEmpty();
		capture("lifecycle-01-duplicates");
		press("This is a different person — register anyway");
		assertThat(flash()).isEqualTo(client + " is registered.");
		assertThat(heading()).isEqualTo(client);
		String clientId = this.driver.getCurrentUrl().replaceAll(".*/clients/", "").replaceAll("[?#].*", "");
		capture("lifecycle-02-client");

		// 2. intake: a decision before the screening is refused; screened eligible and
		// not urgent, she is enrolled and the case opens in assessment
		follow("Start an intake");
		choose("Program", program.name());
		fill("Why are they seeking help now? (their own words)",
				"The landlord is selling; we must leave by next month");
		capture("lifecycle-03-intake-start");
		press("Start the intake");
		assertThat(heading()).isEqualTo("Intake: " + client);
		choose("Decision", "Enroll");
		press("Record the decision");
		assertThat(this.driver.findElement(By.cssSelector(".decision-blockers")).getText())
			.contains("4. Urgency screen: not asked yet")
			.contains("3. Eligibility screening: the eligibility screening has not been done");
		capture("lifecycle-04-intake-refused");
		for (String question : List.of("Is the client in danger of harming themselves?",
				"Is anyone in danger from the client?", "Is there domestic violence, or a child or elder at risk?",
				"Is there a medical emergency?", "Does the client have no safe place to sleep tonight?",
				"Is the household without food?", "Is there another crisis?")) {
			field(question, "No").click();
		}
		pressIn("urgency", "Save");
		assertThat(flash()).isEqualTo("Saved.");
		fill("People in the household", "3");
		fill("Household income per year (USD)", "24000");
		field("Is the household at risk of losing its housing within 30 days?", "Yes").click();
		press("Save and check eligibility");
		assertThat(this.driver.findElement(By.id("eligibility")).getText()).contains("Eligible");
		capture("lifecycle-05-intake");
		choose("Decision", "Enroll");
		press("Record the decision");
		assertThat(flash()).isEqualTo("Enrolled: the case is open.");
		assertThat(heading()).isEqualTo(client);
		String caseId = this.driver.getCurrentUrl().replaceAll(".*/cases/", "").replaceAll("[?#].*", "");
		String caseNumber = this.driver.findElement(By.cssSelector("h1 + p .font-monospace")).getText();
		assertThat(caseNumber).matches("C-\\d{4}-\\d{6}");
		assertThat(stage()).isEqualTo("Assessment");
		assertThat(this.driver.findElement(By.id("assessments")).getText()).contains("First assessment due by")
			.contains("Not assessed yet.");
		capture("lifecycle-06-case-assessment");

		// 3. the holistic assessment, section by section: completing it early names what
		// is missing; complete, it moves the case to planning and, with basic needs
		// vulnerable, raises the priority; a question left for later is answered after
		press("Start the assessment");
		assertThat(heading()).isEqualTo("Holistic needs and strengths assessment");
		assertThat(flash()).startsWith("Assessment started.");
		field("Rating of basic needs", "Vulnerable").click();
		field("Food security", "Some concern").click();
		press("Save “Basic needs”");
		assertThat(flash()).isEqualTo("Saved: Basic needs.");
		assertThat(section("basic-needs").findElement(By.cssSelector(".section-progress")).getText())
			.startsWith("Complete");
		capture("lifecycle-07-assessment-draft");
		press("Complete the assessment");
		assertThat(this.driver.findElement(By.id("problems")).getText())
			.contains("Rating of health and wellness: is required")
			.contains("what matters most right now?: is required");
		rate("safety", "Rating of safety concerns", "Safe");
		rate("health-wellness", "Rating of health and wellness", "Stable");
		rate("social-support", "Rating of social support", "Stable");
		rate("employment-education", "Rating of employment and education", "Vulnerable");
		rate("legal", "Rating of legal issues", "Thriving");
		field("Personal strengths", "Resilience").click();
		press("Save “Strengths”");
		type(section("what-matters").findElement(By.tagName("textarea")), "Keeping my kids in the same school.");
		press("Save “What matters most to the client”");
		assertThat(this.driver.findElement(By.id("complete")).getText())
			.contains("Every required question is answered.");
		press("Complete the assessment");
		assertThat(flash()).startsWith("Assessment completed.");
		assertThat(this.driver.findElement(By.cssSelector(".domain-ratings")).getText()).contains("Basic needs")
			.contains("Vulnerable")
			.contains("Thriving");
		screenshot("lifecycle-08-assessment-completed");
		field("Housing stability", "Serious concern").click();
		press("Save “Basic needs”");
		assertThat(section("basic-needs").getText()).contains("Housing stability\nSerious concern");
		openCase(caseId);
		assertThat(stage()).isEqualTo("Planning");
		assertThat(this.driver.findElement(By.cssSelector("h1 + p")).getText()).contains("Urgent");
		assertThat(this.driver.findElement(By.id("assessments")).getText()).contains("Next reassessment due");
		capture("lifecycle-09-case-planning");

		// 4. the care plan, from the assessment's goal areas: the housing goal typed
		// vaguely first and made SMART, work set aside for later, two ordered steps; the
		// client signs on the phone, and the program needs the supervisor's approval
		assertThat(this.driver.findElement(By.id("careplan")).getText()).contains("No care plan yet.");
		press("Start the care plan");
		assertThat(heading()).isEqualTo("Care plan of " + client);
		assertThat(flash()).isEqualTo("The care plan draft is started.");
		assertThat(goalCards()).hasSize(2);
		clickThrough(goalCards().get(0).findElement(By.linkText("Edit the goal")));
		assertThat(heading()).isEqualTo("Edit the goal");
		fill("The goal in the client's words", "I want my kids to have their own room again.");
		fill("What success looks like", "improve housing");
		this.wait.until(d -> !d.findElements(By.cssSelector("#goal-findings .finding-vague-wording")).isEmpty());
		assertThat(this.driver.findElement(By.id("goal-findings")).getText()).contains("Specific");
		screenshot("lifecycle-10-goal-checked");
		fill("What success looks like", "Sign a lease for a two-bedroom apartment in the school's district");
		fill("What is counted", "leases signed");
		fill("Unit", "lease");
		fill("Now (baseline)", "0");
		fill("Target", "1");
		fill("Why it matters to the client", "Her children can stay at the school they know.");
		fill("What makes it achievable", "Steady income from her cleaning job; her sister will co-sign.");
		fillDate("Target date", TODAY.plusMonths(4));
		this.wait.until(d -> !d.findElements(By.cssSelector("#goal-findings .alert-success")).isEmpty());
		press("Save the goal");
		assertThat(flash()).isEqualTo("The goal is saved.");
		clickThrough(goalCards().get(1).findElement(By.xpath(".//button[normalize-space(.)='Withdraw the goal']")));
		assertThat(goalCards()).hasSize(1);
		follow("Add a step");
		fill("What is done", "Bring two pay slips to the housing office");
		choose("Who does it", "The client");
		fillDate("Due date", TODAY.plusDays(10));
		fill("Barrier", "Works until six; the office closes at five");
		fill("How to get round it", "Her sister drops the pay slips off");
		screenshot("lifecycle-11-step-form");
		press("Save the step");
		assertThat(flash()).isEqualTo("The step is added.");
		assertThat(goalCards().get(0).getText()).contains("Bring two pay slips to the housing office")
			.contains("Who: The client");
		follow("Add a step");
		fill("What is done", "Sign the lease");
		choose("Who does it", "The client");
		fillDate("Due date", TODAY.plusMonths(3));
		this.driver.findElement(By.cssSelector("input[id^='prerequisite-']")).click();
		press("Save the step");
		assertThat(goalCards().get(0).getText()).contains("After: Bring two pay slips to the housing office");
		fill("The client's goals in their own words", "A place of our own near the kids' school.");
		fillDate("Review date", TODAY.plusMonths(1));
		press("Save the plan");
		assertThat(flash()).isEqualTo("The plan is saved.");
		assertThat(this.driver.findElement(By.id("plan-check")).getText()).contains("Nothing blocks agreement.");
		capture("lifecycle-12-plan-draft");
		sign();
		fill("What the client said about the plan", "This is what we talked about. I can do the pay slips this week.");
		press("Record the agreement");
		assertThat(flash()).isEqualTo("The client agreed to the plan: it awaits the supervisor's approval.");
		assertThat(stage()).isEqualTo("Planning");
		assertThat(this.driver.findElement(By.id("careplan")).getText()).contains("Awaiting approval")
			.doesNotContain("The agreed plan (PDF)");
		capture("lifecycle-13-case-plan-awaiting");
		follow("Open the care plan");
		assertThat(this.driver.findElement(By.cssSelector(".plan-status")).getText()).isEqualTo("Awaiting approval");
		assertThat(this.driver.findElement(By.id("awaiting-approval")).getText())
			.contains("The client agreed on " + TODAY)
			.contains("the supervisor of the team approves it");
		assertThat(this.driver.findElement(By.id("check-heading")).getText()).isEqualTo("The plan check");
		assertThat(present(By.xpath("//button[normalize-space(.)='Approve the plan']"))).isFalse();
		assertThat(present(By.xpath("//button[normalize-space(.)='Record the agreement']"))).isFalse();
		assertThat(present(By.linkText("Edit the goal"))).isFalse();
		screenshot("lifecycle-14-plan-awaiting");
		logout();

		// the supervisor finds the plan in the review queue and approves it: the case
		// moves to implementation
		login("supervisor1");
		followNav("Review queue");
		WebElement plansAwaiting = this.driver
			.findElement(By.xpath("//section[.//h2[normalize-space(.)='Care plans awaiting your approval']]"));
		assertThat(plansAwaiting.getText()).contains(caseNumber).contains("Approve or return care plan version 1");
		capture("lifecycle-15-review-plan");
		clickThrough(plansAwaiting.findElement(By.linkText(caseNumber)));
		follow("Open the care plan");
		assertThat(heading()).isEqualTo("Care plan of " + client);
		fill("Comments", "A clear first goal.");
		screenshot("lifecycle-16-plan-approval");
		press("Approve the plan");
		assertThat(flash()).isEqualTo("The plan is approved and in force.");
		assertThat(stage()).isEqualTo("Implementation");
		assertThat(this.driver.findElement(By.id("careplan")).getText()).contains("Agreed")
			.contains("The agreed plan (PDF)");
		capture("lifecycle-17-case-implementation");
		follow("Open the care plan");
		assertThat(this.driver.findElement(By.cssSelector(".plan-status")).getText()).isEqualTo("Agreed");
		assertThat(this.driver.findElement(By.id("reviews")).getText()).contains("Approved by Grace Okafor")
			.contains("A clear first goal.");
		assertThat(present(By.xpath("//button[normalize-space(.)='Approve the plan']"))).isFalse();
		followNav("Review queue");
		assertThat(this.driver
			.findElement(By.xpath("//section[.//h2[normalize-space(.)='Care plans awaiting your approval']]"))
			.getText()).doesNotContain(caseNumber);
		logout();

		// 5. a referral under consent: the pantry found open now near her; no consent
		// covers it yet, so the worker records the client's release for the pantry's
		// organization first; health goes, substance use is withheld; the pantry accepts
		// and completes it through its link
		login("worker1");
		openCase(caseId);
		follow("Make a referral");
		assertThat(heading()).isEqualTo("Refer " + client + " to a service");
		follow("Search the directory");
		choose("Category", "Food pantry");
		check("Open now");
		fill("ZIP code", "30030");
		fill("Within (miles)", "5");
		press("Search");
		WebElement card = this.driver
			.findElement(By.xpath("//article[.//a[normalize-space(.)='" + services.pantry().name() + "']]"));
		assertThat(card.getText()).contains("Open now");
		capture("lifecycle-18-directory");
		clickThrough(card.findElement(By.xpath(".//a[normalize-space(.)='Refer to this service']")));
		String referralForm = this.driver.getCurrentUrl();
		assertThat(this.driver.findElement(By.cssSelector(".consent-box")).getText()).contains("General: no consent");
		capture("lifecycle-19-referral-no-consent");
		follow("Record a release of information");
		assertThat(new Select(field("Recipient")).getFirstSelectedOption().getText())
			.startsWith(services.pantry().organizationName());
		field("Kinds of information", "General").click();
		field("Kinds of information", "Health").click();
		fill("Purpose", "Food assistance from the pantry");
		fillDate("Expiry date", TODAY.plusYears(1));
		check("The client was shown the right to revoke and acknowledged it");
		sign();
		capture("lifecycle-20-consent");
		press("Record the consent");
		assertThat(flash()).isEqualTo("The consent is recorded.");
		capture("lifecycle-21-consents");
		open(referralForm.replaceAll("^https?://[^/]+", ""));
		assertThat(this.driver.findElement(By.cssSelector(".consent-box")).getText())
			.contains("General: covered by a consent")
			.contains("Health: covered by a consent")
			.contains("Mental health: no consent");
		fill("Why the client needs the service", "No food in the house until the first pay check.");
		type(this.driver.findElement(By.id("items0.text")), "Type 2 diabetes: needs low-sugar food.");
		new Select(this.driver.findElement(By.id("items0.category"))).selectByVisibleText("Health");
		type(this.driver.findElement(By.id("items1.text")), "In recovery, attends meetings twice a week.");
		new Select(this.driver.findElement(By.id("items1.category")))
			.selectByVisibleText("Substance use (42 CFR Part 2)");
		screenshot("lifecycle-22-referral-form");
		press("Send the referral");
		assertThat(flash()).isEqualTo("The referral to " + services.pantry().organizationName() + " is sent.");
		assertThat(this.driver.findElement(By.cssSelector(".referral-status")).getText()).isEqualTo("Requested");
		assertThat(this.driver.findElement(By.cssSelector(".shared-items")).getText()).contains("Shared")
			.contains("Withheld");
		press("Create a link for the provider");
		String link = this.driver.findElement(By.id("issued-link-url")).getDomProperty("value");
		assertThat(link).contains("/r/cwr_");
		String referral = this.driver.getCurrentUrl().replaceAll("#.*", "");
		screenshot("lifecycle-23-referral");
		logout();

		this.driver.get(link);
		assertThat(heading()).isEqualTo("A referral to " + services.pantry().name());
		assertThat(pageText()).contains(client)
			.contains("No food in the house")
			.contains("Type 2 diabetes")
			.doesNotContain("In recovery");
		screenshot("lifecycle-24-provider");
		press("Accept the referral");
		assertThat(flash()).isEqualTo("Thank you: the agency sees your answer.");
		assertThat(this.driver.findElement(By.cssSelector(".referral-status")).getText()).isEqualTo("Accepted");
		field("Did the client receive the service?", "Yes").click();
		field("Did the client attend?", "Yes").click();
		fill("What came of it", "Two weeks of groceries; enrolled for the monthly box.");
		press("Complete the referral");
		assertThat(this.driver.findElement(By.cssSelector(".referral-status")).getText()).isEqualTo("Completed");

		login("worker1");
		this.driver.get(referral);
		assertThat(this.driver.findElement(By.cssSelector(".referral-status")).getText()).isEqualTo("Completed");
		assertThat(this.driver.findElement(By.cssSelector(".referral-history")).getText())
			.contains("Accepted by " + services.pantry().organizationName());
		assertThat(pageText()).contains("Two weeks of groceries; enrolled for the monthly box.");
		capture("lifecycle-25-referral-completed");
		openCase(caseId);
		assertThat(this.driver.findElement(By.id("referrals")).getText()).contains(services.pantry().name())
			.contains("Completed");
		assertThat(stage()).isEqualTo("Implementation");

		// 6. the home visit written up and signed; a task of the queue added, shown and
		// done; the first review of the goal with the client moves the case to
		// monitoring
		follow("Home visit");
		fill("Location", "Client's apartment, 4B");
		fill("Who participated", "Client");
		fill("Topics discussed", "Food; the flat hunt");
		fill("The client's own words", "The pantry people were kind.");
		fill("Observations", "Fridge held milk and bread only; the pantry box arrives on Friday.");
		fill("Services provided or coordinated", "Went through the pantry's opening hours.");
		fill("Plan for the next contact", "Phone call after the viewing");
		fillDate("Date of the next contact", TODAY.plusDays(7));
		this.wait.until(d -> !d.findElements(By.cssSelector("#note-check .alert-success")).isEmpty());
		this.wait.until(d -> d.findElement(By.id("autosave")).getText().startsWith("Saved at "));
		capture("lifecycle-26-note");
		press("Sign the note");
		assertThat(flash()).isEqualTo("The note is signed.");
		assertThat(this.driver.findElement(By.cssSelector(".note-status")).getText()).isEqualTo("Signed");
		capture("lifecycle-27-note-signed");
		String visit = this.driver.getCurrentUrl().replaceAll("[?#].*", "");

		openCase(caseId);
		follow("Add a task for this case");
		fill("What to do", "Call the housing office about the application");
		fillDate("Due on", TODAY.plusDays(1));
		capture("lifecycle-28-task-new");
		press("Add the task");
		assertThat(flash()).isEqualTo("Task added: Call the housing office about the application");
		open("/");
		assertThat(taskCard("Call the housing office about the application").getText()).contains(caseNumber);
		capture("lifecycle-29-queue");
		clickThrough(taskCard("Call the housing office about the application")
			.findElement(By.xpath(".//button[normalize-space(.)='Done']")));
		assertThat(flash()).isEqualTo("Task done.");
		assertThat(this.driver.findElements(By.cssSelector(".task-card")))
			.noneMatch(t -> t.getText().contains(caseNumber));

		openCase(caseId);
		follow("Open the care plan");
		assertThat(pageText()).contains("Signed on " + TODAY);
		expand("Change the step's status");
		choose(this.driver.findElement(By.cssSelector("select[id^='step-status-']")), "Done");
		clickThrough(this.driver.findElement(By.cssSelector("form[action*='/steps/'][action$='/status'] button")));
		assertThat(flash()).isEqualTo("The step's status is changed.");
		expand("Record progress");
		fill("Note", "Viewed two flats; the application for one is in.");
		press("Record the progress");
		assertThat(flash()).isEqualTo("The progress is recorded.");
		assertThat(goalCards().get(0).getText()).contains("Viewed two flats").contains("Dana Whitfield");
		openCase(caseId);
		assertThat(stage()).isEqualTo("Monitoring");
		capture("lifecycle-30-case-monitoring");

		// 7. the lease is signed: the goal achieved, the change recorded, and the
		// reassessment shows what improved; the case stays in monitoring
		follow("Open the care plan");
		expand("Record progress");
		fill("Value measured", "1");
		fill("Note", "Lease signed on Friday.");
		press("Record the progress");
		assertThat(this.driver.findElements(By.cssSelector("svg.progress-chart circle"))).hasSizeGreaterThan(1);
		expand("Change the goal's status");
		choose(this.driver.findElement(By.cssSelector("select[id^='status-']")), "Achieved");
		clickThrough(this.driver
			.findElement(By.xpath("//form[contains(@action,'/goals/') and not(contains(@action,'/steps/'))"
					+ " and substring(@action, string-length(@action) - 6) = '/status']//button")));
		assertThat(goalCards().get(0).getText()).contains("Achieved")
			.contains("Lease signed on Friday.")
			.contains("Done");
		screenshot("lifecycle-31-plan-progress");
		openCase(caseId);
		expand("Record a significant change");
		new Select(this.driver.findElement(By.id("change"))).selectByVisibleText("A goal achieved");
		type(this.driver.findElement(By.id("change-note")), "Signed the lease for the flat near the school.");
		press("Record the change");
		assertThat(flash()).isEqualTo("Change recorded: a reassessment is due now.");
		press("Start a reassessment");
		rate("basic-needs", "Rating of basic needs", "Stable");
		rate("safety", "Rating of safety concerns", "Safe");
		rate("health-wellness", "Rating of health and wellness", "Stable");
		rate("social-support", "Rating of social support", "Vulnerable");
		rate("employment-education", "Rating of employment and education", "Vulnerable");
		rate("legal", "Rating of legal issues", "Thriving");
		if (!field("Personal strengths", "Resilience").isSelected()) {
			field("Personal strengths", "Resilience").click();
		}
		press("Save “Strengths”");
		type(section("what-matters").findElement(By.tagName("textarea")), "Settling the kids into the new flat.");
		press("Save “What matters most to the client”");
		press("Complete the assessment");
		assertThat(flash()).startsWith("Assessment completed.");
		openCase(caseId);
		assertThat(stage()).isEqualTo("Monitoring");
		follow("Compare with the previous assessment");
		assertThat(heading()).isEqualTo("How " + client + " is doing");
		assertThat(domain("Basic needs")).contains("Vulnerable").contains("Stable").contains("Better");
		assertThat(domain("Social support")).contains("Stable").contains("Vulnerable").contains("Worse");
		assertThat(domain("Employment and education")).contains("Same");
		assertThat(this.driver.findElements(By.cssSelector("svg.sparkline circle"))).hasSizeGreaterThan(10);
		screenshot("lifecycle-32-comparison");

		// 8. closure for goals achieved: starting it without a reason is refused; the
		// blockers show at once, in the worker's language; each procedure is worked
		// through and folds away once done
		openCase(caseId);
		assertThat(this.driver.findElement(By.id("closure")).getText()).contains("No closure is under way.");
		follow("Prepare closure");
		assertThat(heading()).isEqualTo("Closing the case of " + client);
		capture("lifecycle-33-closure-prepare");
		assertThat(this.driver.findElement(By.id("evidence")).getText()).contains("What the record says")
			.contains("Goals achieved")
			.contains("1 of 1 goal achieved, none still open")
			.contains("1 referral completed");
		fillDate("Closure date", TODAY);
		press("Start the closure");
		assertThat(errorOf(field("Reason for closure"))).contains("is required");
		choose("Reason for closure", "Goals achieved");
		fillDate("Closure date", TODAY);
		choose("Check-in after closing", "30");
		press("Start the closure");
		assertThat(flash()).isEqualTo("The closure is started: the case is in the closure stage.");
		assertThat(this.driver.findElement(By.id("blockers")).getText()).contains(
				"Record when the client was told of the closure (at least 14 days before the closure date)",
				"Record the notice", "Record the review", "Write the plan", "Choose resources", "Open the summary");
		assertThat(this.driver.findElement(By.id("checklist")).getText()).contains("Advance notice")
			.contains("Closure summary")
			.contains("Not recorded yet: tell the client at least 14 days before the closure date")
			.contains("No resource chosen from the directory yet");
		capture("lifecycle-34-closure-started");
		open("/cases/" + caseId + "/closure?lang=es");
		assertThat(this.driver.findElement(By.id("blockers")).getText())
			.contains("Registre cuándo se avisó al cliente del cierre (al menos 14 días antes de la fecha de cierre)")
			.contains("Redacte, revise y firme el resumen de cierre");
		assertThat(this.driver.findElement(By.id("checklist")).getText())
			.contains("Aún no se eligió ningún recurso del directorio");
		screenshot("lifecycle-35-closure-spanish");
		open("/cases/" + caseId + "?lang=en");
		assertThat(stage()).isEqualTo("Closure");
		capture("lifecycle-36-case-closure");
		follow("Open the closure");

		fillDate("Told on", TODAY.plusDays(3));
		fill("How the client was told", "In person");
		press("Record the notice");
		assertThat(errorOf(field("Told on"))).contains("must not");
		fillDate("Told on", TODAY.minusDays(ClosureSettings.DEFAULT_NOTICE_DAYS));
		fill("How the client was told", "In person");
		fill("What the client said", "She is ready; she knows where to find us.");
		press("Record the notice");
		assertThat(flash()).isEqualTo("The advance notice is recorded.");
		assertThat(this.driver.findElement(By.id("notice")).getText())
			.contains("Told on " + TODAY.minusDays(ClosureSettings.DEFAULT_NOTICE_DAYS)
					+ " (In person), 14 days before the closure date");
		assertThat(field("Told on").isDisplayed()).isFalse();
		fillDate("Reviewed on", TODAY);
		fill("What you and the client said", "We looked at the goals together; she is proud of the new lease.");
		press("Record the review");
		assertThat(flash()).isEqualTo("The progress review is recorded.");
		fill("Warning signs", "Falling behind on rent");
		fill("Coping strategies", "Call the rent assistance line early");
		fill("People to call", "Ana, sister, 555-201-0001");
		fill("Emergency contacts", "Crisis line, 988");
		fill("How to seek help again", "Call the front desk at 555-000-1000 and ask for intake.");
		press("Save the plan");
		assertThat(flash()).isEqualTo("The relapse-prevention and crisis plan is saved.");
		fill("Find a service in the directory", services.pantry().name());
		press("Search the directory");
		press("Add " + services.pantry().name());
		assertThat(flash()).isEqualTo("The resource is added.");
		expand("Add a note to " + services.pantry().name());
		fill("What the client goes there for", "The monthly box goes on.");
		press("Save the note");
		assertThat(flash()).isEqualTo("The note on the resource is saved.");
		assertThat(this.driver.findElement(By.id("resources")).getText()).contains(services.pantry().name())
			.contains("The monthly box goes on.");
		assertThat(this.driver.findElement(By.id("checklist")).getText()).contains("1 warning sign, 1 person to call")
			.contains("1 resource chosen from the directory");
		assertThat(this.driver.findElement(By.id("blockers")).getText()).doesNotContain("Record the notice")
			.doesNotContain("Write the plan")
			.contains("Open the summary");
		assertThat(this.driver.findElements(By.cssSelector(
				"#notice details[open], #progress details[open]," + " #relapse details[open], #resource-picker[open]")))
			.isEmpty();
		screenshot("lifecycle-37-closure-checklist");

		// the summary drafted from the record, edited and signed; the warm handoff to
		// the clinic goes under the client's consent, recorded first, with what the
		// clinic needs to know under its category
		follow("Open the summary");
		assertThat(heading()).isEqualTo("Closure summary of " + client);
		press("Draft the summary");
		assertThat(flash()).isEqualTo("The summary is drafted from the record.");
		assertThat(field("Overview").getDomProperty("value")).contains(client).contains(caseNumber);
		assertThat(field("Goals achieved").getDomProperty("value"))
			.contains("Sign a lease for a two-bedroom apartment in the school's district: Achieved");
		fill("Recommendations", "Keep the monthly pantry box; see the clinic about the diabetes.");
		press("Save the summary");
		assertThat(flash()).isEqualTo("The summary is saved.");
		screenshot("lifecycle-38-summary-draft");
		press("Sign the summary");
		assertThat(flash()).isEqualTo("The summary is signed: it never changes again.");
		assertThat(this.driver.findElement(By.id("signed-by")).getText()).startsWith("Signed by Dana Whitfield");
		assertThat(this.driver.findElement(By.id("summary-text")).getText())
			.contains("Keep the monthly pantry box; see the clinic about the diabetes.");
		assertThat(present(By.xpath("//button[normalize-space(.)='Save the summary']"))).isFalse();
		String summary = this.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*", "");

		followConsents(clientId);
		follow("Record a consent");
		choose("Recipient", services.clinic().organizationName() + " (Organization)");
		field("Kinds of information", "General").click();
		field("Kinds of information", "Health").click();
		fill("Purpose", "Handing over to the clinic at closure");
		fillDate("Expiry date", TODAY.plusYears(1));
		check("The client was shown the right to revoke and acknowledged it");
		field("How the client agrees", "Verbal, with a witness").click();
		fill("Witness", "Ana Lindqvist (sister)");
		press("Record the consent");
		assertThat(flash()).isEqualTo("The consent is recorded.");

		open(summary + "?find=" + services.clinic().name().replace(' ', '+'));
		new Select(field("Service that takes the client on")).selectByValue(services.clinic().id().toString());
		type(this.driver.findElement(By.id("items0.text")), "Type 2 diabetes: her next check-up is due in March.");
		new Select(this.driver.findElement(By.id("items0.category"))).selectByVisibleText("Health");
		screenshot("lifecycle-39-handoff");
		press("Send the handoff referral");
		assertThat(flash()).isEqualTo("The handoff referral is sent.");
		assertThat(this.driver.findElement(By.id("handoff")).getText())
			.contains("The summary went to the next provider as a referral.");
		capture("lifecycle-40-summary-signed");
		follow("Open the handoff referral");
		assertThat(this.driver.findElement(By.cssSelector(".shared-items")).getText())
			.contains("Type 2 diabetes: her next check-up is due in March.")
			.doesNotContain("Withheld");
		capture("lifecycle-41-handoff-referral");

		open(summary);
		follow("Back to the closure");
		assertThat(this.driver.findElement(By.id("blockers")).getText()).contains("Nothing blocks the closure.");
		press("Submit the closure");
		assertThat(flash()).isEqualTo("The closure is submitted: it awaits the supervisor's decision.");
		assertThat(this.driver.findElement(By.cssSelector(".closure-status")).getText()).isEqualTo("Awaiting approval");
		assertThat(present(By.xpath("//button[normalize-space(.)='Submit the closure']"))).isFalse();
		capture("lifecycle-42-closure-submitted");
		openCase(caseId);
		assertThat(stage()).isEqualTo("Closure");
		logout();

		// the supervisor approves from the review queue: the case is closed
		login("supervisor1");
		followNav("Review queue");
		WebElement closuresAwaiting = this.driver.findElement(By.id("closures-awaiting"));
		assertThat(closuresAwaiting.getText()).contains(caseNumber);
		WebElement closureTask = closuresAwaiting.findElement(
				By.xpath(".//div[contains(@class,'task-card')][.//a[normalize-space(.)='" + caseNumber + "']]"));
		capture("lifecycle-43-review-closure");
		clickThrough(closureTask.findElement(By.linkText("Decide on the closure of " + caseNumber)));
		fill("Comments", "Well done.");
		capture("lifecycle-44-closure-decision");
		press("Approve the closure");
		assertThat(flash()).isEqualTo("The closure is approved: the case is closed.");
		assertThat(stage()).isEqualTo("Closed");
		assertThat(this.driver.findElement(By.id("closure")).getText()).contains("Closed on " + TODAY);
		capture("lifecycle-45-case-closed");
		logout();

		// the worker finds the case read-only: no new notes, addenda to signed ones
		login("worker1");
		openCase(caseId);
		assertThat(stage()).isEqualTo("Closed");
		assertThat(this.driver.findElement(By.id("notes")).getText()).doesNotContain("Write a note");
		open(visit.replaceAll("^https?://[^/]+", ""));
		fill("Correction or addition", "The pantry box is delivered on Fridays, not Thursdays.");
		fill("Why you add it", "Correction");
		press("Sign the addendum");
		assertThat(this.driver.findElement(By.id("addenda")).getText())
			.contains("The pantry box is delivered on Fridays, not Thursdays.");
		capture("lifecycle-46-note-addendum");
		logout();

		// 9. the auditor finds the client's trail: what was created and by whom, and the
		// supervisor's decisions
		login("auditor");
		followNav("Audit");
		fill("Record id", clientId);
		choose("Action", "Created");
		press("Apply filters");
		List<String> created = this.driver.findElements(By.cssSelector("table tbody tr"))
			.stream()
			.map(row -> row.findElement(By.xpath("td[3]")).getText() + " "
					+ row.findElement(By.xpath("td[5]/span")).getText())
			.toList();
		assertThat(created).contains("worker1 Client", "worker1 Intake", "worker1 Case", "worker1 Assessment",
				"worker1 CarePlan", "worker1 Consent", "worker1 Referral", "worker1 Contact note",
				"worker1 Case closure");
		capture("lifecycle-47-audit-created");
		fill("Username", "supervisor1");
		choose("Action", "Changed");
		press("Apply filters");
		assertThat(this.driver.findElements(By.cssSelector("table tbody tr td:nth-child(5) span")))
			.extracting(WebElement::getText)
			.contains("CarePlan", "Case closure");
		capture("lifecycle-48-audit-supervisor");
	}

	/**
	 * A housing program for adults at risk of losing their home within twice the poverty
	 * line, assessing with the holistic assessment, whose plans the supervisor approves.
	 */
	private ProgramView housingProgram() {
		ProgramView program = this.users.runAs("padmin",
				() -> this.programs.create(new ProgramInput("Housing Stability " + letters(6),
						"Families about to lose their home", null,
						List.of(EligibilityRule.age(null, 18, null), EligibilityRule.income(null, 200),
								EligibilityRule.yesNo(null,
										"Is the household at risk of losing its housing within 30 days?", true)),
						List.of(new IntensityLevel("HIGH", "High", 7, GoalReview.MONTHLY, 6),
								new IntensityLevel("LOW", "Low", 30, GoalReview.QUARTERLY, 12)))));
		this.users.runAs("padmin", () -> {
			this.instruments.choose(program.id(), 0, List.of(new InstrumentChoice(AssessmentTestData.HOLISTIC, true),
					new InstrumentChoice(AssessmentTestData.AHC, false)));
			return this.plans.changeSettings(program.id(), this.plans.settings(program.id()).version(),
					new CarePlanSettingsChange(true, null));
		});
		return program;
	}

	private void openCase(String caseId) {
		open("/cases/" + caseId);
	}

	private void followConsents(String clientId) {
		open("/clients/" + clientId + "/consents");
	}

	/** The computed stage as the case page shows it. */
	private String stage() {
		return this.driver.findElement(By.xpath("//dt[normalize-space(.)='Stage']/following-sibling::dd[1]/span[1]"))
			.getText();
	}

	/** Presses the submit button of one section's form and waits for the next page. */
	private void pressIn(String sectionId, String text) {
		clickThrough(this.driver
			.findElement(By.xpath("//*[@id='" + sectionId + "']//button[normalize-space(.)='" + text + "']")));
	}

	private WebElement section(String linkId) {
		return this.driver.findElement(By.id("section-" + linkId));
	}

	/** Answers a domain's rating and saves its section. */
	private void rate(String section, String question, String rating) {
		field(question, rating).click();
		press("Save “" + section(section).findElement(By.tagName("h2")).getText() + "”");
	}

	private String domain(String label) {
		return this.driver.findElement(By.xpath("//li[.//h2[normalize-space(.)='" + label + "']]")).getText();
	}

	private List<WebElement> goalCards() {
		return this.driver.findElements(By.cssSelector(".goal-card"));
	}

	private WebElement taskCard(String title) {
		return this.driver
			.findElement(By.xpath("//div[contains(@class,'task-card')][.//p[normalize-space(.)='" + title + "']]"));
	}

	/** Lower-case letters, so that names made of them are new to the shared database. */
	private static String letters(int n) {
		Random random = new Random();
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < n; i++) {
			s.append((char) ('a' + random.nextInt(26)));
		}
		return s.toString();
	}

}
