package org.casework.programs.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.casework.programs.EligibilityRule;
import org.casework.programs.GoalReview;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramView;
import org.casework.programs.RuleKind;
import org.casework.shared.RepeatingRows;

/**
 * The program definition screen's form. Its property paths are the ones the program names
 * in its refusals ({@code rules[0].maxAge}, {@code intensityLevels[1].code}), so every
 * refusal lands next to its field. Rules and intensity levels are rows added and removed
 * by resubmitting the form; each rule carries its key in a hidden field, so a rule keeps
 * its key (and the screening answers that point at it) across edits.
 */
class ProgramForm implements RepeatingRows {

	static final String RULES = "rules";

	static final String LEVELS = "intensityLevels";

	private String name;

	private String description;

	private Integer capacity;

	private List<RuleForm> rules = new ArrayList<>();

	private List<LevelForm> intensityLevels = new ArrayList<>();

	private long version;

	/**
	 * A new program with the intensity levels of guide 000's monitoring table: High
	 * (contact every 7 days, monthly goal review, reassessment every 6 months), Medium
	 * (14 days, monthly, 9 months) and Low (30 days, quarterly, 12 months).
	 * @param levelName the visible name of a level by its code, in the admin's language
	 */
	static ProgramForm withStandardLevels(Function<String, String> levelName) {
		ProgramForm form = new ProgramForm();
		form.intensityLevels
			.add(LevelForm.of(new IntensityLevel("HIGH", levelName.apply("HIGH"), 7, GoalReview.MONTHLY, 6)));
		form.intensityLevels
			.add(LevelForm.of(new IntensityLevel("MEDIUM", levelName.apply("MEDIUM"), 14, GoalReview.MONTHLY, 9)));
		form.intensityLevels
			.add(LevelForm.of(new IntensityLevel("LOW", levelName.apply("LOW"), 30, GoalReview.QUARTERLY, 12)));
		return form;
	}

	static ProgramForm of(ProgramView program) {
		ProgramForm form = new ProgramForm();
		form.name = program.name();
		form.description = program.description();
		form.capacity = program.capacity();
		program.rules().forEach(rule -> form.rules.add(RuleForm.of(rule)));
		program.intensityLevels().forEach(level -> form.intensityLevels.add(LevelForm.of(level)));
		form.version = program.version();
		return form;
	}

	ProgramInput input() {
		return new ProgramInput(this.name, this.description, this.capacity,
				this.rules.stream().map(RuleForm::rule).toList(),
				this.intensityLevels.stream().map(LevelForm::level).toList());
	}

	/** A rule of the kind the button names ({@code rules:INCOME}), or a level. */
	@Override
	public void addRow(String section, String variant) {
		switch (section) {
			case RULES -> this.rules.add(RuleForm.ofKind(kind(variant)));
			case LEVELS -> this.intensityLevels.add(new LevelForm());
			default -> {
			}
		}
	}

	@Override
	public List<?> rows(String section) {
		return switch (section) {
			case RULES -> this.rules;
			case LEVELS -> this.intensityLevels;
			default -> List.of();
		};
	}

	private static RuleKind kind(String variant) {
		return Arrays.stream(RuleKind.values()).filter(k -> k.name().equals(variant)).findFirst().orElse(RuleKind.AGE);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public List<RuleForm> getRules() {
		return this.rules;
	}

	public void setRules(List<RuleForm> rules) {
		this.rules = rules;
	}

	public List<LevelForm> getIntensityLevels() {
		return this.intensityLevels;
	}

	public void setIntensityLevels(List<LevelForm> intensityLevels) {
		this.intensityLevels = intensityLevels;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/**
	 * One eligibility rule. Only the fields of its kind are shown and saved; counties and
	 * ZIP codes are typed as lists separated by commas.
	 */
	static class RuleForm {

		private String key;

		private RuleKind kind;

		private Integer minAge;

		private Integer maxAge;

		private Integer percentOfPoverty;

		private String counties;

		private String zipCodes;

		private String question;

		private Boolean expectedAnswer;

		static RuleForm ofKind(RuleKind kind) {
			RuleForm form = new RuleForm();
			form.kind = kind;
			if (kind == RuleKind.YES_NO) {
				form.expectedAnswer = Boolean.TRUE;
			}
			return form;
		}

		static RuleForm of(EligibilityRule rule) {
			RuleForm form = new RuleForm();
			form.key = rule.key();
			form.kind = rule.kind();
			form.minAge = rule.minAge();
			form.maxAge = rule.maxAge();
			form.percentOfPoverty = rule.percentOfPoverty();
			form.counties = String.join(", ", rule.counties());
			form.zipCodes = String.join(", ", rule.zipCodes());
			form.question = rule.question();
			form.expectedAnswer = rule.expectedAnswer();
			return form;
		}

		/**
		 * The rule with the fields of its kind only: a changed kind leaves nothing
		 * behind.
		 */
		EligibilityRule rule() {
			String ruleKey = isBlank(this.key) ? null : this.key.trim();
			if (this.kind == null) {
				return new EligibilityRule(ruleKey, null, null, null, null, null, null, null, null);
			}
			return switch (this.kind) {
				case AGE -> EligibilityRule.age(ruleKey, this.minAge, this.maxAge);
				case INCOME -> new EligibilityRule(ruleKey, RuleKind.INCOME, null, null, this.percentOfPoverty, null,
						null, null, null);
				case JURISDICTION ->
					EligibilityRule.jurisdiction(ruleKey, counties(this.counties), list(this.zipCodes, "[,;\\s]+"));
				case YES_NO -> new EligibilityRule(ruleKey, RuleKind.YES_NO, null, null, null, null, null,
						isBlank(this.question) ? null : this.question.trim(), this.expectedAnswer);
			};
		}

		/** County names as the evaluator compares them: "Fulton County" is Fulton. */
		private static List<String> counties(String text) {
			return list(text, "[,;]+").stream()
				.map(c -> c.toLowerCase(Locale.ROOT).endsWith(" county") ? c.substring(0, c.length() - 7).trim() : c)
				.toList();
		}

		private static List<String> list(String text, String separators) {
			if (isBlank(text)) {
				return List.of();
			}
			return Arrays.stream(text.split(separators)).map(String::trim).filter(s -> !s.isEmpty()).toList();
		}

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public RuleKind getKind() {
			return this.kind;
		}

		public void setKind(RuleKind kind) {
			this.kind = kind;
		}

		public Integer getMinAge() {
			return this.minAge;
		}

		public void setMinAge(Integer minAge) {
			this.minAge = minAge;
		}

		public Integer getMaxAge() {
			return this.maxAge;
		}

		public void setMaxAge(Integer maxAge) {
			this.maxAge = maxAge;
		}

		public Integer getPercentOfPoverty() {
			return this.percentOfPoverty;
		}

		public void setPercentOfPoverty(Integer percentOfPoverty) {
			this.percentOfPoverty = percentOfPoverty;
		}

		public String getCounties() {
			return this.counties;
		}

		public void setCounties(String counties) {
			this.counties = counties;
		}

		public String getZipCodes() {
			return this.zipCodes;
		}

		public void setZipCodes(String zipCodes) {
			this.zipCodes = zipCodes;
		}

		public String getQuestion() {
			return this.question;
		}

		public void setQuestion(String question) {
			this.question = question;
		}

		public Boolean getExpectedAnswer() {
			return this.expectedAnswer;
		}

		public void setExpectedAnswer(Boolean expectedAnswer) {
			this.expectedAnswer = expectedAnswer;
		}

	}

	/** One intensity level with its cadences. */
	static class LevelForm {

		private String code;

		private String name;

		private Integer contactEveryDays;

		private GoalReview goalReview = GoalReview.MONTHLY;

		private Integer reassessmentMonths;

		static LevelForm of(IntensityLevel level) {
			LevelForm form = new LevelForm();
			form.code = level.code();
			form.name = level.name();
			form.contactEveryDays = level.contactEveryDays();
			form.goalReview = level.goalReview();
			form.reassessmentMonths = level.reassessmentMonths();
			return form;
		}

		/**
		 * An empty number is no cadence at all, which the program refuses as out of
		 * range.
		 */
		IntensityLevel level() {
			return new IntensityLevel(isBlank(this.code) ? null : this.code.trim().toUpperCase(Locale.ROOT),
					this.name == null ? null : this.name.trim(),
					this.contactEveryDays == null ? 0 : this.contactEveryDays, this.goalReview,
					this.reassessmentMonths == null ? 0 : this.reassessmentMonths);
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Integer getContactEveryDays() {
			return this.contactEveryDays;
		}

		public void setContactEveryDays(Integer contactEveryDays) {
			this.contactEveryDays = contactEveryDays;
		}

		public GoalReview getGoalReview() {
			return this.goalReview;
		}

		public void setGoalReview(GoalReview goalReview) {
			this.goalReview = goalReview;
		}

		public Integer getReassessmentMonths() {
			return this.reassessmentMonths;
		}

		public void setReassessmentMonths(Integer reassessmentMonths) {
			this.reassessmentMonths = reassessmentMonths;
		}

	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}
