package org.casework.monitoring.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.monitoring.TaskKind;
import org.casework.monitoring.TaskStatus;
import org.casework.shared.Priority;
import org.casework.shared.Wording;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A row of the task table.
 *
 * @param title the title in English
 * @param wording a rule's title as its message and values, null for a task written by
 * hand
 */
public record TaskRow(UUID id, long version, TaskKind kind, boolean alert, String title, Wording wording, UUID caseId,
		String caseNumber, UUID clientId, UUID ownerId, Priority casePriority, LocalDate dueOn, TaskStatus status,
		UUID createdBy, Instant createdAt, UUID closedBy, Instant closedAt, String closedNote) {

	private static final JsonMapper ARGS = JsonMapper.builder().build();

	static TaskRow map(ResultSet rs, int n) throws SQLException {
		return new TaskRow(rs.getObject("id", UUID.class), rs.getLong("version"),
				TaskKind.valueOf(rs.getString("kind")), rs.getBoolean("alert"), rs.getString("title"),
				wording(rs.getString("title_key"), rs.getString("title_args")), rs.getObject("case_id", UUID.class),
				rs.getString("case_number"), rs.getObject("client_id", UUID.class),
				rs.getObject("owner_id", UUID.class), Priority.valueOf(rs.getString("case_priority")),
				rs.getObject("due_on", LocalDate.class), TaskStatus.valueOf(rs.getString("status")),
				rs.getObject("created_by", UUID.class), instant(rs.getTimestamp("created_at")),
				rs.getObject("closed_by", UUID.class), instant(rs.getTimestamp("closed_at")),
				rs.getString("closed_note"));
	}

	/**
	 * How a rule's title values are stored ({@code title_args}, a JSON array of text).
	 */
	static String args(Wording wording) {
		return ARGS.writeValueAsString(wording.args());
	}

	/** A rule's title as its message and values; none for a task written by hand. */
	private static Wording wording(String key, String args) {
		if (key == null) {
			return null;
		}
		return new Wording(key, ARGS.readValue(args, new TypeReference<List<String>>() {
		}));
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}

}
