package org.casework.cases;

import java.util.UUID;

/**
 * One worker's open cases as their supervisor sees them.
 *
 * @param overSafeCaseload more open cases than the agency's safe caseload
 */
public record WorkerLoad(UUID userId, String name, long openCases, long emergency, long urgent,
		boolean overSafeCaseload) {
}
