package org.casework.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.directory.domain.HsdsRecord;
import org.casework.directory.domain.HsdsSchemas;
import org.casework.identity.CurrentUser;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports and exports the directory as HSDS 3.0 JSON: an array of services with their
 * nested organization, locations, phones, schedules, languages, service areas and
 * taxonomy terms (or an HSDS API page whose {@code contents} is that array). Each record
 * is checked against the official schemas; a valid record is imported (a known id is
 * updated), a refused one is reported with every failing field and nothing of it is
 * imported. Services missing from the dataset are marked inactive (unless nothing of it
 * could be imported); nothing is deleted. An import runs as a job whose progress row the
 * import screen polls; only program admins import, and each step is audited.
 */
@Service
public class DirectoryImports {

	private static final Logger log = LoggerFactory.getLogger(DirectoryImports.class);

	private static final String SUBJECT = "DirectoryImport";

	private static final int BATCH = 20;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final HsdsSchemas schemas;

	private final JsonMapper json;

	private final UserContext users;

	private final AuditLog audit;

	private final Clock clock;

	private final DirectorySettings settings;

	private final TaskExecutor executor;

	DirectoryImports(JdbcClient jdbc, PlatformTransactionManager transactions, HsdsSchemas schemas, JsonMapper json,
			UserContext users, AuditLog audit, Clock clock, DirectorySettings settings,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.schemas = schemas;
		this.json = json;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
		this.executor = executor;
	}

	/** The largest dataset an import takes, in bytes. */
	public long maxSize() {
		return this.settings.maxImportSize().toBytes();
	}

	/**
	 * Imports a dataset now and answers the finished report.
	 * @throws InvalidInputException when the dataset is too large, not JSON or not an
	 * array of records: nothing is imported
	 */
	public ImportReport importNow(byte[] data) {
		CurrentUser me = admin();
		List<JsonNode> records = read(data);
		UUID id = open(me, records.size());
		run(id, records);
		return report(id).orElseThrow();
	}

	/**
	 * Starts importing a dataset in the background and answers the import's id at once;
	 * {@link #report(UUID)} tells how far it got.
	 * @throws InvalidInputException as {@link #importNow(byte[])}
	 */
	public UUID start(byte[] data) {
		CurrentUser me = admin();
		List<JsonNode> records = read(data);
		UUID id = open(me, records.size());
		this.executor.execute(() -> this.users.runAs(me.username(), () -> {
			run(id, records);
			return null;
		}));
		return id;
	}

	public Optional<ImportReport> report(UUID id) {
		return this.jdbc.sql("SELECT * FROM directory_import WHERE id = ?").param(id).query(this::toReport).optional();
	}

	/** The latest imports, newest first. */
	public List<ImportReport> recent(int limit) {
		return this.jdbc.sql("SELECT * FROM directory_import ORDER BY started_at DESC LIMIT ?")
			.param(limit)
			.query(this::toReport)
			.list();
	}

	/** Whether the directory has any service yet (the demo loads its own when not). */
	public boolean empty() {
		return this.jdbc.sql("SELECT count(*) = 0 FROM directory_service").query(Boolean.class).single();
	}

	/**
	 * The whole directory as an HSDS 3.0 dataset: every service, active or not, with its
	 * status and its organization as they are now.
	 */
	public ArrayNode export() {
		ArrayNode services = this.json.createArrayNode();
		this.jdbc.sql("""
				SELECT s.record, s.status, o.record AS organization
				FROM directory_service s LEFT JOIN directory_organization o ON o.id = s.organization_id
				ORDER BY lower(s.name), s.id""").query((rs, n) -> {
			ObjectNode service = (ObjectNode) this.json.readTree(rs.getString("record"));
			service.put("status", rs.getString("status"));
			String organization = rs.getString("organization");
			if (organization != null) {
				service.set("organization", this.json.readTree(organization));
			}
			return service;
		}).list().forEach(services::add);
		return services;
	}

	// reading a dataset

	private List<JsonNode> read(byte[] data) {
		if (data == null || data.length == 0) {
			throw new InvalidInputException("file", "is empty: send an HSDS 3.0 JSON array of services");
		}
		if (data.length > maxSize()) {
			throw new InvalidInputException("file",
					"is larger than the limit of " + this.settings.maxImportSize().toMegabytes() + " MB");
		}
		JsonNode root;
		try {
			root = this.json.readTree(data);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body",
					"is not valid JSON: " + ex.getOriginalMessage() + (ex.getLocation() != null ? " (line "
							+ ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : ""));
		}
		if (root != null && root.isObject() && root.path("contents").isArray()) {
			root = root.path("contents");
		}
		if (root == null || !root.isArray()) {
			throw new InvalidInputException("body", "must be a JSON array of HSDS 3.0 services");
		}
		List<JsonNode> records = new ArrayList<>();
		root.values().forEach(records::add);
		return records;
	}

	// running an import

	private UUID open(CurrentUser me, int total) {
		UUID id = UUID.randomUUID();
		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("""
					INSERT INTO directory_import (id, started_by, started_at, state, total)
					VALUES (?, ?, ?, 'RUNNING', ?)""").params(id, me.username(), now(), total).update();
			this.audit.record(AuditEntry.of(AuditAction.CREATE, SUBJECT, id).withDetail(total + " records"));
		});
		return id;
	}

	private void run(UUID id, List<JsonNode> records) {
		Set<UUID> present = new HashSet<>();
		for (JsonNode record : records) {
			UUID serviceId = uuid(HsdsRecord.text(record, "id"));
			if (serviceId != null) {
				present.add(serviceId);
			}
		}
		Set<UUID> seen = new HashSet<>();
		List<RecordRefusal> refusals = new ArrayList<>();
		int[] imported = { 0 };
		try {
			for (int from = 0; from < records.size(); from += BATCH) {
				int start = from;
				int end = Math.min(records.size(), from + BATCH);
				this.transactions.executeWithoutResult(status -> {
					int before = imported[0];
					for (int i = start; i < end; i++) {
						JsonNode record = records.get(i);
						List<FieldProblem> problems = check(record, i, seen);
						if (problems.isEmpty()) {
							save(HsdsRecord.of(record), record, id);
							imported[0]++;
						}
						else {
							refusals.add(new RecordRefusal(i, HsdsRecord.text(record, "id"),
									HsdsRecord.text(record, "name"), problems));
						}
					}
					progress(id, end, imported[0], refusals);
					this.audit.record(AuditEntry.of(AuditAction.UPDATE, SUBJECT, id)
						.withDetail(
								"records " + start + "-" + (end - 1) + ": " + (imported[0] - before) + " imported"));
				});
			}
			this.transactions.executeWithoutResult(status -> {
				// a dataset of which nothing could be imported is no new directory: it
				// must
				// not take every service out of use
				int deactivated = imported[0] == 0 ? 0 : this.jdbc.sql("""
						UPDATE directory_service SET status = 'inactive', version = version + 1, updated_at = ?,
						       record = jsonb_set(record, '{status}', '"inactive"')
						WHERE status IN ('active', 'temporarily closed') AND NOT (id = ANY(CAST(? AS uuid[])))""")
					.params(now(), present.stream().map(UUID::toString).toArray(String[]::new))
					.update();
				this.jdbc.sql("""
						UPDATE directory_import SET state = 'DONE', finished_at = ?, deactivated = ?
						WHERE id = ?""").params(now(), deactivated, id).update();
				this.audit.record(AuditEntry.of(AuditAction.UPDATE, SUBJECT, id)
					.withDetail("done: " + imported[0] + " imported, " + refusals.size() + " refused, " + deactivated
							+ " missing services marked inactive"));
			});
		}
		catch (RuntimeException ex) {
			log.warn("Directory import {} failed", id, ex);
			this.transactions.executeWithoutResult(status -> this.jdbc
				.sql("UPDATE directory_import SET state = 'FAILED', finished_at = ?, failure = ? WHERE id = ?")
				.params(now(), ex.getClass().getSimpleName(), id)
				.update());
		}
	}

	/** Every problem of one record, each named by its path in the dataset. */
	private List<FieldProblem> check(JsonNode record, int index, Set<UUID> seen) {
		String prefix = "services[" + index + "]";
		if (!record.isObject()) {
			return List.of(new FieldProblem(prefix, "must be an HSDS service object"));
		}
		List<FieldProblem> problems = new ArrayList<>(this.schemas.checkService(record, prefix));
		UUID id = uuid(HsdsRecord.text(record, "id"));
		if (id != null && !seen.add(id)) {
			problems.add(new FieldProblem(prefix + ".id", "appears more than once in the dataset"));
		}
		if (problems.isEmpty()) {
			HsdsRecord parsed = HsdsRecord.of(record);
			if (parsed.organization() == null && parsed.organizationId() != null
					&& this.jdbc.sql("SELECT count(*) = 0 FROM directory_organization WHERE id = ?")
						.param(parsed.organizationId())
						.query(Boolean.class)
						.single()) {
				problems.add(new FieldProblem(prefix + ".organization_id",
						"names no organization of the directory; nest the organization in the service"));
			}
		}
		return problems;
	}

	private void save(HsdsRecord service, JsonNode record, UUID importId) {
		Timestamp now = now();
		if (service.organization() != null) {
			JsonNode org = service.organization();
			String phone = org.path("phones")
				.values()
				.stream()
				.map(p -> HsdsRecord.text(p, "number"))
				.filter(n -> n != null)
				.findFirst()
				.orElse(null);
			this.jdbc.sql("""
					INSERT INTO directory_organization (id, name, email, phone, website, record, updated_at)
					VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
					ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email,
					    phone = EXCLUDED.phone, website = EXCLUDED.website, record = EXCLUDED.record,
					    updated_at = EXCLUDED.updated_at""")
				.params(service.organizationId(), HsdsRecord.text(org, "name"), HsdsRecord.text(org, "email"), phone,
						HsdsRecord.text(org, "website"), this.json.writeValueAsString(org), now)
				.update();
		}
		ObjectNode stored = ((ObjectNode) record).deepCopy();
		stored.remove("organization");
		this.jdbc.sql("""
				INSERT INTO directory_service (id, organization_id, name, description, status, email, phone, url,
				    address, categories, languages, search_text, record, last_import_id, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)
				ON CONFLICT (id) DO UPDATE SET organization_id = EXCLUDED.organization_id, name = EXCLUDED.name,
				    description = EXCLUDED.description, status = EXCLUDED.status, email = EXCLUDED.email,
				    phone = EXCLUDED.phone, url = EXCLUDED.url, address = EXCLUDED.address,
				    categories = EXCLUDED.categories, languages = EXCLUDED.languages,
				    search_text = EXCLUDED.search_text, record = EXCLUDED.record,
				    last_import_id = EXCLUDED.last_import_id, updated_at = EXCLUDED.updated_at,
				    version = directory_service.version + 1""")
			.params(service.id(), service.organizationId(), service.name(),
					service.description() == null ? "" : service.description(), service.status(), service.email(),
					service.phone(), service.url(), service.address(), service.categories().toArray(String[]::new),
					service.languages().toArray(String[]::new), service.searchText(),
					this.json.writeValueAsString(stored), importId, now)
			.update();
		this.jdbc.sql("DELETE FROM directory_service_location WHERE service_id = ?").param(service.id()).update();
		this.jdbc.sql("DELETE FROM directory_service_hours WHERE service_id = ?").param(service.id()).update();
		int position = 0;
		for (HsdsRecord.Place place : service.places()) {
			this.jdbc.sql("""
					INSERT INTO directory_service_location (service_id, position, location_id, name, address,
					    postal_code, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(service.id(), position++, place.locationId(), place.name(), place.address(), place.postalCode(),
						place.latitude(), place.longitude())
				.update();
		}
		position = 0;
		for (HsdsRecord.Hours hours : service.hours()) {
			this.jdbc.sql("""
					INSERT INTO directory_service_hours (service_id, position, days, opens_at, closes_at, valid_from,
					    valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(service.id(), position++, hours.days().toArray(String[]::new), hours.opens(), hours.closes(),
						hours.validFrom(), hours.validTo())
				.update();
		}
	}

	private void progress(UUID id, int processed, int imported, List<RecordRefusal> refusals) {
		this.jdbc
			.sql("UPDATE directory_import SET processed = ?, imported = ?, refusals = CAST(? AS jsonb) WHERE id = ?")
			.params(processed, imported, this.json.writeValueAsString(refusals), id)
			.update();
	}

	private ImportReport toReport(ResultSet rs, int n) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		List<RecordRefusal> refusals = this.json.readValue(rs.getString("refusals"),
				new TypeReference<List<RecordRefusal>>() {
				});
		return new ImportReport(rs.getObject("id", UUID.class), rs.getString("state"), rs.getString("started_by"),
				rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
				rs.getInt("total"), rs.getInt("processed"), rs.getInt("imported"), rs.getInt("deactivated"), refusals,
				rs.getString("failure"));
	}

	private CurrentUser admin() {
		CurrentUser me = this.users.current();
		if (!me.has(Role.PROGRAM_ADMIN)) {
			throw new AccessDeniedException("Only a program admin imports the resource directory");
		}
		return me;
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

	private static UUID uuid(String text) {
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

}
