package org.casework.programs.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.casework.programs.EligibilityRule;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramStatus;
import org.casework.programs.ProgramView;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A program of an agency. Active or retired, never deleted: a retired program takes no
 * new intakes and its cases carry on. Every change is checked whole: a definition with
 * any invalid rule or level is refused as a whole with every problem named.
 */
@Table("program")
public class Program {

	private static final Pattern ZIP = Pattern.compile("\\d{5}");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final UUID agencyId;

	private String name;

	private String description;

	private ProgramStatus status;

	private Integer capacity;

	private String retiredReason;

	private final UUID createdBy;

	private final Instant createdAt;

	private UUID updatedBy;

	private Instant updatedAt;

	@MappedCollection(idColumn = "program", keyColumn = "position")
	private List<ProgramRule> rules = new ArrayList<>();

	@MappedCollection(idColumn = "program", keyColumn = "position")
	private List<ProgramIntensity> intensityLevels = new ArrayList<>();

	@PersistenceCreator
	Program(UUID id, Integer version, UUID agencyId, UUID createdBy, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.agencyId = agencyId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** A new active program, checked as {@link #revise} checks it. */
	public static Program define(UUID agencyId, ProgramInput input, UUID by, Instant at) {
		Program program = new Program(UUID.randomUUID(), null, agencyId, by, at);
		program.status = ProgramStatus.ACTIVE;
		program.apply(input, by, at);
		return program;
	}

	/**
	 * Replaces the definition. Rules keep their keys (matched by the key the input
	 * carries); rules without one get a new key.
	 */
	public void revise(ProgramInput input, UUID by, Instant at) {
		apply(input, by, at);
	}

	public void retire(String reason, UUID by, Instant at) {
		if (this.status == ProgramStatus.RETIRED) {
			throw new DomainRuleException("the program is retired already");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "must say why the program is retired");
		}
		if (reason.length() > 1000) {
			throw new InvalidInputException("reason", "must be at most 1000 characters");
		}
		this.status = ProgramStatus.RETIRED;
		this.retiredReason = reason.trim();
		touch(by, at);
	}

	public void reactivate(UUID by, Instant at) {
		if (this.status == ProgramStatus.ACTIVE) {
			throw new DomainRuleException("the program is active already");
		}
		this.status = ProgramStatus.ACTIVE;
		this.retiredReason = null;
		touch(by, at);
	}

	private void apply(ProgramInput input, UUID by, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		String cleanName = input.name() == null ? "" : input.name().trim();
		if (cleanName.isEmpty()) {
			problems.add(new FieldProblem("name", "must not be blank"));
		}
		else if (cleanName.length() > 120) {
			problems.add(new FieldProblem("name", "must be at most 120 characters"));
		}
		if (input.description() != null && input.description().length() > 4000) {
			problems.add(new FieldProblem("description", "must be at most 4000 characters"));
		}
		if (input.capacity() != null && (input.capacity() < 1 || input.capacity() > 100_000)) {
			problems.add(new FieldProblem("capacity", "must be between 1 and 100000, or empty for no limit"));
		}
		for (int i = 0; i < input.rules().size(); i++) {
			check(input.rules().get(i), "rules[" + i + "].", problems);
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < input.intensityLevels().size(); i++) {
			check(input.intensityLevels().get(i), "intensityLevels[" + i + "].", codes, problems);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.name = cleanName;
		this.description = input.description() == null ? "" : input.description().trim();
		this.capacity = input.capacity();
		this.rules = keyed(input.rules());
		this.intensityLevels = new ArrayList<>(input.intensityLevels().stream().map(ProgramIntensity::of).toList());
		touch(by, at);
	}

	private List<ProgramRule> keyed(List<EligibilityRule> input) {
		Set<String> known = new HashSet<>(this.rules.stream().map(ProgramRule::key).toList());
		Set<String> used = new HashSet<>();
		List<ProgramRule> result = new ArrayList<>();
		for (EligibilityRule rule : input) {
			String key = rule.key();
			if (key == null || !known.contains(key) || used.contains(key)) {
				int n = 1;
				String base = rule.kind().name().toLowerCase().replace('_', '-');
				do {
					key = base + "-" + n++;
				}
				while (known.contains(key) || used.contains(key));
			}
			used.add(key);
			result.add(ProgramRule.of(key, rule));
		}
		return result;
	}

	private static void check(EligibilityRule rule, String prefix, List<FieldProblem> problems) {
		if (rule.kind() == null) {
			problems.add(new FieldProblem(prefix + "kind", "must be one of AGE, INCOME, JURISDICTION, YES_NO"));
			return;
		}
		switch (rule.kind()) {
			case AGE -> {
				if (rule.minAge() == null && rule.maxAge() == null) {
					problems.add(new FieldProblem(prefix + "minAge", "an age rule needs a minimum or a maximum age"));
				}
				if (rule.minAge() != null && (rule.minAge() < 0 || rule.minAge() > 130)) {
					problems.add(new FieldProblem(prefix + "minAge", "must be between 0 and 130"));
				}
				if (rule.maxAge() != null && (rule.maxAge() < 0 || rule.maxAge() > 130)) {
					problems.add(new FieldProblem(prefix + "maxAge", "must be between 0 and 130"));
				}
				if (rule.minAge() != null && rule.maxAge() != null && rule.minAge() > rule.maxAge()) {
					problems.add(new FieldProblem(prefix + "maxAge", "must not be below the minimum age"));
				}
			}
			case INCOME -> {
				if (rule.percentOfPoverty() == null || rule.percentOfPoverty() < 1 || rule.percentOfPoverty() > 1000) {
					problems.add(new FieldProblem(prefix + "percentOfPoverty", "must be between 1 and 1000"));
				}
			}
			case JURISDICTION -> {
				if (rule.counties().isEmpty() && rule.zipCodes().isEmpty()) {
					problems.add(new FieldProblem(prefix + "counties", "list at least one county or ZIP code"));
				}
				if (rule.counties().stream().anyMatch(c -> c == null || c.isBlank() || c.length() > 80)) {
					problems
						.add(new FieldProblem(prefix + "counties", "each county must be a name of 1 to 80 characters"));
				}
				rule.zipCodes()
					.stream()
					.filter(z -> z == null || !ZIP.matcher(z).matches())
					.findFirst()
					.ifPresent(z -> problems
						.add(new FieldProblem(prefix + "zipCodes", "\"" + z + "\" is not a five-digit ZIP code")));
			}
			case YES_NO -> {
				if (rule.question() == null || rule.question().isBlank()) {
					problems.add(new FieldProblem(prefix + "question", "must not be blank"));
				}
				else if (rule.question().length() > 300) {
					problems.add(new FieldProblem(prefix + "question", "must be at most 300 characters"));
				}
				if (rule.expectedAnswer() == null) {
					problems.add(new FieldProblem(prefix + "expectedAnswer", "must say which answer qualifies"));
				}
			}
		}
	}

	private static void check(IntensityLevel level, String prefix, Set<String> codes, List<FieldProblem> problems) {
		if (level.code() == null || !CODE.matcher(level.code().trim()).matches()) {
			problems.add(new FieldProblem(prefix + "code",
					"must be 1 to 20 capital letters, digits or underscores, starting with a letter"));
		}
		else if (!codes.add(level.code().trim())) {
			problems.add(new FieldProblem(prefix + "code", "is used by another level of this program"));
		}
		if (level.name() == null || level.name().isBlank() || level.name().length() > 60) {
			problems.add(new FieldProblem(prefix + "name", "must be 1 to 60 characters"));
		}
		if (level.contactEveryDays() < 1 || level.contactEveryDays() > 365) {
			problems.add(new FieldProblem(prefix + "contactEveryDays", "must be between 1 and 365"));
		}
		if (level.goalReview() == null) {
			problems.add(new FieldProblem(prefix + "goalReview", "must be MONTHLY or QUARTERLY"));
		}
		if (level.reassessmentMonths() < 1 || level.reassessmentMonths() > 24) {
			problems.add(new FieldProblem(prefix + "reassessmentMonths", "must be between 1 and 24"));
		}
	}

	private void touch(UUID by, Instant at) {
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public UUID id() {
		return this.id;
	}

	public UUID agencyId() {
		return this.agencyId;
	}

	public int version() {
		return this.version == null ? 0 : this.version;
	}

	public String name() {
		return this.name;
	}

	public ProgramView view() {
		return new ProgramView(this.id, this.agencyId, this.name, this.description, this.status, this.capacity,
				this.retiredReason, this.rules.stream().map(ProgramRule::view).toList(),
				this.intensityLevels.stream().map(ProgramIntensity::view).toList(), version(),
				this.updatedAt != null ? this.updatedAt : this.createdAt);
	}

}
