package org.casework.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.directory.domain.HsdsRecord;
import org.casework.identity.CurrentUser;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.StaleVersionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the directory: search for workers (text, category, language, open now and
 * distance), a service's details, and the {@link Directory} other modules use. Opening
 * hours are read in the agency's time zone at the injected clock's now. Program admins
 * mark a service inactive, or active again (audited); nothing is deleted.
 */
@Service
public class DirectoryCatalog implements Directory {

	private static final String SUBJECT = "DirectoryService";

	private static final double METRES_PER_MILE = 1609.344;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DirectorySettings settings;

	private final JsonMapper json;

	private final UserContext users;

	private final AuditLog audit;

	DirectoryCatalog(JdbcClient jdbc, Clock clock, DirectorySettings settings, JsonMapper json, UserContext users,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
		this.json = json;
		this.users = users;
		this.audit = audit;
	}

	// the public API of other modules

	@Override
	@Transactional(readOnly = true)
	public Optional<DirectoryService> service(UUID serviceId) {
		return this.jdbc.sql("""
				SELECT s.id, s.name, s.organization_id, o.name AS organization_name, s.status, s.email, s.phone,
				       s.url, s.address
				FROM directory_service s LEFT JOIN directory_organization o ON o.id = s.organization_id
				WHERE s.id = ?""")
			.param(serviceId)
			.query((rs, n) -> new DirectoryService(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
					"active".equals(rs.getString("status")), rs.getString("email"), rs.getString("phone"),
					rs.getString("url"), rs.getString("address")))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DirectoryOrganization> organization(UUID organizationId) {
		return this.jdbc.sql(ORGANIZATIONS + " WHERE o.id = ?")
			.param(organizationId)
			.query(DirectoryCatalog::organization)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DirectoryOrganization> organizations() {
		return this.jdbc.sql("SELECT * FROM (" + ORGANIZATIONS + ") o WHERE active ORDER BY lower(name), id")
			.query(DirectoryCatalog::organization)
			.list();
	}

	private static final String ORGANIZATIONS = """
			SELECT o.id, o.name, o.email, o.phone,
			       EXISTS (SELECT 1 FROM directory_service s WHERE s.organization_id = o.id AND s.status = 'active')
			         AS active
			FROM directory_organization o""";

	private static DirectoryOrganization organization(ResultSet rs, int n) throws SQLException {
		return new DirectoryOrganization(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
				rs.getString("phone"), rs.getBoolean("active"));
	}

	// search

	/**
	 * Active services matching the query: nearest first when a place is given, else by
	 * name.
	 * @throws InvalidInputException for a ZIP code outside the region's table
	 */
	@Transactional(readOnly = true)
	public Page<ServiceCard> search(DirectoryQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		StringBuilder where = new StringBuilder(" WHERE s.status = 'active'");
		if (query.text() != null) {
			int i = 0;
			for (String word : query.text().toLowerCase(Locale.ROOT).split("\\s+")) {
				where.append(" AND s.search_text LIKE :word").append(i).append(" ESCAPE '\\'");
				params.put("word" + i, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
				i++;
			}
		}
		if (query.category() != null) {
			where.append(" AND :category = ANY(s.categories)");
			params.put("category", query.category().toLowerCase(Locale.ROOT));
		}
		if (query.language() != null) {
			where.append(" AND :language = ANY(s.languages)");
			params.put("language", query.language().toLowerCase(Locale.ROOT));
		}
		String distance = "CAST(NULL AS double precision)";
		if (query.hasPlace()) {
			double[] point = place(query);
			params.put("lat", point[0]);
			params.put("lon", point[1]);
			distance = """
					(SELECT min(earth_distance(ll_to_earth(:lat, :lon), ll_to_earth(l.latitude, l.longitude)))
					 FROM directory_service_location l
					 WHERE l.service_id = s.id AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL) / %s"""
				.formatted(METRES_PER_MILE);
			if (query.radiusMiles() != null) {
				where.append(" AND ").append(distance).append(" <= :radius");
				params.put("radius", query.radiusMiles());
			}
		}
		openNowParams(params);
		if (query.openNow()) {
			where.append(" AND ").append(OPEN_NOW);
		}
		long total = this.jdbc.sql("SELECT count(*) FROM directory_service s" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", query.page().size());
		params.put("offset", query.page().offset());
		List<ServiceCard> items = this.jdbc.sql("""
				SELECT s.id, s.name, s.description, s.phone, s.address, s.status, o.name AS organization_name,
				       s.record, %s AS miles, %s AS open_now
				FROM directory_service s LEFT JOIN directory_organization o ON o.id = s.organization_id
				%s
				ORDER BY miles NULLS LAST, lower(s.name), s.id
				LIMIT :limit OFFSET :offset""".formatted(distance, OPEN_NOW, where))
			.params(params)
			.query((rs, n) -> card(rs))
			.list();
		return new Page<>(items, query.page().page(), query.page().size(), total);
	}

	private ServiceCard card(ResultSet rs) throws SQLException {
		JsonNode record = this.json.readTree(rs.getString("record"));
		double miles = rs.getDouble("miles");
		Double distance = rs.wasNull() ? null : Math.round(miles * 10) / 10.0;
		return new ServiceCard(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organization_name"),
				rs.getString("description"), termNames(record),
				languages(record).stream().map(ServiceDetails.Language::name).toList(), rs.getString("phone"),
				rs.getString("address"), distance, rs.getBoolean("open_now"), rs.getString("status"));
	}

	/** Latitude and longitude of the query's place. */
	private double[] place(DirectoryQuery query) {
		if (query.latitude() != null) {
			return new double[] { query.latitude(), query.longitude() };
		}
		return this.jdbc.sql("SELECT latitude, longitude FROM directory_zip_centroid WHERE zip = ?")
			.param(query.zip())
			.query((rs, n) -> new double[] { rs.getDouble("latitude"), rs.getDouble("longitude") })
			.optional()
			.orElseThrow(() -> new InvalidInputException("zip", "is not a ZIP code of the directory's region"));
	}

	/**
	 * Open now: hours on today's day that have begun and not ended, or hours of yesterday
	 * that run past midnight and have not ended yet; within their valid dates.
	 */
	private static final String OPEN_NOW = """
			EXISTS (SELECT 1 FROM directory_service_hours h WHERE h.service_id = s.id
			  AND (h.valid_from IS NULL OR h.valid_from <= :today) AND (h.valid_to IS NULL OR h.valid_to >= :today)
			  AND ((h.opens_at < h.closes_at AND :day = ANY(h.days) AND :time >= h.opens_at AND :time < h.closes_at)
			    OR (h.closes_at <= h.opens_at AND ((:day = ANY(h.days) AND :time >= h.opens_at)
			      OR (:yesterday = ANY(h.days) AND :time < h.closes_at)))))""";

	private void openNowParams(Map<String, Object> params) {
		ZonedDateTime now = Instant.now(this.clock).atZone(this.settings.timeZone());
		params.put("today", now.toLocalDate());
		params.put("time", now.toLocalTime().withNano(0));
		params.put("day", dayCode(now));
		params.put("yesterday", dayCode(now.minusDays(1)));
	}

	private static String dayCode(ZonedDateTime at) {
		return at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT).substring(0, 2).toUpperCase(Locale.ROOT);
	}

	/**
	 * The categories services have, for the search filter: term name by lower-case name.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> categories() {
		Map<String, String> categories = new java.util.TreeMap<>();
		this.jdbc.sql("""
				SELECT DISTINCT a -> 'taxonomy_term' ->> 'name' AS name
				FROM directory_service s, jsonb_array_elements(s.record -> 'attributes') a
				WHERE s.status = 'active' AND a -> 'taxonomy_term' ->> 'name' IS NOT NULL""")
			.query(String.class)
			.list()
			.forEach(name -> categories.put(name.toLowerCase(Locale.ROOT), name));
		return categories;
	}

	/** The languages services are offered in, for the search filter: name by code. */
	@Transactional(readOnly = true)
	public Map<String, String> languages() {
		Map<String, String> languages = new java.util.TreeMap<>();
		this.jdbc.sql("""
				SELECT DISTINCT lower(l ->> 'code') AS code, l ->> 'name' AS name
				FROM directory_service s, jsonb_array_elements(s.record -> 'languages') l
				WHERE s.status = 'active' AND l ->> 'code' IS NOT NULL AND l ->> 'name' IS NOT NULL""")
			.query((rs, n) -> Map.entry(rs.getString("code"), rs.getString("name")))
			.list()
			.forEach(e -> languages.putIfAbsent(e.getKey(), e.getValue()));
		return languages;
	}

	// one service

	@Transactional(readOnly = true)
	public ServiceDetails details(UUID id) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("id", id);
		openNowParams(params);
		return this.jdbc.sql("""
				SELECT s.id, s.version, s.status, s.record, o.record AS organization, %s AS open_now
				FROM directory_service s LEFT JOIN directory_organization o ON o.id = s.organization_id
				WHERE s.id = :id""".formatted(OPEN_NOW))
			.params(params)
			.query((rs, n) -> details(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Service"));
	}

	private ServiceDetails details(ResultSet rs) throws SQLException {
		JsonNode record = this.json.readTree(rs.getString("record"));
		String orgText = rs.getString("organization");
		JsonNode org = orgText == null ? null : this.json.readTree(orgText);
		HsdsRecord parsed = HsdsRecord.of(record);
		List<ServiceDetails.Phone> phones = new ArrayList<>();
		record.path("phones").values().forEach(p -> phones.add(phone(p)));
		record.path("service_at_locations").values().forEach(at -> {
			at.path("phones").values().forEach(p -> phones.add(phone(p)));
			at.path("location").path("phones").values().forEach(p -> phones.add(phone(p)));
		});
		if (phones.isEmpty() && org != null) {
			org.path("phones").values().forEach(p -> phones.add(phone(p)));
		}
		List<String> notes = new ArrayList<>();
		record.path("schedules").values().forEach(s -> addNote(notes, s));
		record.path("service_at_locations").values().forEach(at -> {
			at.path("schedules").values().forEach(s -> addNote(notes, s));
			at.path("location").path("schedules").values().forEach(s -> addNote(notes, s));
		});
		List<String> areas = new ArrayList<>();
		record.path("service_areas").values().forEach(a -> {
			String area = HsdsRecord.text(a, "name");
			String description = HsdsRecord.text(a, "description");
			if (area != null || description != null) {
				areas.add(area == null ? description : description == null ? area : area + ": " + description);
			}
		});
		ServiceDetails.Organization organization = org == null ? null : new ServiceDetails.Organization(
				UUID.fromString(HsdsRecord.text(org, "id")), HsdsRecord.text(org, "name"),
				HsdsRecord.text(org, "description"), HsdsRecord.text(org, "website"), HsdsRecord.text(org, "email"),
				org.path("phones").values().stream().map(p -> HsdsRecord.text(p, "number")).findFirst().orElse(null));
		String fees = HsdsRecord.text(record, "fees_description");
		if (fees == null) {
			fees = HsdsRecord.text(record, "fees");
		}
		return new ServiceDetails(rs.getObject("id", UUID.class), rs.getLong("version"),
				HsdsRecord.text(record, "name"), HsdsRecord.text(record, "alternate_name"), rs.getString("status"),
				HsdsRecord.text(record, "description"), HsdsRecord.text(record, "eligibility_description"), fees,
				HsdsRecord.text(record, "application_process"), HsdsRecord.text(record, "url"),
				HsdsRecord.text(record, "email"), organization, termNames(record), languages(record),
				phones.stream().filter(p -> p.number() != null).distinct().toList(),
				parsed.places()
					.stream()
					.map(p -> new ServiceDetails.Place(p.name(), p.address(), p.latitude(), p.longitude()))
					.toList(),
				parsed.hours().stream().map(h -> new ServiceDetails.Hours(h.days(), h.opens(), h.closes())).toList(),
				notes, areas, rs.getBoolean("open_now"));
	}

	private static ServiceDetails.Phone phone(JsonNode phone) {
		return new ServiceDetails.Phone(HsdsRecord.text(phone, "number"), HsdsRecord.text(phone, "type"),
				HsdsRecord.text(phone, "description"));
	}

	private static void addNote(List<String> notes, JsonNode schedule) {
		String description = HsdsRecord.text(schedule, "description");
		if (description != null && !notes.contains(description)) {
			notes.add(description);
		}
	}

	private static List<String> termNames(JsonNode record) {
		return record.path("attributes")
			.values()
			.stream()
			.map(a -> HsdsRecord.text(a.path("taxonomy_term"), "name"))
			.filter(n -> n != null)
			.distinct()
			.toList();
	}

	private static List<ServiceDetails.Language> languages(JsonNode record) {
		return record.path("languages")
			.values()
			.stream()
			.map(l -> new ServiceDetails.Language(HsdsRecord.text(l, "code"), HsdsRecord.text(l, "name")))
			.filter(l -> l.name() != null)
			.distinct()
			.toList();
	}

	// marking a service inactive or active again (program admins)

	@Transactional
	public ServiceDetails deactivate(UUID id, long version) {
		return setStatus(id, version, "inactive");
	}

	@Transactional
	public ServiceDetails activate(UUID id, long version) {
		return setStatus(id, version, "active");
	}

	private ServiceDetails setStatus(UUID id, long version, String status) {
		admin();
		ServiceDetails current = details(id);
		if (current.version() != version) {
			throw StaleVersionException.stale("service");
		}
		this.jdbc.sql("""
				UPDATE directory_service SET status = ?, version = version + 1, updated_at = ?,
				       record = jsonb_set(record, '{status}', to_jsonb(CAST(? AS text)))
				WHERE id = ? AND version = ?""")
			.params(status, java.sql.Timestamp.from(Instant.now(this.clock)), status, id, version)
			.update();
		this.audit.record(AuditEntry.of(AuditAction.UPDATE, SUBJECT, id).withDetail("status " + status));
		return details(id);
	}

	private CurrentUser admin() {
		CurrentUser me = this.users.current();
		if (!me.has(Role.PROGRAM_ADMIN)) {
			throw new AccessDeniedException("Only a program admin maintains the resource directory");
		}
		return me;
	}

}
