package org.casework.clients;

import java.time.LocalDate;
import java.util.UUID;

/** A client as other modules show them in headers and lists. */
public record ClientSummary(UUID id, String firstName, String lastName, String preferredName, LocalDate dateOfBirth,
		Integer birthYear, String preferredLanguage, boolean interpreterNeeded, String status) {

	public String displayName() {
		String first = this.preferredName != null && !this.preferredName.isBlank() ? this.preferredName
				: this.firstName;
		return (first == null || first.isBlank() ? "" : first + " ") + this.lastName;
	}

	public Integer age(LocalDate today) {
		if (this.dateOfBirth != null) {
			return java.time.Period.between(this.dateOfBirth, today).getYears();
		}
		return this.birthYear == null ? null : today.getYear() - this.birthYear;
	}

}
