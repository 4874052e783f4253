package org.casework.monitoring;

import java.util.UUID;

/**
 * A note was signed on a case with a no-contact or unsigned-note task open: the case's
 * contact rules run once the signature is committed. Published and handled within
 * monitoring.
 *
 * @param caseId the case whose note was signed
 */
record ContactRulesDue(UUID caseId) {
}
