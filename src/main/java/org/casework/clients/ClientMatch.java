package org.casework.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A possible duplicate. Out-of-scope candidates show only these identity fields, so a
 * worker can avoid a duplicate without reading another team's record.
 *
 * @param likely whether the score reaches the "likely duplicate" threshold
 * @param inScope whether the caller may open the candidate's record
 */
public record ClientMatch(UUID clientId, double score, List<String> reasons, String firstName, String lastName,
		LocalDate dateOfBirth, boolean likely, boolean inScope) {
}
