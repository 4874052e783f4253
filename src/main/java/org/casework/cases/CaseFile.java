package org.casework.cases;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.casework.clients.ClientSummary;

/**
 * One case in full, for its page: the summary, the client header, the current care team
 * and the transfers, oldest first.
 */
public record CaseFile(@JsonUnwrapped CaseSummary summary, ClientSummary client, List<CareTeamMember> careTeam,
		List<CaseTransfer> transfers) {
}
