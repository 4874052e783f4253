package org.casework.careplans.web;

import org.casework.cases.CaseTestData;
import org.casework.programs.ProgramView;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program admin makes a program's care plans need a supervisor's approval and reach six
 * months ahead; a case worker reads the rules without a form.
 */
class CarePlanSettingsPageTests extends BrowserSupport {

	@Autowired
	ApplicationContext context;

	@Test
	void aProgramAdminSetsTheCarePlanRulesOfAProgram() {
		ProgramView program = new CaseTestData(this.context).program("Reentry Support");

		login("padmin");
		open("/programs/" + program.id());
		follow("Care plan rules of this program");
		assertThat(heading()).isEqualTo("Care plans in " + program.name());
		assertThat(pageText()).contains("No: the client's agreement is enough").contains("12 months");

		check("A supervisor approves each plan before it counts as agreed");
		fill("How far ahead plans reach (months)", "99");
		press("Save the rules");
		assertThat(errorOf(field("How far ahead plans reach (months)"))).contains("60");
		fill("How far ahead plans reach (months)", "6");
		screenshot("careplans-settings");
		press("Save the rules");
		assertThat(flash()).isEqualTo("The care plan rules are saved; they apply to plans from now on.");
		assertThat(this.driver.findElement(By.cssSelector(".detail-list")).getText())
			.contains("Yes: the supervisor approves each agreed plan")
			.contains("6 months");
		logout();

		login("worker1");
		open("/programs/" + program.id() + "/care-plans");
		assertThat(pageText()).contains("Yes: the supervisor approves each agreed plan");
		assertThat(present(By.xpath("//button[normalize-space(.)='Save the rules']"))).isFalse();
	}

}
