package org.casework.assessments.web;

import java.util.Map;

import org.casework.assessments.AssessmentTestData;
import org.casework.assessments.AssessmentView;
import org.casework.assessments.CaseAssessments;
import org.casework.assessments.StartAssessment;
import org.casework.cases.CaseSummary;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker on a phone completes the core assessment section by section, leaving a
 * question for a later contact, fills it in after completion, and after a reassessment
 * sees how the client is doing domain by domain.
 */
class CaseAssessmentPageTests extends BrowserSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	CaseAssessments assessments;

	@Autowired
	UserContext users;

	@Test
	void aWorkerCompletesTheCoreAssessmentLeavesAQuestionForLaterAndComparesAReassessment() {
		AssessmentTestData data = new AssessmentTestData(this.context);
		ProgramView program = data.assessingProgram("Housing First");
		CaseSummary c = data.openCase("worker1", program, "Esther", "Mwangi", Priority.ROUTINE);

		login("worker1");
		open("/cases/" + c.id());
		WebElement panel = this.driver.findElement(By.id("assessments"));
		assertThat(panel.getText()).contains("First assessment due by").contains("Not assessed yet.");
		press("Start the assessment");
		assertThat(heading()).isEqualTo("Holistic needs and strengths assessment");
		assertThat(flash()).startsWith("Assessment started.");

		field("Rating of basic needs", "Vulnerable").click();
		field("Food security", "Some concern").click();
		press("Save “Basic needs”");
		assertThat(flash()).isEqualTo("Saved: Basic needs.");
		assertThat(section("basic-needs").findElement(By.cssSelector(".section-progress")).getText())
			.startsWith("Complete");
		screenshot("assessment-draft");

		press("Complete the assessment");
		assertThat(this.driver.findElement(By.id("problems")).getText())
			.contains("Rating of health and wellness: is required")
			.contains("what matters most right now?: is required");

		rate("health-wellness", "Rating of health and wellness", "Stable");
		rate("social-support", "Rating of social support", "Safe");
		rate("employment-education", "Rating of employment and education", "Vulnerable");
		rate("legal", "Rating of legal issues", "Thriving");
		rate("safety", "Rating of safety concerns", "Safe");
		field("Personal strengths", "Resilience").click();
		press("Save “Strengths”");
		type(section("what-matters").findElement(By.tagName("textarea")), "Keeping my grandchildren with me.");
		press("Save “What matters most to the client”");
		assertThat(this.driver.findElement(By.id("complete")).getText())
			.contains("Every required question is answered.");
		press("Complete the assessment");
		assertThat(flash()).startsWith("Assessment completed.");
		assertThat(this.driver.findElement(By.cssSelector(".domain-ratings")).getText()).contains("Basic needs")
			.contains("Vulnerable")
			.contains("Thriving");
		screenshot("assessment-completed");

		// a question left for a later contact is answered after completion
		field("Housing stability", "Serious concern").click();
		press("Save “Basic needs”");
		assertThat(section("basic-needs").getText()).contains("Housing stability\nSerious concern");

		open("/cases/" + c.id());
		assertThat(pageText()).contains("Planning");
		assertThat(this.driver.findElement(By.id("assessments")).getText()).contains("Next reassessment due");

		this.users.runAs("worker1", () -> {
			AssessmentView again = this.assessments.start(c.id(), new StartAssessment(null));
			AssessmentView answered = this.assessments.answer(c.id(), again.summary().id(), 0,
					Map.of("basic-needs-rating", "stable", "health-wellness-rating", "stable", "social-support-rating",
							"safe", "employment-education-rating", "stable", "legal-rating", "thriving",
							"safety-rating", "vulnerable", "strengths-support", "support.family", "what-matters-most",
							"Staying in my apartment."));
			return this.assessments.complete(c.id(), again.summary().id(), answered.summary().version());
		});
		open("/cases/" + c.id());
		follow("Compare with the previous assessment");
		assertThat(heading()).isEqualTo("How Esther Mwangi is doing");
		assertThat(domain("Basic needs")).contains("Vulnerable").contains("Stable").contains("Better");
		assertThat(domain("Safety concerns")).contains("Safe").contains("Vulnerable").contains("Worse");
		assertThat(domain("Legal issues")).contains("Same");
		assertThat(this.driver.findElements(By.cssSelector("svg.sparkline circle"))).hasSizeGreaterThan(10);
		screenshot("assessment-comparison");
	}

	private WebElement section(String linkId) {
		return this.driver.findElement(By.id("section-" + linkId));
	}

	private void rate(String section, String question, String rating) {
		field(question, rating).click();
		press("Save “" + section(section).findElement(By.tagName("h2")).getText() + "”");
	}

	private String domain(String label) {
		return this.driver.findElement(By.xpath("//li[.//h2[normalize-space(.)=" + "'" + label + "'" + "]]")).getText();
	}

}
