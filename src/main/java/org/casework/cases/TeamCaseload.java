package org.casework.cases;

import java.util.List;
import java.util.UUID;

/** The caseloads of a supervisor's team, busiest first. */
public record TeamCaseload(UUID teamId, int safeCaseload, List<WorkerLoad> workers) {
}
