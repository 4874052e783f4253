package org.casework.directory;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A service as the detail page shows it, read from its HSDS record.
 *
 * @param version for If-Match when a program admin marks it inactive or active
 * @param status HSDS status: active, inactive, defunct, temporarily closed
 */
public record ServiceDetails(UUID id, long version, String name, String alternateName, String status,
		String description, String eligibility, String fees, String applicationProcess, String url, String email,
		Organization organization, List<String> categories, List<Language> languages, List<Phone> phones,
		List<Place> places, List<Hours> hours, List<String> scheduleNotes, List<String> serviceAreas, boolean openNow) {

	public boolean active() {
		return "active".equals(this.status);
	}

	public record Organization(UUID id, String name, String description, String website, String email, String phone) {
	}

	public record Language(String code, String name) {
	}

	public record Phone(String number, String type, String description) {
	}

	public record Place(String name, String address, Double latitude, Double longitude) {
	}

	/** Weekly hours; {@code days} are HSDS day codes (MO … SU). */
	public record Hours(List<String> days, LocalTime opens, LocalTime closes) {
	}

}
