package org.casework.programs.web;

import java.util.List;

import org.casework.identity.UserContext;
import org.casework.programs.EligibilityRule;
import org.casework.programs.GoalReview;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program admin at the program screens: defining a program with its rules, being
 * refused an impossible age range, revising and retiring it, and entering next year's
 * poverty guideline; a case worker reading a program without the means to change it.
 */
class ProgramPageTests extends BrowserSupport {

	@Autowired
	ProgramManagement programs;

	@Autowired
	UserContext users;

	@Test
	void aProgramAdminDefinesAProgramIsRefusedAnImpossibleAgeRangeRevisesItAndRetiresIt() {
		login("padmin");
		followNav("Programs");
		assertThat(heading()).isEqualTo("Programs");
		follow("New program");
		assertThat(heading()).isEqualTo("New program");
		assertThat(field("Level 1", "Code").getDomProperty("value")).isEqualTo("HIGH");
		assertThat(field("Level 3", "Contact every (days)").getDomProperty("value")).isEqualTo("30");

		fill("Name", "Youth Housing Bridge");
		fill("Description", "Transitional housing support for young adults leaving foster care.");
		fill("Capacity", "25");
		press("Add an age rule");
		type(field("Rule 1", "Minimum age"), "24");
		type(field("Rule 1", "Maximum age"), "18");
		press("Add an income rule");
		assertThat(field("Rule 1", "Minimum age").getDomProperty("value")).isEqualTo("24");
		type(field("Rule 2", "Income at or below (% of the poverty guideline)"), "200");
		screenshot("programs-form");
		press("Create the program");

		assertThat(this.driver.findElement(By.id("error-summary")).getText())
			.contains("Maximum age: must not be below the minimum age");
		assertThat(errorOf(field("Rule 1", "Maximum age"))).isEqualTo("must not be below the minimum age");
		screenshot("programs-form-errors");
		type(field("Rule 1", "Minimum age"), "18");
		type(field("Rule 1", "Maximum age"), "24");
		press("Create the program");

		assertThat(flash()).isEqualTo("Program Youth Housing Bridge is created.");
		assertThat(heading()).isEqualTo("Youth Housing Bridge");
		assertThat(section("Who is eligible")).contains("Age 18 to 24")
			.contains("Household income at or below 200% of the poverty guideline");
		assertThat(section("Intensity levels")).contains("At least every 7 days")
			.contains("Quarterly")
			.contains("Every 12 months");
		assertThat(pageText()).contains("Up to 25 active enrollments");
		screenshot("programs-program");

		follow("Edit");
		assertThat(heading()).isEqualTo("Edit program");
		press("Add a yes/no question");
		type(field("Rule 3", "Question"), "Is the young person leaving foster care?");
		choose(field("Rule 3", "Which answer qualifies?"), "Yes");
		press("Save changes");
		assertThat(flash()).isEqualTo("Changes to Youth Housing Bridge are saved.");
		assertThat(section("Who is eligible")).contains("Age 18 to 24")
			.contains("Yes/no: Is the young person leaving foster care? — qualifies on yes");

		press("Retire the program");
		assertThat(errorOf(field("Why is the program retired?"))).isEqualTo("must say why the program is retired");
		fill("Why is the program retired?", "Funding moved to the county youth services.");
		press("Retire the program");
		assertThat(flash()).isEqualTo("Youth Housing Bridge is retired.");
		assertThat(pageText()).contains("Funding moved to the county youth services.");
		assertThat(button("Reactivate the program").isDisplayed()).isTrue();

		followNav("Programs");
		assertThat(present(By.linkText("Youth Housing Bridge"))).isFalse();
		follow("Show retired programs too");
		assertThat(this.driver.findElement(By.xpath("//tr[td/a[normalize-space(.)='Youth Housing Bridge']]")).getText())
			.contains("Retired")
			.contains("3 rules");
		screenshot("programs-list");
	}

	@Test
	void aCaseWorkerReadsAProgramButCannotChangeIt() {
		ProgramView program = this.users.runAs("padmin",
				() -> this.programs.create(new ProgramInput("Older Adults Check-in",
						"Weekly calls and home visits for older adults living alone.", null,
						List.of(EligibilityRule.age(null, 60, null),
								EligibilityRule.jurisdiction(null, List.of("Fulton", "DeKalb"), List.of("30301"))),
						List.of(new IntensityLevel("LOW", "Low", 30, GoalReview.QUARTERLY, 12)))));
		login("worker1");
		followNav("Programs");
		assertThat(present(By.linkText("New program"))).isFalse();
		follow("Older Adults Check-in");
		assertThat(heading()).isEqualTo("Older Adults Check-in");
		assertThat(section("Who is eligible")).contains("Age 60 or older")
			.contains("Lives in Fulton or DeKalb County, or ZIP 30301");
		assertThat(pageText()).contains("No limit");
		assertThat(present(By.linkText("Edit"))).isFalse();
		assertThat(present(By.xpath("//button[normalize-space(.)='Retire the program']"))).isFalse();
		screenshot("programs-program-worker");

		open("/programs/" + program.id() + "/edit");
		assertThat(heading()).isEqualTo("Not allowed");
	}

	@Test
	void aProgramAdminEntersNextYearsPovertyGuideline() {
		login("padmin");
		followNav("Programs");
		follow("Poverty guidelines");
		assertThat(heading()).isEqualTo("Poverty guidelines");
		assertThat(this.driver.findElement(By.id("year-2026")).getText()).contains("4 people")
			.contains("$33,000")
			.contains("+$5,680");
		screenshot("programs-guidelines");

		follow("Enter a year");
		assertThat(heading()).isEqualTo("Poverty guideline 2027");
		String[] amounts = { "16300", "22100", "21000", "33700", "39500", "45300", "51100", "56900" };
		for (int size = 1; size <= amounts.length; size++) {
			fill(size == 1 ? "1 person" : size + " people", amounts[size - 1]);
		}
		fill("Each further person", "5800");
		fill("Source", "HHS poverty guidelines 2027, 48 contiguous states and DC");
		press("Save the table");
		assertThat(errorOf(field("3 people"))).isEqualTo("must be more than for a household of 2");
		screenshot("programs-guideline-form");

		fill("3 people", "27900");
		press("Save the table");
		assertThat(flash()).isEqualTo("The poverty guideline for 2027 is saved.");
		assertThat(this.driver.findElement(By.id("year-2027")).getText()).contains("$27,900")
			.contains("+$5,800")
			.contains("HHS poverty guidelines 2027");
	}

	private String section(String heading) {
		return this.driver.findElement(By.xpath("//section[.//h2[normalize-space(.)='" + heading + "']]")).getText();
	}

}
