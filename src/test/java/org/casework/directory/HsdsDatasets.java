package org.casework.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Small HSDS 3.0 datasets for the directory's tests, with fresh ids so that tests sharing
 * one database do not see each other's services.
 */
public final class HsdsDatasets {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HsdsDatasets() {
	}

	/** A service with its organization, one location and weekly hours. */
	public static Map<String, Object> service(UUID id, String name, String category, String language, double latitude,
			double longitude, String zip, String days, String opens, String closes) {
		UUID org = UUID.nameUUIDFromBytes(("org-" + id).getBytes());
		UUID location = UUID.randomUUID();
		Map<String, Object> term = Map.of("id", UUID.nameUUIDFromBytes(category.getBytes()).toString(), "name",
				category, "description", category + " services", "code", category.toLowerCase().replace(' ', '-'));
		return new java.util.LinkedHashMap<>(Map.ofEntries(Map.entry("id", id.toString()), Map.entry("name", name),
				Map.entry("status", "active"), Map.entry("description", name + " for the neighbourhood."),
				Map.entry("eligibility_description", "Anyone in need."), Map.entry("fees_description", "Free."),
				Map.entry("organization",
						Map.of("id", org.toString(), "name", name + " Org", "description", "A charity.", "phones",
								List.of(Map.of("id", UUID.randomUUID().toString(), "number", "404-555-0100")))),
				Map.entry("phones", List.of(Map.of("id", UUID.randomUUID().toString(), "number", "404-555-0101"))),
				Map.entry("languages",
						List.of(Map.of("id", UUID.randomUUID().toString(), "name",
								"es".equals(language) ? "Spanish" : "English", "code", language))),
				Map.entry("attributes",
						List.of(Map.of("id", UUID.randomUUID().toString(), "taxonomy_term_id", term.get("id"),
								"taxonomy_term", term))),
				Map.entry("schedules",
						List.of(Map.of("id", UUID.randomUUID().toString(), "freq", "WEEKLY", "byday", days, "opens_at",
								opens, "closes_at", closes))),
				Map.entry("service_at_locations",
						List.of(Map.of("id", UUID.randomUUID().toString(), "location_id", location.toString(),
								"location",
								Map.of("id", location.toString(), "location_type", "physical", "name", name + " site",
										"latitude", latitude, "longitude", longitude, "addresses",
										List.of(Map.of("id", UUID.randomUUID().toString(), "address_1", "1 Main Street",
												"city", "Decatur", "state_province", "GA", "postal_code", zip,
												"country", "US", "address_type", "physical"))))))));
	}

	/** A food pantry in Decatur, about a third of a mile from the centroid of 30030. */
	static Map<String, Object> decaturPantry(UUID id) {
		return service(id, "Decatur Test Pantry", "Food pantry", "es", 33.7748, -84.2963, "30030", "TU,TH", "10:00",
				"14:00");
	}

	/** A food pantry in Marietta, about twenty miles from Decatur. */
	static Map<String, Object> mariettaPantry(UUID id) {
		return service(id, "Marietta Test Pantry", "Food pantry", "en", 33.9399, -84.5680, "30064", "TU", "10:00",
				"14:00");
	}

	/** A night shelter, open 19:00 to 07:00 every day. */
	static Map<String, Object> nightShelter(UUID id) {
		return service(id, "Night Test Shelter", "Emergency shelter", "en", 33.7462, -84.3935, "30303",
				"MO,TU,WE,TH,FR,SA,SU", "19:00", "07:00");
	}

	@SafeVarargs
	public static String dataset(Map<String, Object>... services) {
		return JSON.writeValueAsString(new ArrayList<>(List.of(services)));
	}

}
