package org.casework.assessments.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ProgramInstrumentSets extends ListCrudRepository<ProgramInstrumentSet, UUID> {

	/** The programs that use an instrument. */
	@Query("SELECT program_id FROM program_instrument WHERE instrument_code = :code ORDER BY program_id")
	List<UUID> programsUsing(String code);

}
