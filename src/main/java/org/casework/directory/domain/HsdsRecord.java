package org.casework.directory.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * What search and the detail page read from a valid HSDS 3.0 service record: its
 * organization, the categories (taxonomy terms of its attributes), languages, the first
 * phone, its locations with points, and its weekly opening hours.
 */
public record HsdsRecord(UUID id, String name, String description, String status, String email, String url,
		String phone, UUID organizationId, JsonNode organization, List<String> categories, List<String> languages,
		List<Place> places, List<Hours> hours) {

	/** A location the service is delivered at. */
	public record Place(UUID locationId, String name, String address, String postalCode, Double latitude,
			Double longitude) {
	}

	/** Weekly hours: on these days (HSDS day codes MO…SU), from opens to closes. */
	public record Hours(List<String> days, LocalTime opens, LocalTime closes, LocalDate validFrom, LocalDate validTo) {
	}

	static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	public static HsdsRecord of(JsonNode service) {
		JsonNode organization = service.path("organization");
		UUID organizationId = uuid(text(service, "organization_id"));
		if (organization.isObject() && uuid(text(organization, "id")) != null) {
			organizationId = uuid(text(organization, "id"));
		}
		else {
			organization = null;
		}
		Set<String> categories = new LinkedHashSet<>();
		for (JsonNode attribute : service.path("attributes").values()) {
			JsonNode term = attribute.path("taxonomy_term");
			addLower(categories, text(term, "name"));
			addLower(categories, text(term, "code"));
		}
		Set<String> languages = new LinkedHashSet<>();
		for (JsonNode language : service.path("languages").values()) {
			addLower(languages, text(language, "code"));
			addLower(languages, text(language, "name"));
		}
		List<Place> places = new ArrayList<>();
		List<JsonNode> schedules = new ArrayList<>();
		service.path("schedules").values().forEach(schedules::add);
		List<JsonNode> phones = new ArrayList<>();
		service.path("phones").values().forEach(phones::add);
		for (JsonNode at : service.path("service_at_locations").values()) {
			JsonNode location = at.path("location");
			at.path("schedules").values().forEach(schedules::add);
			location.path("schedules").values().forEach(schedules::add);
			at.path("phones").values().forEach(phones::add);
			location.path("phones").values().forEach(phones::add);
			UUID locationId = uuid(text(location, "id"));
			if (locationId == null) {
				locationId = uuid(text(at, "location_id"));
			}
			if (locationId == null) {
				continue;
			}
			JsonNode address = physicalAddress(location.path("addresses"));
			places.add(new Place(locationId, text(location, "name"), address == null ? null : oneLine(address),
					address == null ? null : text(address, "postal_code"), number(location, "latitude"),
					number(location, "longitude")));
		}
		if (organization != null) {
			organization.path("phones").values().forEach(phones::add);
		}
		String phone = phones.stream().map(p -> text(p, "number")).filter(n -> n != null).findFirst().orElse(null);
		return new HsdsRecord(uuid(text(service, "id")), text(service, "name"), text(service, "description"),
				text(service, "status"), text(service, "email"), text(service, "url"), phone, organizationId,
				organization, List.copyOf(categories), List.copyOf(languages), places,
				schedules.stream().flatMap(HsdsRecord::hours).toList());
	}

	/** The first address of the service's first location, on one line. */
	public String address() {
		return this.places.stream().map(Place::address).filter(a -> a != null).findFirst().orElse(null);
	}

	/** Name, description, organization and categories, lower case, for text search. */
	public String searchText() {
		StringBuilder text = new StringBuilder();
		Stream.of(this.name, this.description, this.organization == null ? null : text(this.organization, "name"))
			.filter(s -> s != null)
			.forEach(s -> text.append(s).append(' '));
		this.categories.forEach(c -> text.append(c).append(' '));
		return text.toString().toLowerCase(Locale.ROOT).trim();
	}

	private static Stream<Hours> hours(JsonNode schedule) {
		String freq = text(schedule, "freq");
		String byday = text(schedule, "byday");
		LocalTime opens = time(text(schedule, "opens_at"));
		LocalTime closes = time(text(schedule, "closes_at"));
		if ((freq != null && !"WEEKLY".equals(freq)) || byday == null || opens == null || closes == null) {
			return Stream.empty();
		}
		List<String> days = Stream.of(byday.split(","))
			.map(d -> d.trim().toUpperCase(Locale.ROOT))
			.filter(DAYS::contains)
			.distinct()
			.toList();
		if (days.isEmpty()) {
			return Stream.empty();
		}
		return Stream
			.of(new Hours(days, opens, closes, date(text(schedule, "valid_from")), date(text(schedule, "valid_to"))));
	}

	private static JsonNode physicalAddress(JsonNode addresses) {
		JsonNode first = null;
		for (JsonNode address : addresses.values()) {
			if ("physical".equals(text(address, "address_type"))) {
				return address;
			}
			if (first == null) {
				first = address;
			}
		}
		return first;
	}

	static String oneLine(JsonNode address) {
		StringBuilder line = new StringBuilder();
		for (String part : new String[] { text(address, "address_1"), text(address, "address_2"),
				text(address, "city") }) {
			if (part != null) {
				line.append(line.isEmpty() ? "" : ", ").append(part);
			}
		}
		String state = text(address, "state_province");
		String postal = text(address, "postal_code");
		if (state != null || postal != null) {
			line.append(line.isEmpty() ? "" : ", ")
				.append(state == null ? "" : state)
				.append(state != null && postal != null ? " " : "")
				.append(postal == null ? "" : postal);
		}
		return line.toString();
	}

	private static void addLower(Set<String> into, String value) {
		if (value != null) {
			into.add(value.toLowerCase(Locale.ROOT));
		}
	}

	public static String text(JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.path(field);
		if (value.isMissingNode() || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString().trim();
		return text.isEmpty() ? null : text;
	}

	private static Double number(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isNumber() ? value.asDouble() : null;
	}

	static UUID uuid(String text) {
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * HSDS times are "09:00", "09:00:00" or with an offset ("09:00:00Z"): the local time
	 * is read.
	 */
	private static LocalTime time(String text) {
		if (text == null || text.length() < 5) {
			return null;
		}
		try {
			return LocalTime.parse(text.substring(0, 5));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static LocalDate date(String text) {
		if (text == null || text.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(text.substring(0, 10));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
