package org.casework.notes.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casework.careplans.CarePlanTestData;
import org.casework.cases.CaseManagement;
import org.casework.cases.CaseSummary;
import org.casework.cases.ChangePriority;
import org.casework.cases.CaseTestData;
import org.casework.identity.UserContext;
import org.casework.monitoring.MonitoringRules;
import org.casework.notes.ContactMethod;
import org.casework.notes.NoteInput;
import org.casework.notes.NoteView;
import org.casework.notes.Notes;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker on a phone writes a home-visit note from its template, is told that "client
 * was manic" reads as a judgment (with the suggestion), rewrites it as the behaviour
 * observed, signs, and finds the signed note on the case page.
 */
class NotePageTests extends BrowserSupport {

	@Autowired
	ApplicationContext context;

	@Test
	void aWorkerOnAPhoneWritesAHomeVisitNoteInObservableTermsAndSignsIt() {
		CarePlanTestData data = new CarePlanTestData(this.context);
		ProgramView program = data.program("Home Visits");
		CaseSummary c = data.assessedCase("worker1", program, "Alma", "Reyes");
		data.draft("worker1", c, CarePlanTestData.goal("A warm home for the winter",
				"Get the heating in the apartment repaired", "repairs done", 6));
		// no contact since the case opened two months ago, and an emergency: the first
		// task of the queue
		new CaseTestData(this.context).openedOn(c.id(), LocalDate.now().minusDays(60));
		UserContext users = this.context.getBean(UserContext.class);
		CaseManagement cases = this.context.getBean(CaseManagement.class);
		users.runAs("worker1", () -> cases.reprioritize(c.id(), cases.find(c.id()).orElseThrow().version(),
				new ChangePriority(Priority.EMERGENCY, null, "No heating and a frost warning for the week.")));
		this.context.getBean(MonitoringRules.class).evaluateCases(List.of(c.id()));
		this.driver.manage().window().setSize(new Dimension(375, 900));

		login("worker1");
		open("/?due=overdue");
		assertThat(contactDue(c)).isTrue();
		screenshot("notes-queue-before");
		open("/cases/" + c.id());
		assertThat(this.driver.findElement(By.id("notes")).getText()).contains("No notes yet.");
		follow("Home visit");
		assertThat(heading()).isEqualTo("Home visit note");
		assertThat(field("Contact method").getDomProperty("value")).isEqualTo("HOME_VISIT");
		assertThat(field("Observations").getDomProperty("value")).startsWith("Home environment (rooms seen");
		assertThat(this.driver.findElement(By.id("note-check")).getText()).contains("who participated")
			.contains("observations (observable facts)");

		fill("Location", "The client's apartment, 3rd floor");
		fill("Who participated", "Client\nClient's daughter, Sofia (14)");
		fill("Topics discussed", "The broken heater; the landlord's answer");
		check("Get the heating in the apartment repaired");
		fill("The client's own words", "The landlord said he would come on Monday and he never came.");
		fill("Observations", "Home environment: two rooms, kitchen clean, space heater running.\n"
				+ "What the client did and how they spoke: client was manic");
		this.wait.until(d -> !d.findElements(By.cssSelector("#note-check .judgment")).isEmpty());
		String judgment = this.driver.findElement(By.cssSelector("#note-check .judgment")).getText();
		assertThat(judgment).contains("\u201cmanic\u201d in Observations")
			.contains("Describe what you saw and heard: speech rate, sleep the client reported, what they did.");
		this.wait.until(d -> d.findElement(By.id("autosave")).getText().startsWith("Saved at "));
		screenshot("notes-judgment");

		fill("Observations", "Home environment: two rooms, kitchen clean, space heater running.\n"
				+ "What the client did and how they spoke: spoke rapidly, paced between the kitchen and the door, "
				+ "said she had slept two hours.");
		fill("Services provided or coordinated", "Called the landlord with the client; gave the tenants' rights line.");
		fill("Plan for the next contact", "Phone call after the landlord's visit");
		fillDate("Date of the next contact", LocalDate.now().plusDays(5));
		this.wait.until(d -> !d.findElements(By.cssSelector("#note-check .alert-success")).isEmpty());
		this.wait.until(d -> d.findElement(By.id("autosave")).getText().startsWith("Saved at "));
		screenshot("notes-form");
		press("Sign the note");

		assertThat(flash()).isEqualTo("The note is signed.");
		assertThat(heading()).isEqualTo("Home visit note");
		assertThat(this.driver.findElement(By.cssSelector(".note-status")).getText()).isEqualTo("Signed");
		assertThat(this.driver.findElement(By.cssSelector(".client-quote")).getText())
			.isEqualTo("\u201cThe landlord said he would come on Monday and he never came.\u201d");
		assertThat(this.driver.findElement(By.cssSelector(".observations")).getText()).contains("spoke rapidly")
			.doesNotContain("manic");
		assertThat(pageText()).contains("Get the heating in the apartment repaired");
		screenshot("notes-signed");

		open("/cases/" + c.id());
		String panel = this.driver.findElement(By.id("notes")).getText();
		assertThat(panel).contains("Home visit").contains("Signed").doesNotContain("Draft");
		assertThat(this.driver.findElements(By.cssSelector("#notes .case-note"))).hasSize(1);
		screenshot("notes-case-panel");

		fill("Search the notes", "heaters");
		press("Search");
		assertThat(this.driver.findElement(By.cssSelector(".search-count")).getText())
			.isEqualTo("1 note mentions \u201cheaters\u201d");
		assertThat(this.driver.findElements(By.cssSelector(".note-hit .snippet mark")))
			.extracting(org.openqa.selenium.WebElement::getText)
			.contains("heater");
		screenshot("notes-search");

		// the contact is recorded: the queue no longer asks for it
		this.wait.until(d -> {
			open("/?due=overdue");
			return !contactDue(c);
		});
		screenshot("notes-queue-after");
	}

	/** Whether the work queue on the page holds the "Contact due" task of the case. */
	private boolean contactDue(CaseSummary c) {
		return this.driver.findElements(By.cssSelector(".task-card"))
			.stream()
			.anyMatch(card -> card.getText().contains(c.number()) && card.getText().contains("Contact due"));
	}

	@Test
	void aWorkerRecordsAStaffingWithAttendeesFromTwoAgenciesAndItsDecisions() {
		CaseTestData data = new CaseTestData(this.context);
		CaseSummary c = data.open("worker1", data.client("worker1", "Ivo", "Petrov"), data.program("Staffings").id(),
				Priority.URGENT);
		login("worker1");
		open("/cases/" + c.id());
		follow("Staffing");
		assertThat(heading()).isEqualTo("Staffing (team meeting)");
		type(this.driver.findElement(By.id("attendees0.name")), "Dana Whitfield");
		type(this.driver.findElement(By.id("attendees0.agency")), "Riverside Community Services");
		type(this.driver.findElement(By.id("attendees0.role")), "Case worker");
		type(this.driver.findElement(By.id("attendees1.name")), "Ana Ruiz");
		type(this.driver.findElement(By.id("attendees1.agency")), "Grady Behavioral Health");
		type(this.driver.findElement(By.id("attendees1.role")), "Nurse");
		type(this.driver.findElement(By.id("decisions0.decision")), "Apply for the housing voucher");
		type(this.driver.findElement(By.id("decisions0.owner")), "Dana Whitfield");
		fillDate(this.driver.findElement(By.id("decisions0.dueOn")), LocalDate.now().plusDays(10));
		press("Add a decision");
		assertThat(this.driver.findElements(By.cssSelector(".decision-row"))).hasSize(3);
		type(this.driver.findElement(By.id("decisions2.decision")), "Book the clinic follow-up");
		screenshot("notes-staffing-form");
		press("Sign the note");
		assertThat(this.driver.findElement(By.cssSelector(".missing-elements")).getText())
			.contains("at least one decision, each with its owner and due date");
		type(this.driver.findElement(By.id("decisions2.owner")), "Ana Ruiz");
		fillDate(this.driver.findElement(By.id("decisions2.dueOn")), LocalDate.now().plusDays(14));
		press("Sign the note");
		assertThat(flash()).isEqualTo("The note is signed.");
		assertThat(this.driver.findElement(By.cssSelector(".attendees")).getText())
			.contains("Ana Ruiz — Grady Behavioral Health (Nurse)")
			.contains("Dana Whitfield — Riverside Community Services (Case worker)");
		assertThat(this.driver.findElement(By.cssSelector(".decisions")).getText())
			.contains("Book the clinic follow-up")
			.contains("Owner: Ana Ruiz, due " + LocalDate.now().plusDays(14));
		screenshot("notes-staffing");
	}

	@Test
	void aSupervisorVoidsADraftThatWillNeverBeSignedGivingTheReason() {
		CaseTestData data = new CaseTestData(this.context);
		CaseSummary c = data.open("worker1", data.client("worker1", "Nell", "Varga"), data.program("Voids").id(),
				Priority.ROUTINE);
		UserContext users = this.context.getBean(UserContext.class);
		Notes notes = this.context.getBean(Notes.class);
		NoteView draft = users.runAs("worker1",
				() -> notes.create(c.id(),
						new NoteInput(null, ContactMethod.HOME_VISIT, Instant.now().minus(Duration.ofDays(3)),
								"Client's apartment", List.of("Client"), null, List.of(), List.of(),
								"Nobody answered the door.", null, null, null, List.of(), List.of(), false, null)));
		this.driver.manage().window().setSize(new Dimension(375, 900));

		login("supervisor1");
		open("/cases/" + c.id() + "/notes/" + draft.id());
		assertThat(this.driver.findElement(By.cssSelector(".note-status")).getText()).isEqualTo("Draft");
		assertThat(present(By.linkText("Continue the draft"))).isFalse();
		expand("Void this draft");
		press("Void the draft");
		assertThat(errorOf(field("Why it will never be signed")))
			.isEqualTo("must say why the draft will never be signed");
		screenshot("notes-void-refused");
		fill("Why it will never be signed", "The visit was cancelled; Dana left before writing the note again.");
		press("Void the draft");
		assertThat(flash()).startsWith("The draft is voided");
		assertThat(this.driver.findElement(By.cssSelector(".note-status")).getText()).isEqualTo("Voided");
		assertThat(this.driver.findElement(By.cssSelector(".voided")).getText()).contains("Voided by Grace Okafor")
			.contains("Reason: The visit was cancelled; Dana left before writing the note again.");
		assertThat(this.driver.findElement(By.cssSelector(".observations")).getText())
			.isEqualTo("Nobody answered the door.");
		assertThat(present(By.id("void"))).isFalse();
		screenshot("notes-voided");
		open("/cases/" + c.id());
		assertThat(this.driver.findElement(By.id("notes")).getText()).contains("Voided");
	}

}
