package org.casework.cases.web;

import java.util.Comparator;
import java.util.List;

import org.casework.cases.CaseManagement;
import org.casework.cases.CaseSummary;
import org.casework.cases.CaseTestData;
import org.casework.cases.TransferCase;
import org.casework.identity.UserContext;
import org.casework.identity.UserSummary;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workers and their supervisor at the cases' screens: the caseload with the most urgent
 * case on top, the case page with its client header and cadences, a crisis banner, the
 * supervisor's transfer with its history and the new owner's handoff note, the team view,
 * and a transfer made on a stale copy.
 */
class CasePageTests extends BrowserSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseManagement cases;

	@Autowired
	UserContext users;

	CaseTestData data;

	ProgramView program;

	@BeforeEach
	void setUp() {
		this.data = new CaseTestData(this.context);
		this.program = this.data.program("Housing First");
	}

	@Test
	void aWorkerFindsAnUrgentCaseAtTheTopOfTheCaseloadAndOpensIt() {
		CaseSummary routine = this.data.open("worker1", this.data.client("worker1", "Walter", "Brennan"),
				this.program.id(), Priority.ROUTINE);
		this.data.quietFor(routine.id(), 21);
		CaseSummary urgent = this.data.open("worker1", this.data.client("worker1", "Amara", "Okonkwo"),
				this.program.id(), Priority.URGENT);

		login("worker1");
		WebElement home = this.driver
			.findElement(By.xpath("//section[.//h2[normalize-space(.)='Your caseload, most urgent first']]"));
		List<String> priorities = home.findElements(By.cssSelector("ol.case-list > li .badge"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(priorities).isNotEmpty()
			.isSortedAccordingTo(Comparator.comparing(p -> List.of("Emergency", "Urgent", "Routine").indexOf(p)));
		screenshot("home-worker-caseload");

		followNav("Caseload");
		assertThat(heading()).isEqualTo("Your caseload");
		choose("Program", this.program.name());
		press("Show");
		List<WebElement> entries = this.driver.findElements(By.cssSelector("ol.case-list > li"));
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).getText()).contains("Amara Okonkwo").contains("Urgent").contains(urgent.number());
		assertThat(entries.get(1).getText()).contains("Walter Brennan").contains("21 days without activity");
		screenshot("cases-caseload");

		follow("Amara Okonkwo");
		assertThat(heading()).isEqualTo("Amara Okonkwo");
		assertThat(pageText()).contains(urgent.number())
			.contains("Assessment")
			.contains("Contact at least every 7 days")
			.contains("Goal review: monthly")
			.contains("Dana Whitfield · Primary worker")
			.contains("Needs an interpreter")
			.doesNotContain("Crisis");
		assertThat(this.driver.findElement(By.linkText("The intake that opened this case")).getAttribute("href"))
			.contains("/intakes/" + urgent.intakeId());
		assertThat(present(By.xpath("//h2[normalize-space(.)='Transfer the case']"))).isFalse();
		screenshot("cases-case");

		CaseSummary emergency = this.data.open("worker1", this.data.client("worker1", "Selin", "Arslan"),
				this.program.id(), Priority.EMERGENCY);
		open("/cases/" + emergency.id());
		assertThat(this.driver.findElement(By.cssSelector(".crisis-banner[role=alert]")).getText())
			.contains("Crisis: emergency priority");
		screenshot("cases-case-crisis");

		open("/cases/team");
		assertThat(heading()).isEqualTo("Not allowed");
	}

	@Test
	void aSupervisorTransfersACaseAndTheNewOwnerFindsTheHandoffNote() {
		this.data.northWorker("worker3", "Kim Andersen");
		CaseSummary c = this.data.open("worker1", this.data.client("worker1", "Oksana", "Melnyk"), this.program.id(),
				Priority.URGENT);

		login("supervisor1");
		open("/cases/" + c.id());
		assertThat(heading()).isEqualTo("Oksana Melnyk");
		press("Transfer the case");
		assertThat(errorOf(field("Reason for the transfer"))).isEqualTo("must say why the case is transferred");
		assertThat(errorOf(field("New owner"))).isEqualTo("must name the worker who takes the case over");
		choose("New owner", "Kim Andersen (North team)");
		fill("Reason for the transfer", "Dana starts parental leave");
		fill("Handoff note for the new owner", "Eviction hearing on Friday.\nOksana prefers texts in Ukrainian.");
		screenshot("cases-transfer");
		press("Transfer the case");
		assertThat(flash()).isEqualTo("Case " + c.number() + " is transferred to Kim Andersen.");
		WebElement history = this.driver.findElement(By.xpath("//section[.//h2[normalize-space(.)='History']]"));
		assertThat(history.getText()).contains("Transferred from Dana Whitfield to Kim Andersen by Grace Okafor")
			.contains("Dana starts parental leave")
			.contains("Eviction hearing on Friday.");
		assertThat(this.driver.findElement(By.xpath("//section[.//h2[normalize-space(.)='Care team']]")).getText())
			.contains("Kim Andersen · Primary worker")
			.doesNotContain("Dana Whitfield");
		screenshot("cases-case-history");

		this.data.northWorker("worker4", "Sam Busy");
		for (int i = 0; i < 26; i++) {
			this.data.open("worker4", this.data.client("worker4", "Client", "Load" + (char) ('a' + i)),
					this.program.id(), i == 0 ? Priority.EMERGENCY : Priority.ROUTINE);
		}
		followNav("Caseload");
		follow("Team caseloads");
		assertThat(heading()).isEqualTo("Team caseloads");
		WebElement busiest = this.driver.findElement(By.cssSelector("ul.row > li"));
		assertThat(busiest.getText()).contains("Sam Busy").contains("Over the safe caseload");
		WebElement kimsLoad = this.driver.findElement(By.xpath("//li[.//h2[normalize-space(.)='Kim Andersen']]"));
		assertThat(kimsLoad.getText()).contains("Open cases").doesNotContain("Over the safe caseload");
		assertThat(pageText()).contains("Dana Whitfield").doesNotContain("Luis Ortega");
		screenshot("cases-team");
		logout();

		login("worker3");
		WebElement handoffs = this.driver
			.findElement(By.xpath("//section[.//h2[normalize-space(.)='Transferred to you']]"));
		assertThat(handoffs.getText()).contains("Oksana Melnyk")
			.contains("From Dana Whitfield, transferred by Grace Okafor")
			.contains("Eviction hearing on Friday.");
		screenshot("home-handoff");
		handoffs.findElement(By.linkText("Oksana Melnyk")).click();
		this.wait.until(d -> d.getCurrentUrl().endsWith("/cases/" + c.id()));
		assertThat(heading()).isEqualTo("Oksana Melnyk");
		logout();

		login("worker1");
		open("/cases/" + c.id());
		assertThat(heading()).isEqualTo("Not found");
		logout();

		login("worker4");
		followNav("Caseload");
		assertThat(this.driver.findElement(By.id("caseload-count")).getText()).isEqualTo("26 open cases");
		assertThat(this.driver.findElements(By.cssSelector("ol.case-list > li"))).hasSize(25);
		assertThat(this.driver.findElements(By.cssSelector("ol.case-list > li")).get(0).getText())
			.contains("Emergency");
		follow("Next");
		assertThat(this.driver.findElements(By.cssSelector("ol.case-list > li"))).hasSize(1);
		assertThat(pageText()).contains("Page 2");
	}

	@Test
	void theOwnerRaisesThePriorityAndBringsAColleagueOntoTheCareTeam() {
		CaseSummary c = this.data.open("worker1", this.data.client("worker1", "Nadia", "Rahman"), this.program.id(),
				Priority.ROUTINE);
		login("worker1");
		open("/cases/" + c.id());
		expand("Change the priority or intensity");
		choose("Priority", "Emergency");
		press("Change the priority");
		assertThat(errorOf(field("What changed"))).isEqualTo("must say what changed in the client's situation");
		assertThat(field("Priority").getAttribute("value")).isEqualTo("EMERGENCY");
		fill("What changed", "Landlord changed the locks last night");
		choose("Intensity level", "Low");
		screenshot("cases-priority");
		press("Change the priority");
		assertThat(flash()).isEqualTo("The priority is changed; the reason is in the case history.");
		WebElement details = this.driver.findElement(By.xpath("//section[.//h2[normalize-space(.)='Enrollment']]"));
		assertThat(details.getText()).contains("Emergency").contains("Low");
		assertThat(this.driver.findElement(By.cssSelector(".crisis-banner")).getText())
			.contains("Crisis: emergency priority");

		expand("Add someone to the care team");
		choose("Person", "Luis Ortega (South team)");
		choose("Role on the case", "Supervisor");
		press("Add to the care team");
		assertThat(errorOf(field("Person"))).isEqualTo("must be an active supervisor of the agency");
		choose("Role on the case", "Secondary worker");
		press("Add to the care team");
		assertThat(flash()).isEqualTo("Luis Ortega is on the care team now and sees the client.");
		WebElement team = this.driver.findElement(By.xpath("//section[.//h2[normalize-space(.)='Care team']]"));
		assertThat(team.getText()).contains("Luis Ortega · Secondary worker");
		screenshot("cases-care-team");

		expand("Take Luis Ortega off the care team");
		press("Take off the care team");
		assertThat(this.driver.findElement(By.cssSelector(".care-team [role=alert]")).getText())
			.contains("must say why they leave the care team");
		fill("Why they leave the care team", "Interpreting no longer needed");
		press("Take off the care team");
		assertThat(flash()).isEqualTo("Luis Ortega is off the care team.");
		WebElement history = this.driver.findElement(By.xpath("//section[.//h2[normalize-space(.)='History']]"));
		assertThat(history.getText()).contains("Priority changed from Routine to Emergency by Dana Whitfield")
			.contains("Landlord changed the locks last night")
			.contains("Luis Ortega joined the care team as Secondary worker, added by Dana Whitfield")
			.contains("Luis Ortega left the care team, taken off by Dana Whitfield")
			.contains("Interpreting no longer needed");
		screenshot("cases-case-team-history");
		logout();

		login("worker2");
		open("/cases/" + c.id());
		assertThat(heading()).isEqualTo("Not found");
	}

	@Test
	void aTransferOnAStaleCopyShowsTheConflictAndChangesNothing() {
		UserSummary kim = this.data.northWorker("worker3", "Kim Andersen");
		CaseSummary c = this.data.open("worker1", this.data.client("worker1", "Farid", "Haddad"), this.program.id(),
				Priority.ROUTINE);
		login("supervisor1");
		open("/cases/" + c.id());
		choose("New owner", "Kim Andersen (North team)");
		fill("Reason for the transfer", "Balancing the team");
		fill("Handoff note for the new owner", "Nothing urgent.");
		this.users.runAs("supervisor1", () -> {
			CaseSummary moved = this.cases.transfer(c.id(), c.version(),
					new TransferCase(kim.id(), "Covering a sick day", "Call on Monday."));
			return this.cases.transfer(c.id(), moved.version(),
					new TransferCase(this.data.user("worker1").id(), "Back from sick leave", "All yours again."));
		});
		press("Transfer the case");
		assertThat(this.driver.findElement(By.cssSelector("[role=alert][data-autofocus]")).getText())
			.contains("Changed by someone else")
			.contains("nothing was changed");
		screenshot("cases-transfer-conflict");
		follow("Reload the case");
		assertThat(this.driver.findElement(By.xpath("//section[.//h2[normalize-space(.)='Care team']]")).getText())
			.contains("Dana Whitfield");
		assertThat(this.driver.findElements(By.xpath("//ol[contains(@class,'case-history')]/li"))).hasSize(3);
	}

}
