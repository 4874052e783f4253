package org.casework.demo;

import org.casework.identity.UserContext;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo agency's programs pass every check a program admin's would, and seeding them
 * again on a restart changes nothing. Rolled back, so no other test sees them.
 */
@SpringBootTest
@Transactional
class DemoProgramsTests {

	@Autowired
	DemoPrograms demoPrograms;

	@Autowired
	ProgramManagement programs;

	@Autowired
	UserContext users;

	@Test
	void theDemoProgramsAreSeededOnceAndFoundByName() {
		this.demoPrograms.seed();
		this.demoPrograms.seed();

		ProgramView housing = this.demoPrograms.program(DemoPrograms.HOUSING_STABILITY);
		assertThat(housing.capacity()).isEqualTo(40);
		assertThat(housing.rules()).hasSize(4);
		assertThat(housing.intensityLevels()).hasSize(3);
		assertThat(this.demoPrograms.program(DemoPrograms.FAMILY_SUPPORT).rules().get(0).question())
			.isEqualTo("Is the household caring for a child under 18?");
		assertThat(this.demoPrograms.program(DemoPrograms.OLDER_ADULTS_OUTREACH).rules().get(0).minAge()).isEqualTo(60);
		ProgramView pilot = this.demoPrograms.program(DemoPrograms.REENTRY_PILOT);
		assertThat(pilot.active()).isFalse();
		assertThat(pilot.retiredReason()).contains("pilot grant ended");

		assertThat(this.users.runAs("worker1", () -> this.programs.list(true))).extracting(ProgramView::name)
			.containsOnlyOnce(DemoPrograms.HOUSING_STABILITY, DemoPrograms.FAMILY_SUPPORT,
					DemoPrograms.OLDER_ADULTS_OUTREACH, DemoPrograms.REENTRY_PILOT);
		assertThat(this.users.runAs("worker1", () -> this.programs.list(false))).extracting(ProgramView::name)
			.doesNotContain(DemoPrograms.REENTRY_PILOT);
	}

}
