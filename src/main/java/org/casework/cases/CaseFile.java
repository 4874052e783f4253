package org.casework.cases;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.casework.clients.ClientSummary;

/**
 * One case in full, for its page: the summary, the client header, the current care team,
 * and its history, oldest first: who was added to or taken off the care team, the
 * transfers, the changes of priority, and its closings and reopenings.
 */
public record CaseFile(@JsonUnwrapped CaseSummary summary, ClientSummary client, List<CareTeamMember> careTeam,
		List<CareTeamChange> teamChanges, List<CaseTransfer> transfers, List<CasePriorityChange> priorityChanges,
		List<CaseStatusChange> statusChanges) {
}
