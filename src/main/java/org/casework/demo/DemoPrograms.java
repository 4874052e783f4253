package org.casework.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casework.assessments.InstrumentCatalog;
import org.casework.assessments.InstrumentChoice;
import org.casework.assessments.ProgramInstruments;
import org.casework.programs.EligibilityRule;
import org.casework.programs.GoalReview;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.identity.UserContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The programs of the demo agency, Riverside Community Services, defined by its program
 * admin (padmin) through {@link ProgramManagement} like any other: three active programs
 * with real-looking rules and one retired pilot, each using the instruments Casework
 * ships with the holistic needs and strengths assessment as its core assessment. Seeding
 * is idempotent: a program whose name the agency already has is left as it is, and a
 * program that has chosen its instruments keeps its choice, so restarts on the kept demo
 * database change nothing.
 *
 * <p>
 * Other demo seeding (intakes, cases) finds these programs by name with
 * {@link #program(String)} and the name constants, e.g.
 * {@code demoPrograms.program(DemoPrograms.HOUSING_STABILITY).id()}; it must run after
 * {@link #seed()}, which {@link DemoData} calls right after the demo users.
 */
@Component
class DemoPrograms {

	static final String HOUSING_STABILITY = "Housing Stability";

	static final String FAMILY_SUPPORT = "Family Support";

	static final String OLDER_ADULTS_OUTREACH = "Older Adults Outreach";

	static final String REENTRY_PILOT = "Re-entry Employment Pilot";

	/** The shipped instruments (classpath instruments/*.json). */
	static final String HOLISTIC = "casework-holistic";

	static final String AHC_HRSN = "ahc-hrsn";

	private static final String ADMIN = "padmin";

	private static final Logger log = LoggerFactory.getLogger(DemoPrograms.class);

	private final ProgramManagement programs;

	private final UserContext users;

	private final InstrumentCatalog instruments;

	DemoPrograms(ProgramManagement programs, UserContext users, InstrumentCatalog instruments) {
		this.programs = programs;
		this.users = users;
		this.instruments = instruments;
	}

	/** Defines each demo program the agency does not have yet. */
	void seed() {
		this.users.runAs(ADMIN, () -> {
			int created = 0;
			for (ProgramInput program : List.of(housingStability(), familySupport(), olderAdultsOutreach())) {
				if (find(program.name()).isEmpty()) {
					this.programs.create(program);
					created++;
				}
			}
			if (find(REENTRY_PILOT).isEmpty()) {
				ProgramView pilot = this.programs.create(reentryPilot());
				this.programs.retire(pilot.id(), pilot.version(),
						"The one-year pilot grant ended on 30 June 2026. Participants moved to Housing Stability"
								+ " or were referred to the county workforce board.");
				created++;
			}
			if (created > 0) {
				log.info("Demo programs created: {}", created);
			}
			chooseInstruments(HOUSING_STABILITY, HOLISTIC, AHC_HRSN);
			chooseInstruments(FAMILY_SUPPORT, HOLISTIC, AHC_HRSN);
			chooseInstruments(OLDER_ADULTS_OUTREACH, HOLISTIC);
			chooseInstruments(REENTRY_PILOT, HOLISTIC);
			return created;
		});
	}

	/**
	 * Gives a program its instruments, the first as the core, unless it has chosen
	 * already.
	 */
	private void chooseInstruments(String program, String core, String... others) {
		ProgramView view = find(program).orElseThrow();
		ProgramInstruments chosen = this.instruments.forProgram(view.id());
		if (!chosen.instruments().isEmpty()) {
			return;
		}
		List<InstrumentChoice> choices = new ArrayList<>();
		choices.add(new InstrumentChoice(core, true));
		for (String other : others) {
			choices.add(new InstrumentChoice(other, false));
		}
		this.instruments.choose(view.id(), chosen.version(), choices);
	}

	/**
	 * A demo program by name (one of the constants), active or retired; read as the
	 * program admin, so it works from any demo seeding step.
	 * @throws IllegalStateException when the program was not seeded
	 */
	ProgramView program(String name) {
		return this.users.runAs(ADMIN, () -> find(name))
			.orElseThrow(() -> new IllegalStateException("No demo program " + name));
	}

	private Optional<ProgramView> find(String name) {
		return this.programs.list(true).stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
	}

	private static ProgramInput housingStability() {
		return new ProgramInput(HOUSING_STABILITY,
				"Short-term case management for households at risk of losing their home: rent arrears and"
						+ " eviction prevention, landlord mediation, budgeting, and links to emergency rental"
						+ " assistance and legal aid.",
				40, List
					.of(EligibilityRule.age(null, 18, null), EligibilityRule.income(null, 200),
							EligibilityRule.jurisdiction(null, List.of("Fulton", "DeKalb", "Clayton"), List.of()),
							EligibilityRule.yesNo(null,
									"Is the household at risk of losing its housing within 30 days?", true)),
				standardLevels());
	}

	private static ProgramInput familySupport() {
		return new ProgramInput(FAMILY_SUPPORT,
				"Home visits and coordination for families raising children: parenting support, school"
						+ " and childcare connections, benefits enrollment and help with basic needs.",
				60,
				List.of(EligibilityRule.yesNo(null, "Is the household caring for a child under 18?", true),
						EligibilityRule.income(null, 250),
						EligibilityRule.jurisdiction(null, List.of("Fulton", "Clayton"), List.of())),
				standardLevels());
	}

	private static ProgramInput olderAdultsOutreach() {
		return new ProgramInput(OLDER_ADULTS_OUTREACH,
				"Outreach and check-ins for older adults living alone in Riverside: isolation, falls,"
						+ " medication management, home-delivered meals and caregiver respite.",
				null,
				List.of(EligibilityRule.age(null, 60, null),
						EligibilityRule.jurisdiction(null, List.of(),
								List.of("30301", "30303", "30305", "30307", "30310", "30311"))),
				List.of(new IntensityLevel("MEDIUM", "Medium", 14, GoalReview.MONTHLY, 9),
						new IntensityLevel("LOW", "Low", 30, GoalReview.QUARTERLY, 12)));
	}

	private static ProgramInput reentryPilot() {
		return new ProgramInput(REENTRY_PILOT,
				"Job readiness and placement for people returning from jail or prison (pilot).", 15,
				List.of(EligibilityRule.age(null, 18, null),
						EligibilityRule.yesNo(null,
								"Was the person released from jail or prison in the last 12 months?", true)),
				standardLevels());
	}

	/** The levels of guide 000's monitoring table. */
	private static List<IntensityLevel> standardLevels() {
		return List.of(new IntensityLevel("HIGH", "High", 7, GoalReview.MONTHLY, 6),
				new IntensityLevel("MEDIUM", "Medium", 14, GoalReview.MONTHLY, 9),
				new IntensityLevel("LOW", "Low", 30, GoalReview.QUARTERLY, 12));
	}

}
