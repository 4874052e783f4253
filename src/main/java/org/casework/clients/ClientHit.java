package org.casework.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A search result: who it is and why it was found. */
public record ClientHit(UUID id, String firstName, String lastName, String preferredName, LocalDate dateOfBirth,
		Integer birthYear, String city, double score, List<String> reasons) {
}
