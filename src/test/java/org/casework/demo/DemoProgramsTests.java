package org.casework.demo;

import org.casework.assessments.InstrumentCatalog;
import org.casework.assessments.ProgramInstrument;
import org.casework.assessments.ProgramInstruments;
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

	@Autowired
	InstrumentCatalog instruments;

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

	@Test
	void theDemoProgramsAssessWithTheHolisticAssessmentFirstAndScreenWithTheAhcTool() {
		this.demoPrograms.seed();
		ProgramInstruments housing = this.users.runAs("worker1",
				() -> this.instruments.forProgram(this.demoPrograms.program(DemoPrograms.HOUSING_STABILITY).id()));
		assertThat(housing.core()).map(ProgramInstrument::code).contains(DemoPrograms.HOLISTIC);
		assertThat(housing.instruments()).extracting(ProgramInstrument::code)
			.containsExactly(DemoPrograms.HOLISTIC, DemoPrograms.AHC_HRSN);
		this.demoPrograms.seed();
		ProgramInstruments again = this.users.runAs("worker1",
				() -> this.instruments.forProgram(this.demoPrograms.program(DemoPrograms.HOUSING_STABILITY).id()));
		assertThat(again.version()).isEqualTo(housing.version());
		ProgramInstruments older = this.users.runAs("worker1",
				() -> this.instruments.forProgram(this.demoPrograms.program(DemoPrograms.OLDER_ADULTS_OUTREACH).id()));
		assertThat(older.instruments()).extracting(ProgramInstrument::code).containsExactly(DemoPrograms.HOLISTIC);
		assertThat(this.users.runAs("worker1",
				() -> this.instruments.coreInstrument(this.demoPrograms.program(DemoPrograms.FAMILY_SUPPORT).id())))
			.hasValueSatisfying(i -> assertThat(i.title()).isEqualTo("Holistic needs and strengths assessment"));
	}

}
