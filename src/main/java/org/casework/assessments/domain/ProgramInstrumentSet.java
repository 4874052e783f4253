package org.casework.assessments.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casework.assessments.InstrumentChoice;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The instruments a program uses. A program that uses any has exactly one core
 * assessment: the instrument every new case is assessed with first (guide 000: conduct
 * the core assessment first, gather the rest over time).
 */
@Table("program_instrument_set")
public class ProgramInstrumentSet {

	@Id
	private final UUID programId;

	/** 0 until the program first chooses; the entity tag of the choice. */
	@Version
	private int version;

	private UUID updatedBy;

	private Instant updatedAt;

	@MappedCollection(idColumn = "program_id", keyColumn = "position")
	private List<ChosenInstrument> instruments = new ArrayList<>();

	@PersistenceCreator
	ProgramInstrumentSet(UUID programId, int version, UUID updatedBy, Instant updatedAt) {
		this.programId = programId;
		this.version = version;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	/** A program that has chosen nothing yet. */
	public static ProgramInstrumentSet none(UUID programId) {
		return new ProgramInstrumentSet(programId, 0, null, null);
	}

	/**
	 * Replaces the program's choice, the core assessment first.
	 * @throws InvalidInputException naming each refused choice: an instrument listed
	 * twice, no core or more than one among several chosen instruments
	 */
	public void choose(List<InstrumentChoice> choices, UUID by, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < choices.size(); i++) {
			if (!seen.add(choices.get(i).code())) {
				problems.add(new FieldProblem("instruments[" + i + "].code", "is chosen twice"));
			}
		}
		long cores = choices.stream().filter(InstrumentChoice::core).count();
		if (!choices.isEmpty() && cores != 1) {
			problems
				.add(new FieldProblem("instruments", cores == 0 ? "one of the instruments must be the core assessment"
						: "only one instrument can be the core assessment"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<ChosenInstrument> chosen = new ArrayList<>();
		choices.stream().filter(InstrumentChoice::core).forEach(c -> chosen.add(new ChosenInstrument(c.code(), true)));
		choices.stream().filter(c -> !c.core()).forEach(c -> chosen.add(new ChosenInstrument(c.code(), false)));
		this.instruments = chosen;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public UUID programId() {
		return this.programId;
	}

	public int version() {
		return this.version;
	}

	public List<ChosenInstrument> instruments() {
		return List.copyOf(this.instruments);
	}

}
