package org.casework.assessments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The instruments a program uses, its core assessment first.
 *
 * @param version the entity tag of the program's choice: 0 while it has chosen nothing
 */
public record ProgramInstruments(UUID programId, int version, List<ProgramInstrument> instruments) {

	public ProgramInstruments {
		instruments = List.copyOf(instruments);
	}

	/** The core assessment: the instrument a new case is assessed with first. */
	public Optional<ProgramInstrument> core() {
		return this.instruments.stream().filter(ProgramInstrument::core).findFirst();
	}

	public boolean uses(String code) {
		return this.instruments.stream().anyMatch(i -> i.code().equals(code));
	}

}
