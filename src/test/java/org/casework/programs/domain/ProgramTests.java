package org.casework.programs.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.casework.programs.EligibilityRule;
import org.casework.programs.GoalReview;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramStatus;
import org.casework.programs.ProgramView;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgramTests {

	static final UUID AGENCY = UUID.randomUUID();

	static final UUID ADMIN = UUID.randomUUID();

	static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	static ProgramInput housing(List<EligibilityRule> rules) {
		return new ProgramInput("Housing Stability", "Rapid rehousing", 40, rules,
				List.of(new IntensityLevel("HIGH", "High", 7, GoalReview.MONTHLY, 6)));
	}

	@Test
	void aMinimumAgeAboveTheMaximumIsRefusedNamingTheField() {
		assertThatThrownBy(
				() -> Program.define(AGENCY, housing(List.of(EligibilityRule.age(null, 65, 18))), ADMIN, NOW))
			.isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).problems())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldProblem.class))
			.containsExactly(new FieldProblem("rules[0].maxAge", "must not be below the minimum age"));
	}

	@Test
	void everyProblemOfADefinitionIsNamedAtOnce() {
		ProgramInput bad = new ProgramInput(" ", null, 0, List
			.of(EligibilityRule.jurisdiction(null, List.of(), List.of("3030")), EligibilityRule.income(null, 0)),
				List.of(new IntensityLevel("high", "", 0, null, 30)));
		assertThatThrownBy(() -> Program.define(AGENCY, bad, ADMIN, NOW)).isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).problems().stream().map(FieldProblem::field).toList())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
			.containsExactly("name", "capacity", "rules[0].zipCodes", "rules[1].percentOfPoverty",
					"intensityLevels[0].code", "intensityLevels[0].name", "intensityLevels[0].contactEveryDays",
					"intensityLevels[0].goalReview", "intensityLevels[0].reassessmentMonths");
	}

	@Test
	void rulesKeepTheirKeysAcrossRevisionsAndNewRulesGetFreshOnes() {
		Program program = Program.define(AGENCY,
				housing(List.of(EligibilityRule.age(null, 18, null), EligibilityRule.income(null, 200))), ADMIN, NOW);
		ProgramView first = program.view();
		assertThat(first.rules()).extracting(EligibilityRule::key).containsExactly("age-1", "income-1");
		EligibilityRule income = first.rules().get(1);
		program.revise(housing(List.of(EligibilityRule.income(income.key(), 250), EligibilityRule.age(null, 21, null))),
				ADMIN, NOW);
		assertThat(program.view().rules()).extracting(EligibilityRule::key).containsExactly("income-1", "age-2");
		assertThat(program.view().rules().get(0).percentOfPoverty()).isEqualTo(250);
	}

	@Test
	void aRetiredProgramNeedsAReasonAndCanBeReactivated() {
		Program program = Program.define(AGENCY, housing(List.of()), ADMIN, NOW);
		assertThatThrownBy(() -> program.retire(" ", ADMIN, NOW)).isInstanceOf(InvalidInputException.class);
		program.retire("Funding ended", ADMIN, NOW);
		assertThat(program.view().status()).isEqualTo(ProgramStatus.RETIRED);
		assertThat(program.view().retiredReason()).isEqualTo("Funding ended");
		assertThatThrownBy(() -> program.retire("again", ADMIN, NOW)).isInstanceOf(DomainRuleException.class);
		program.reactivate(ADMIN, NOW);
		assertThat(program.view().active()).isTrue();
		assertThat(program.view().retiredReason()).isNull();
	}

}
