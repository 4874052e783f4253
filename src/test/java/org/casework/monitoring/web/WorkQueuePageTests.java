package org.casework.monitoring.web;

import java.util.List;
import java.util.Map;

import org.casework.cases.CaseSummary;
import org.casework.identity.UserContext;
import org.casework.monitoring.MonitoringRules;
import org.casework.monitoring.MonitoringTestData;
import org.casework.monitoring.NewTask;
import org.casework.monitoring.TaskKind;
import org.casework.monitoring.WorkQueue;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker on a phone finds their work queue on the home page, most urgent first, marks
 * one task done and dismisses another with a reason; their supervisor opens the review
 * queue and sees the team's case with no contact.
 */
class WorkQueuePageTests extends BrowserSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	WorkQueue queue;

	@Autowired
	MonitoringRules rules;

	@Autowired
	UserContext users;

	@Test
	void aWorkerWorksThroughTheirQueueOnAPhoneAndTheSupervisorReviewsTheTeam() {
		MonitoringTestData data = new MonitoringTestData(this.context);
		data.cases().northWorker("pageworker", "Paula Field");
		CaseSummary quiet = data.openCase("pageworker", "Ines", "Quiet", Priority.URGENT, 30, 12);
		CaseSummary other = data.openCase("pageworker", "Omar", "Other", Priority.ROUTINE, 2, 0);
		this.users.runAs("pageworker", () -> {
			this.queue.create(new NewTask("Drop off the bus passes", MonitoringTestData.today(), null, other.id()));
			return this.queue.create(new NewTask("Ask the school about the transport",
					MonitoringTestData.today().plusDays(2), null, null));
		});
		this.rules.evaluate();

		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 375, "height", 800, "deviceScaleFactor", 1, "mobile", true));
		login("pageworker");
		WebElement queue = this.driver
			.findElement(By.xpath("//section[.//h2[normalize-space(.)='" + "Your work queue, most urgent first']]"));
		List<String> titles = queue.findElements(By.cssSelector(".task-card p.fw-semibold"))
			.stream()
			.map(WebElement::getText)
			.toList();
		// the urgent case's overdue items first, the longest overdue first
		assertThat(titles.get(0)).isEqualTo("Complete the first assessment");
		assertThat(titles.get(1)).startsWith("No contact since");
		assertThat(titles).contains("Drop off the bus passes", "Ask the school about the transport");
		assertThat(queue.getText()).contains(quiet.number()).contains("Overdue since");
		screenshot("work-queue-home");

		pressIn("Drop off the bus passes", "Done");
		assertThat(flash()).isEqualTo("Task done.");
		assertThat(pageText()).doesNotContain("Drop off the bus passes");

		card("Ask the school about the transport").findElement(By.tagName("summary")).click();
		pressIn("Ask the school about the transport", "Dismiss");
		WebElement note = noteOf("Ask the school about the transport");
		assertThat(errorOf(note)).isEqualTo("Say why you dismiss this task.");
		screenshot("work-queue-dismiss-refused");
		type(note, "The school arranged the transport itself");
		pressIn("Ask the school about the transport", "Dismiss");
		assertThat(flash()).isEqualTo("Task dismissed.");
		assertThat(pageText()).doesNotContain("Ask the school about the transport");

		follow("Overdue");
		assertThat(this.driver.findElements(By.cssSelector(".task-card"))).isNotEmpty()
			.allSatisfy(card -> assertThat(card.getText()).contains("Overdue since"));
		logout();

		login("supervisor1");
		followNav("Review queue");
		assertThat(heading()).isEqualTo("Review queue");
		WebElement noContact = this.driver
			.findElement(By.xpath("//section[.//h2[normalize-space(.)='" + "No contact beyond the cadence']]"));
		assertThat(noContact.getText()).contains(quiet.number()).contains("Paula Field");
		assertThat(this.driver.findElement(By.xpath("//table//tr[th[normalize-space(.)='Paula Field']]")).getText())
			.contains("Paula Field");
		screenshot("review-queue");
	}

	@Test
	void aWorkerAddsATaskForACaseOnAPhoneAndASupervisorGivesOneToAWorker() {
		MonitoringTestData data = new MonitoringTestData(this.context);
		data.cases().northWorker("taskwriter", "Tess Writer");
		CaseSummary repair = data.openCase("taskwriter", "Rosa", "Repair", Priority.ROUTINE, 3, 1);

		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 375, "height", 800, "deviceScaleFactor", 1, "mobile", true));
		login("taskwriter");
		open("/cases/" + repair.id());
		follow("Add a task for this case");
		assertThat(heading()).isEqualTo("Add a task");
		assertThat(new Select(field("Case")).getFirstSelectedOption().getText()).startsWith(repair.number());
		// nothing to do: refused, naming the field, and nothing is written
		press("Add the task");
		assertThat(errorOf(field("What to do"))).isEqualTo("must say what to do");
		assertThat(this.users.runAs("taskwriter", () -> this.queue.mine(null, PageRequest.of(0, 200))).items())
			.noneMatch(t -> t.kind() == TaskKind.MANUAL);
		screenshot("task-new-refused");
		fill("What to do", "Call the landlord about the repair date");
		fillDate("Due on", MonitoringTestData.today().plusDays(3));
		press("Add the task");
		assertThat(flash()).isEqualTo("Task added: Call the landlord about the repair date");
		assertThat(heading()).isEqualTo(repair.clientName());
		open("/");
		assertThat(card("Call the landlord about the repair date").getText()).contains(repair.number())
			.contains("Due " + MonitoringTestData.today().plusDays(3));
		logout();

		// a supervisor writes one for a worker of the team, without a case
		login("supervisor1");
		follow("Add a task");
		fill("What to do", "Bring the signed release to the team meeting");
		choose("For", "Tess Writer");
		choose("Case", "No case");
		press("Add the task");
		assertThat(flash()).isEqualTo("Task added: Bring the signed release to the team meeting");
		assertThat(this.users.runAs("taskwriter", () -> this.queue.mine(null, PageRequest.of(0, 200))).items())
			.anySatisfy(t -> {
				assertThat(t.title()).isEqualTo("Bring the signed release to the team meeting");
				assertThat(t.caseId()).isNull();
				assertThat(t.dueOn()).isEqualTo(MonitoringTestData.today().plusDays(1));
			});
		follow("Add a task");
		screenshot("task-new-supervisor");
	}

	/** Presses a button of the task with that title and waits for the next page. */
	private void pressIn(String title, String button) {
		clickThrough(card(title).findElement(By.xpath(".//button[normalize-space(.)='" + button + "']")));
	}

	private WebElement noteOf(String title) {
		return card(title).findElement(By.cssSelector("input[name=note]"));
	}

	private WebElement card(String title) {
		return this.driver
			.findElement(By.xpath("//div[contains(@class,'task-card')][.//p[normalize-space(.)='" + title + "']]"));
	}

}
