package org.casework.assessments;

import java.time.Instant;

/**
 * One stored version of an instrument.
 *
 * @param uploadedBy the username of the program admin who uploaded it, or null for a
 * version shipped with Casework
 */
public record InstrumentVersionInfo(String code, int version, String title, VersionOrigin origin, String uploadedBy,
		Instant uploadedAt) {

}
