package org.casework.programs.web;

import java.util.List;

import org.casework.programs.EligibilityRule;
import org.casework.programs.GoalReview;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramStatus;
import org.casework.programs.ProgramView;
import org.casework.programs.RuleKind;
import org.casework.programs.web.ProgramForm.RuleForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the program form turns into: the definition the program checks. */
class ProgramFormTests {

	@Test
	void aNewProgramStartsWithTheLevelsOfTheMonitoringTable() {
		ProgramInput input = ProgramForm.withStandardLevels(code -> code.charAt(0) + code.substring(1).toLowerCase())
			.input();
		assertThat(input.intensityLevels()).containsExactly(
				new IntensityLevel("HIGH", "High", 7, GoalReview.MONTHLY, 6),
				new IntensityLevel("MEDIUM", "Medium", 14, GoalReview.MONTHLY, 9),
				new IntensityLevel("LOW", "Low", 30, GoalReview.QUARTERLY, 12));
		assertThat(input.rules()).isEmpty();
	}

	@Test
	void rowsAreAddedByKindAndRemovedByPosition() {
		ProgramForm form = new ProgramForm();
		assertThat(form.changeRows("rules:INCOME", null)).isTrue();
		assertThat(form.changeRows("rules:YES_NO", null)).isTrue();
		assertThat(form.changeRows("intensityLevels", null)).isTrue();
		assertThat(form.getRules()).extracting(RuleForm::getKind).containsExactly(RuleKind.INCOME, RuleKind.YES_NO);
		assertThat(form.getRules().get(1).getExpectedAnswer()).isTrue();
		assertThat(form.getIntensityLevels()).hasSize(1);

		assertThat(form.changeRows(null, "rules:0")).isTrue();
		assertThat(form.getRules()).extracting(RuleForm::getKind).containsExactly(RuleKind.YES_NO);
		assertThat(form.changeRows(null, "rules:7")).isTrue();
		assertThat(form.getRules()).hasSize(1);
		assertThat(form.changeRows(null, null)).isFalse();
	}

	@Test
	void aRuleKeepsItsKeyAndOnlyTheFieldsOfItsKind() {
		ProgramView program = new ProgramView(null, null, "Youth Works", "", ProgramStatus.ACTIVE, null, null,
				List.of(EligibilityRule.age("age-1", 16, 24)), List.of(), 3, null);
		ProgramForm form = ProgramForm.of(program);
		RuleForm rule = form.getRules().get(0);
		rule.setKind(RuleKind.JURISDICTION);
		rule.setCounties("Fulton County, DeKalb ;");
		rule.setZipCodes("30301, 30303 30305");

		EligibilityRule saved = form.input().rules().get(0);
		assertThat(saved.key()).isEqualTo("age-1");
		assertThat(saved.minAge()).isNull();
		assertThat(saved.counties()).containsExactly("Fulton", "DeKalb");
		assertThat(saved.zipCodes()).containsExactly("30301", "30303", "30305");
		assertThat(form.getVersion()).isEqualTo(3);
	}

	@Test
	void anEmptyCadenceIsNoCadenceAndCodesAreCapitals() {
		ProgramForm form = new ProgramForm();
		form.addRow(ProgramForm.LEVELS, null);
		form.getIntensityLevels().get(0).setCode(" crisis ");
		IntensityLevel level = form.input().intensityLevels().get(0);
		assertThat(level.code()).isEqualTo("CRISIS");
		assertThat(level.contactEveryDays()).isZero();
		assertThat(level.goalReview()).isEqualTo(GoalReview.MONTHLY);
	}

}
