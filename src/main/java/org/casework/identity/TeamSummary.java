package org.casework.identity;

import java.util.UUID;

/** A team of an agency (North team, South team). */
public record TeamSummary(UUID id, String name, UUID agencyId, String agencyName) {
}
