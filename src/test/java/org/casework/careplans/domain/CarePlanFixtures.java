package org.casework.careplans.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.careplans.Direction;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.Indicator;
import org.casework.careplans.PlanDetails;
import org.casework.careplans.Responsible;
import org.casework.careplans.ResponsibleParty;
import org.casework.careplans.StepDraft;
import org.casework.programs.WordList;
import org.casework.shared.PhraseList;

/** Plans, goals and steps as the tests of the domain need them, without a database. */
final class CarePlanFixtures {

	static final UUID DANA = UUID.fromString("00000000-0000-0000-0000-00000000da1a");

	static final UUID LUIS = UUID.fromString("00000000-0000-0000-0000-0000000001b1");

	/** The case opened on 2 March 2026; the plan is written a week later. */
	static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

	static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

	static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");

	static final LocalDate HORIZON = TODAY.plusMonths(12);

	static final SmartChecker SMART = new SmartChecker(PhraseList.resource(WordList.VAGUE_GOAL_WORDING.resource()));

	private CarePlanFixtures() {
	}

	/** A goal that passes every element of the SMART check. */
	static GoalDraft leaseGoal() {
		return new GoalDraft("I want my kids to have their own room again.",
				"Sign a lease for a two-bedroom apartment in the school's district", "basic-needs",
				new Indicator("leases signed", "lease", BigDecimal.ZERO, BigDecimal.ONE, Direction.INCREASE),
				"Her children can stay at the school they know.",
				"Steady income from her cleaning job; her sister will co-sign.", TODAY.plusMonths(4),
				"housing applications submitted", "lease signed and held 6 months");
	}

	/** An early, small goal: due within the first 30 days. */
	static GoalDraft idGoal() {
		return new GoalDraft("Get my ID back.", "Obtain a state ID card", "legal",
				new Indicator("ID cards obtained", "card", BigDecimal.ZERO, BigDecimal.ONE, Direction.INCREASE),
				"Every application she wants to make needs it.", "The DMV office is on her bus line.",
				TODAY.plusDays(21), null, null);
	}

	static GoalDraft withStatement(GoalDraft g, String statement) {
		return new GoalDraft(g.clientWords(), statement, g.lifeDomain(), g.indicator(), g.relevance(),
				g.achievability(), g.targetDate(), g.outputMetric(), g.outcomeMetric());
	}

	static GoalDraft withTargetDate(GoalDraft g, LocalDate targetDate) {
		return new GoalDraft(g.clientWords(), g.statement(), g.lifeDomain(), g.indicator(), g.relevance(),
				g.achievability(), targetDate, g.outputMetric(), g.outcomeMetric());
	}

	static GoalDraft withIndicator(GoalDraft g, Indicator indicator) {
		return new GoalDraft(g.clientWords(), g.statement(), g.lifeDomain(), indicator, g.relevance(),
				g.achievability(), g.targetDate(), g.outputMetric(), g.outcomeMetric());
	}

	static StepDraft step(String description, LocalDate due, UUID... prerequisites) {
		return new StepDraft(description, new Responsible(ResponsibleParty.CLIENT, null, null), due, null, List.of(),
				List.of(prerequisites));
	}

	/** A first plan with a review date and nothing else. */
	static CarePlan draft() {
		CarePlan plan = CarePlan.start(UUID.randomUUID(), UUID.randomUUID(), HORIZON,
				"A home for me and the kids, and a steady job.", null, List.of(), DANA, NOW);
		plan.revise(
				new PlanDetails("A home for me and the kids, and a steady job.",
						"Her mother lives with the family; decisions are made together.", TODAY.plusMonths(1), null),
				OPENED, TODAY, DANA, NOW);
		return plan;
	}

}
