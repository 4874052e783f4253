package org.casework.closure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One of the five procedures and where it stands.
 *
 * @param waived not needed for this closure (the client disengaged)
 * @param detail what was done, or what is missing, in English words (the API shows it)
 * @param detailKey the message the screens show the detail with, in the reader's language
 * @param detailArguments the facts that message takes
 */
public record ChecklistItem(ClosureProcedure procedure, boolean done, boolean waived, String detail,
		@JsonIgnore String detailKey, @JsonIgnore List<Object> detailArguments) {

	public ChecklistItem {
		// a fact may be missing (a notice recorded without how), so nulls are kept
		detailArguments = detailArguments == null ? List.of()
				: Collections.unmodifiableList(new ArrayList<>(detailArguments));
	}

}
