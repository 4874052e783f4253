package org.casework.monitoring.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casework.monitoring.DueFilter;
import org.casework.monitoring.TaskKind;
import org.casework.monitoring.TaskStatus;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;
import org.casework.shared.Words;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The task table. The rules write their occurrences in batches (one statement per
 * thousand, whatever the number of cases), so evaluating every open case stays a handful
 * of set-based statements.
 */
@Repository
public class Tasks {

	/** Overdue first, then the priority of the case, then the due day. */
	static final String QUEUE_ORDER = """
			ORDER BY (due_on < :today) DESC,
			         CASE case_priority WHEN 'EMERGENCY' THEN 0 WHEN 'URGENT' THEN 1 ELSE 2 END,
			         due_on, created_at, id""";

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final Words words;

	Tasks(JdbcClient jdbc, Words words) {
		this.jdbc = jdbc;
		this.words = words;
	}

	/**
	 * Raises a task for each occurrence whose rule key has none yet; an open task of an
	 * occurrence raised before follows its case's owner, priority and wording.
	 * @return how many tasks were raised
	 */
	public int raise(List<Occurrence> occurrences, Instant now) {
		int raised = 0;
		for (int from = 0; from < occurrences.size(); from += BATCH) {
			List<Occurrence> batch = occurrences.subList(from, Math.min(occurrences.size(), from + BATCH));
			int n = batch.size();
			String[] kinds = new String[n];
			String[] keys = new String[n];
			String[] titles = new String[n];
			String[] titleKeys = new String[n];
			String[] titleArgs = new String[n];
			String[] cases = new String[n];
			String[] numbers = new String[n];
			String[] clients = new String[n];
			String[] owners = new String[n];
			String[] priorities = new String[n];
			String[] due = new String[n];
			for (int i = 0; i < n; i++) {
				Occurrence o = batch.get(i);
				kinds[i] = o.kind().name();
				keys[i] = o.ruleKey();
				titles[i] = this.words.english(o.title());
				titleKeys[i] = o.title().key();
				titleArgs[i] = TaskRow.args(o.title());
				cases[i] = o.caseId() == null ? null : o.caseId().toString();
				numbers[i] = o.caseNumber();
				clients[i] = o.clientId() == null ? null : o.clientId().toString();
				owners[i] = o.ownerId().toString();
				priorities[i] = (o.priority() == null ? Priority.ROUTINE : o.priority()).name();
				due[i] = o.dueOn().toString();
			}
			raised += this.jdbc
				.sql("""
						INSERT INTO task (id, kind, rule_key, alert, title, title_key, title_args, case_id, case_number,
						                  client_id, owner_id, case_priority, due_on, status, created_at)
						SELECT gen_random_uuid(), t.kind, t.rule_key, t.kind IN ('CRISIS', 'EMERGENCY_ACCESS'), t.title,
						       t.title_key, CAST(t.title_args AS jsonb), CAST(t.case_id AS uuid), t.case_number,
						       CAST(t.client_id AS uuid), CAST(t.owner_id AS uuid), t.priority, CAST(t.due_on AS date), 'OPEN',
						       :now
						FROM unnest(CAST(:kinds AS text[]), CAST(:keys AS text[]), CAST(:titles AS text[]),
						            CAST(:titleKeys AS text[]), CAST(:titleArgs AS text[]), CAST(:cases AS text[]),
						            CAST(:numbers AS text[]), CAST(:clients AS text[]), CAST(:owners AS text[]),
						            CAST(:priorities AS text[]), CAST(:due AS text[]))
						     AS t(kind, rule_key, title, title_key, title_args, case_id, case_number, client_id, owner_id,
						          priority, due_on)
						ON CONFLICT (rule_key) DO UPDATE SET owner_id = EXCLUDED.owner_id,
						    case_priority = EXCLUDED.case_priority, title = EXCLUDED.title, title_key = EXCLUDED.title_key,
						    title_args = EXCLUDED.title_args, version = task.version + 1
						WHERE task.status = 'OPEN' AND (task.owner_id <> EXCLUDED.owner_id
						    OR task.case_priority <> EXCLUDED.case_priority OR task.title <> EXCLUDED.title
						    OR task.title_key IS DISTINCT FROM EXCLUDED.title_key OR task.title_args <> EXCLUDED.title_args)
						RETURNING (xmax = 0) AS inserted""")
				.param("now", Timestamp.from(now))
				.param("kinds", kinds)
				.param("keys", keys)
				.param("titles", titles)
				.param("titleKeys", titleKeys)
				.param("titleArgs", titleArgs)
				.param("cases", cases)
				.param("numbers", numbers)
				.param("clients", clients)
				.param("owners", owners)
				.param("priorities", priorities)
				.param("due", due)
				.query(Boolean.class)
				.list()
				.stream()
				.filter(Boolean::booleanValue)
				.count();
		}
		return raised;
	}

	/**
	 * Resolves the open tasks of a rule whose occurrence no longer holds: their key is
	 * not among those the rule found.
	 * @param caseIds only the tasks of these cases, or all the rule's tasks when null
	 * @return how many were resolved
	 */
	public int resolveOthers(TaskKind kind, Collection<String> stillDue, Collection<UUID> caseIds, Instant now) {
		String scope = caseIds == null ? "" : " AND case_id = ANY(CAST(:cases AS uuid[]))";
		JdbcClient.StatementSpec spec = this.jdbc
			.sql("""
					UPDATE task SET status = 'RESOLVED', closed_at = :now, closed_note = 'Resolved: the condition ended',
					    version = version + 1
					WHERE kind = :kind AND status = 'OPEN'
					  AND NOT EXISTS (SELECT 1 FROM unnest(CAST(:keys AS text[])) AS k(key) WHERE k.key = task.rule_key)"""
					+ scope)
			.param("now", Timestamp.from(now))
			.param("kind", kind.name())
			.param("keys", stillDue.toArray(String[]::new));
		if (caseIds != null) {
			spec = spec.param("cases", caseIds.stream().map(UUID::toString).toArray(String[]::new));
		}
		return spec.update();
	}

	/**
	 * Resolves the open tasks whose rule key begins so (the tasks of one closure), with
	 * the note.
	 * @return how many were resolved
	 */
	public int resolveByKeyPrefix(String prefix, String note, Instant now) {
		return this.jdbc.sql("""
				UPDATE task SET status = 'RESOLVED', closed_at = :now, closed_note = :note, version = version + 1
				WHERE status = 'OPEN' AND rule_key LIKE :prefix""")
			.param("now", Timestamp.from(now))
			.param("note", note)
			.param("prefix", prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.update();
	}

	/** Whether the case has an open task of one of these kinds. */
	public boolean hasOpen(UUID caseId, Collection<String> kinds) {
		return this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM task WHERE case_id = ? AND status = 'OPEN'
				    AND kind = ANY(CAST(? AS text[])))""")
			.params(caseId, kinds.toArray(String[]::new))
			.query(Boolean.class)
			.single();
	}

	/** The open tasks of a case, the earliest due first. */
	public List<TaskRow> openOfCase(UUID caseId) {
		return this.jdbc.sql("SELECT * FROM task WHERE status = 'OPEN' AND case_id = ? ORDER BY due_on, created_at")
			.param(caseId)
			.query(TaskRow::map)
			.list();
	}

	public void insertManual(UUID id, String title, UUID caseId, String caseNumber, UUID clientId, UUID ownerId,
			Priority priority, LocalDate dueOn, UUID createdBy, Instant now) {
		this.jdbc.sql("""
				INSERT INTO task (id, kind, alert, title, case_id, case_number, client_id, owner_id, case_priority,
				                  due_on, status, created_by, created_at)
				VALUES (?, 'MANUAL', false, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(id, title, caseId, caseNumber, clientId, ownerId, priority.name(), dueOn, createdBy,
					Timestamp.from(now))
			.update();
	}

	public Optional<TaskRow> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM task WHERE id = ?").param(id).query(TaskRow::map).optional();
	}

	/**
	 * Closes an open task at the version read.
	 * @return false when it changed since (or is closed already)
	 */
	public boolean close(UUID id, long version, TaskStatus status, UUID by, String note, Instant now) {
		return this.jdbc.sql("""
				UPDATE task SET status = ?, closed_by = ?, closed_at = ?, closed_note = ?, version = version + 1
				WHERE id = ? AND version = ? AND status = 'OPEN'""")
			.params(status.name(), by, Timestamp.from(now), note, id, version)
			.update() == 1;
	}

	/** The open tasks of some owners, overdue first, then by priority and due day. */
	public Page<TaskRow> queue(Collection<UUID> ownerIds, Collection<TaskKind> kinds, DueFilter due, LocalDate today,
			PageRequest page) {
		StringBuilder where = new StringBuilder(
				" FROM task WHERE status = 'OPEN' AND owner_id = ANY(CAST(:owners AS uuid[]))");
		if (kinds != null) {
			where.append(" AND kind = ANY(CAST(:kinds AS text[]))");
		}
		if (due == DueFilter.OVERDUE) {
			where.append(" AND due_on < :today");
		}
		else if (due == DueFilter.TODAY) {
			where.append(" AND due_on = :today");
		}
		else if (due == DueFilter.WEEK) {
			where.append(" AND due_on BETWEEN :today AND :weekEnd");
		}
		String[] owners = ownerIds.stream().map(UUID::toString).toArray(String[]::new);
		String[] kindNames = kinds == null ? new String[0] : kinds.stream().map(Enum::name).toArray(String[]::new);
		long total = this.jdbc.sql("SELECT count(*)" + where)
			.param("owners", owners)
			.param("kinds", kindNames)
			.param("today", today)
			.param("weekEnd", today.plusDays(6))
			.query(Long.class)
			.single();
		List<TaskRow> rows = total == 0 ? List.of()
				: this.jdbc.sql("SELECT *" + where + " " + QUEUE_ORDER + " LIMIT :limit OFFSET :offset")
					.param("owners", owners)
					.param("kinds", kindNames)
					.param("today", today)
					.param("weekEnd", today.plusDays(6))
					.param("limit", page.size())
					.param("offset", page.offset())
					.query(TaskRow::map)
					.list();
		return new Page<>(rows, page.page(), page.size(), total);
	}

	/** The owner's most urgent open task on each case given. */
	public List<TaskRow> nextDue(UUID ownerId, Collection<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT DISTINCT ON (case_id) * FROM task
				WHERE status = 'OPEN' AND owner_id = :owner AND case_id = ANY(CAST(:cases AS uuid[]))
				ORDER BY case_id, due_on, CASE WHEN alert THEN 0 ELSE 1 END, created_at""")
			.param("owner", ownerId)
			.param("cases", caseIds.stream().map(UUID::toString).toArray(String[]::new))
			.query(TaskRow::map)
			.list();
	}

	/** Open and overdue counts of each owner given. */
	public List<OwnerCounts> counts(Collection<UUID> ownerIds, LocalDate today) {
		if (ownerIds.isEmpty()) {
			return new ArrayList<>();
		}
		return this.jdbc.sql("""
				SELECT owner_id, count(*) AS open, count(*) FILTER (WHERE due_on < :today) AS overdue
				FROM task WHERE status = 'OPEN' AND owner_id = ANY(CAST(:owners AS uuid[])) GROUP BY owner_id""")
			.param("today", today)
			.param("owners", ownerIds.stream().map(UUID::toString).toArray(String[]::new))
			.query((rs, n) -> new OwnerCounts(rs.getObject("owner_id", UUID.class), rs.getLong("open"),
					rs.getLong("overdue")))
			.list();
	}

	/** The owners with a task due by a day (today's digest recipients). */
	public List<UUID> ownersWithTasksDueBy(LocalDate day) {
		return this.jdbc.sql("SELECT DISTINCT owner_id FROM task WHERE status = 'OPEN' AND due_on <= ?")
			.param(day)
			.query(UUID.class)
			.list();
	}

	/**
	 * Records that an owner's digest of a day is being sent, once across all app nodes:
	 * false when another node (or an earlier run) has.
	 */
	public boolean claimReminder(UUID ownerId, LocalDate day, int tasks, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO task_reminder (owner_id, sent_on, sent_at, tasks) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""").params(ownerId, day, Timestamp.from(now), tasks).update() == 1;
	}

	/** How many tasks an owner has open and overdue. */
	public record OwnerCounts(UUID ownerId, long open, long overdue) {
	}

}
