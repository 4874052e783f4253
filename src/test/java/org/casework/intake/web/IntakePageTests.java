package org.casework.intake.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.cases.CaseSummary;
import org.casework.cases.CaseTestData;
import org.casework.clients.ClientRegistry;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.Sex;
import org.casework.identity.UserContext;
import org.casework.intake.IntakeManagement;
import org.casework.intake.IntakeView;
import org.casework.intake.StartIntake;
import org.casework.intake.UrgencyScreen;
import org.casework.programs.EligibilityRule;
import org.casework.programs.GoalReview;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case worker in the field, on a phone: runs an intake, is stopped by the completeness
 * check, completes the screening, enrolls the client and finds the urgent case at the top
 * of the caseload.
 */
class IntakePageTests extends BrowserSupport {

	@Autowired
	ProgramManagement programs;

	@Autowired
	ClientRegistry registry;

	@Autowired
	UserContext users;

	@Autowired
	ApplicationContext context;

	@Autowired
	IntakeManagement intakes;

	@Test
	void aWorkerRunsAnIntakeOnAPhoneIsStoppedByTheCompletenessCheckAndEnrollsTheClient() {
		String programName = "Eviction Prevention " + UUID.randomUUID().toString().substring(0, 6);
		ProgramView program = this.users.runAs("padmin",
				() -> this.programs.create(new ProgramInput(programName,
						"Rent arrears help for families facing eviction", 30,
						List.of(EligibilityRule.age(null, 18, null), EligibilityRule.income(null, 200),
								EligibilityRule.yesNo(null, "Has the household received an eviction notice?", true)),
						List.of(new IntensityLevel("HIGH", "High", 7, GoalReview.MONTHLY, 6),
								new IntensityLevel("LOW", "Low", 30, GoalReview.QUARTERLY, 12)))));
		UUID client = this.users
			.runAs("worker1",
					() -> this.registry.register(new ClientDetails("Yolanda", null, "Achterberg", null,
							LocalDate.of(1988, 6, 14), BirthDatePrecision.EXACT, null, Sex.FEMALE, null, null, "es",
							false, null, null, List.of(), List.of(), List.of()), List.of(), List.of())
						.id());
		// a routine case of the same program that has waited three weeks
		CaseTestData data = new CaseTestData(this.context);
		CaseSummary waiting = data.open("worker1", data.client("worker1", "Walter", "Brennan"), program.id(),
				Priority.ROUTINE);
		data.quietFor(waiting.id(), 21);
		this.driver.manage().window().setSize(new Dimension(375, 900));
		login("worker1");
		open("/clients/" + client);
		follow("Start an intake");
		choose("Program", programName);
		fill("Why are they seeking help now? (their own words)", "The landlord gave us a notice on Friday");
		press("Start the intake");
		assertThat(flash()).startsWith("Intake started.");
		assertThat(heading()).isEqualTo("Intake: Yolanda Achterberg");
		screenshot("intake-new");

		// a decision before the urgency screen and the eligibility screening is refused
		choose("Decision", "Enroll");
		press("Record the decision");
		assertThat(pageText()).contains("The intake is not complete enough for this decision");
		assertThat(this.driver.findElement(By.cssSelector(".decision-blockers")).getText())
			.contains("Before “Enroll”, the intake still needs")
			.contains("4. Urgency screen: not asked yet: no safe place to sleep tonight")
			.contains("3. Eligibility screening: the eligibility screening has not been done")
			.doesNotContain("urgency.noSafePlaceTonight");
		screenshot("intake-refused");

		field("Is the household without food?", "No").click();
		for (String question : List.of("Is the client in danger of harming themselves?",
				"Is anyone in danger from the client?", "Is there domestic violence, or a child or elder at risk?",
				"Is there a medical emergency?", "Is there another crisis?")) {
			field(question, "No").click();
		}
		field("Does the client have no safe place to sleep tonight?", "Yes").click();
		pressIn("urgency", "Save");
		assertThat(flash()).isEqualTo("Saved.");
		assertThat(pageText()).contains("Urgent").contains("no safe place to sleep tonight");

		fill("People in the household", "4");
		fill("Household income per year (USD)", "30000");
		field("Has the household received an eviction notice?", "Yes").click();
		press("Save and check eligibility");
		assertThat(pageText()).contains("Eligible")
			.contains("Household of 4 with an annual income of $30,000 is at or below 200% of the");
		screenshot("intake-screened");

		choose("Decision", "Enroll");
		press("Record the decision");
		assertThat(flash()).isEqualTo("Enrolled: the case is open.");
		assertThat(heading()).isEqualTo("Yolanda Achterberg");
		assertThat(pageText()).contains(programName).contains("Urgent");

		// the urgent enrollment comes before the routine case that has waited longer
		followNav("Caseload");
		choose("Program", programName);
		press("Show");
		List<WebElement> entries = this.driver.findElements(By.cssSelector("ol.case-list > li"));
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).getText()).contains("Yolanda Achterberg").contains("Urgent");
		assertThat(entries.get(1).getText()).contains("Walter Brennan").contains("Routine");
		screenshot("intake-caseload");
	}

	@Test
	void anEmergencyShowsTheCrisisBannerUntilAWorkerRecordsHowItWasResolved() {
		ProgramView program = this.users.runAs("padmin",
				() -> this.programs
					.create(new ProgramInput("Crisis Response " + UUID.randomUUID().toString().substring(0, 6), null,
							null, List.of(), List.of())));
		UUID client = this.users.runAs("worker1", () -> this.registry.register(
				new ClientDetails("Ingrid", null, "Solberg", null, LocalDate.of(1979, 2, 11), BirthDatePrecision.EXACT,
						null, Sex.FEMALE, null, null, "en", false, null, null, List.of(), List.of(), List.of()),
				List.of(), List.of())
			.id());
		this.users.runAs("worker1", () -> {
			IntakeView intake = this.intakes.start(new StartIntake(client, program.id(), "He threatened me again"));
			return this.intakes.saveUrgency(intake.id(), intake.version(),
					new UrgencyScreen(false, false, true, false, false, false, false, null));
		});
		login("supervisor1");
		WebElement alerts = this.driver
			.findElement(By.xpath("//section[.//h2[normalize-space(.)='Clients of your team in crisis']]"));
		assertThat(alerts.getText()).contains("Ingrid Solberg").contains("Dana Whitfield");
		screenshot("home-supervisor-crisis");
		logout();
		login("worker1");
		open("/clients/" + client);
		assertThat(this.driver.findElement(By.cssSelector(".crisis-banner[role=alert]")).getText())
			.contains("In crisis")
			.contains("domestic violence, child or elder safety concern");
		screenshot("clients-profile-crisis");
		press("The crisis is resolved");
		assertThat(errorOf(field("How was the crisis resolved?"))).isEqualTo("must say how the crisis was resolved");
		fill("How was the crisis resolved?", "Safety plan made; she is staying with her sister");
		press("The crisis is resolved");
		assertThat(flash()).isEqualTo("The crisis is recorded as resolved.");
		assertThat(present(By.cssSelector(".crisis-banner"))).isFalse();
	}

	@Test
	void aWorkerStartsAnIntakeForSomeoneTheDuplicateCheckFoundOutsideTheirCaseload() {
		ProgramView program = this.users.runAs("padmin",
				() -> this.programs
					.create(new ProgramInput("Food Security " + UUID.randomUUID().toString().substring(0, 6), null,
							null, List.of(), List.of())));
		UUID client = this.users
			.runAs("worker1",
					() -> this.registry.register(new ClientDetails("Henrietta", null, "Vasquez-Lind", null,
							LocalDate.of(1961, 8, 30), BirthDatePrecision.EXACT, null, Sex.FEMALE, null, null, "en",
							false, null, null, List.of(), List.of(), List.of()), List.of(), List.of())
						.id());
		login("worker2");
		open("/clients/new");
		fill("First name", "Henrietta");
		fill("Last name", "Vasquez-Lind");
		fillDate("Date of birth", LocalDate.of(1961, 8, 30));
		press("Register");
		follow("Start an intake Henrietta Vasquez-Lind");
		assertThat(heading()).isEqualTo("Intake for Henrietta Vasquez-Lind");
		assertThat(pageText()).contains("is not in your caseload").contains("born 1961-08-30");
		screenshot("intake-start-out-of-scope");
		choose("Program", program.name());
		press("Start the intake");
		assertThat(heading()).isEqualTo("Intake: Henrietta Vasquez-Lind");
		open("/clients/" + client);
		assertThat(heading()).isEqualTo("Henrietta Vasquez-Lind");
	}

	/** Presses the button of one section's form. */
	private void pressIn(String sectionId, String text) {
		this.driver.findElement(By.cssSelector("#" + sectionId + " button[type=submit]")).click();
		this.wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")
			.equals("complete"));
	}

}
