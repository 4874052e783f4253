package org.casework.closure.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casework.closure.AdvanceNotice;
import org.casework.closure.ClosureReason;
import org.casework.closure.ClosureStatus;
import org.casework.closure.ProgressReview;
import org.casework.closure.RelapsePlan;
import org.casework.closure.ResourceChoice;
import org.casework.closure.SummaryText;
import org.casework.shared.StaleVersionException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Closure requests, with their history and the addenda of their summaries. The plan,
 * resources and summary are kept as JSON documents of the request: they are read and
 * written with it, never queried on their own.
 */
@Repository
public class ClosureRequests {

	private static final TypeReference<List<ResourceChoice>> RESOURCES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ClosureRequests(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The latest closure request of a case, whatever its status. */
	public Optional<ClosureRequest> latestOf(UUID caseId) {
		return this.jdbc.sql("SELECT * FROM closure_request WHERE case_id = ? ORDER BY requested_at DESC LIMIT 1")
			.param(caseId)
			.query(this::map)
			.optional();
	}

	/** The approved closure that closed the case most recently, if any. */
	public Optional<ClosureRequest> latestApprovedOf(UUID caseId) {
		return this.jdbc
			.sql("SELECT * FROM closure_request WHERE case_id = ? AND status = 'APPROVED' "
					+ "ORDER BY decided_at DESC LIMIT 1")
			.param(caseId)
			.query(this::map)
			.optional();
	}

	/** Serialises the starts of closures of one case: the second finds the first. */
	public void lockCase(UUID caseId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))")
			.param("closure:" + caseId)
			.query((rs, n) -> 1)
			.list();
	}

	/** Inserts a new request. */
	public void insert(ClosureRequest r, Instant now) {
		this.jdbc.sql("""
				INSERT INTO closure_request (id, version, case_id, client_id, program_id, status, reason, closure_date,
				    requested_by, requested_at, updated_at)
				VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.caseId(), r.clientId(), r.programId(), r.status().name(), r.reason().name(),
					r.closureDate(), r.requestedBy(), Timestamp.from(r.requestedAt()), Timestamp.from(now))
			.update();
		write(r, 0, now);
	}

	/**
	 * Writes the request as it is now, when nobody changed it since it was read.
	 * @throws StaleVersionException when someone did
	 */
	public void update(ClosureRequest r, Instant now) {
		write(r, r.version(), now);
	}

	private void write(ClosureRequest r, long expected, Instant now) {
		int n = this.jdbc.sql("""
				UPDATE closure_request SET version = version + 1, status = :status, reason = :reason,
				    reason_note = :reasonNote, closure_date = :closureDate, check_in_days = :checkIn,
				    notice_given_on = :noticeOn, notice_method = :noticeMethod, notice_note = :noticeNote,
				    progress_reviewed_on = :reviewedOn, progress_note = :progressNote,
				    relapse_plan = CAST(:plan AS jsonb), resources = CAST(:resources AS jsonb),
				    summary = CAST(:summary AS jsonb), summary_drafted_at = :draftedAt,
				    summary_signed_at = :signedAt, summary_signed_by = :signedBy,
				    handoff_referral_id = :handoff, submitted_by = :submittedBy, submitted_at = :submittedAt,
				    decided_by = :decidedBy, decided_at = :decidedAt, justification = :justification,
				    closed_on = :closedOn, reopened_by = :reopenedBy, reopened_at = :reopenedAt,
				    reopen_reason = :reopenReason, updated_at = :now
				WHERE id = :id AND version = :version""")
			.paramSource(new MapSqlParameterSource().addValue("status", r.status().name())
				.addValue("reason", r.reason().name())
				.addValue("reasonNote", r.reasonNote())
				.addValue("closureDate", r.closureDate())
				.addValue("checkIn", r.checkInDays())
				.addValue("noticeOn", r.notice() == null ? null : r.notice().givenOn())
				.addValue("noticeMethod", r.notice() == null ? null : r.notice().method())
				.addValue("noticeNote", r.notice() == null ? null : r.notice().note())
				.addValue("reviewedOn", r.progressReview() == null ? null : r.progressReview().reviewedOn())
				.addValue("progressNote", r.progressReview() == null ? null : r.progressReview().note())
				.addValue("plan", r.relapsePlan() == null ? null : this.json.writeValueAsString(r.relapsePlan()))
				.addValue("resources", this.json.writeValueAsString(r.resources()))
				.addValue("summary", r.summary() == null ? null : this.json.writeValueAsString(r.summary()))
				.addValue("draftedAt", timestamp(r.summaryDraftedAt()))
				.addValue("signedAt", timestamp(r.summarySignedAt()))
				.addValue("signedBy", r.summarySignedBy())
				.addValue("handoff", r.handoffReferralId())
				.addValue("submittedBy", r.submittedBy())
				.addValue("submittedAt", timestamp(r.submittedAt()))
				.addValue("decidedBy", r.decidedBy())
				.addValue("decidedAt", timestamp(r.decidedAt()))
				.addValue("justification", r.justification())
				.addValue("closedOn", r.closedOn())
				.addValue("reopenedBy", r.reopenedBy())
				.addValue("reopenedAt", timestamp(r.reopenedAt()))
				.addValue("reopenReason", r.reopenReason())
				.addValue("now", Timestamp.from(now))
				.addValue("id", r.id())
				.addValue("version", expected))
			.update();
		if (n != 1) {
			throw StaleVersionException.stale("closure");
		}
		r.saved(expected + 1);
		for (ClosureRequest.Event e : r.takeEvents()) {
			this.jdbc.sql(
					"INSERT INTO closure_event (id, closure_id, action, comments, by_user, at) VALUES (?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), r.id(), e.action(), e.comments(), e.by(), Timestamp.from(e.at()))
				.update();
		}
	}

	/** A row of a request's history. */
	public record EventRow(String action, String comments, UUID by, Instant at) {
	}

	public List<EventRow> history(UUID closureId) {
		return this.jdbc
			.sql("SELECT action, comments, by_user, at FROM closure_event WHERE closure_id = ? ORDER BY at, action")
			.param(closureId)
			.query((rs, n) -> new EventRow(rs.getString("action"), rs.getString("comments"),
					rs.getObject("by_user", UUID.class), rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** An addendum to a signed summary. */
	public record AddendumRow(UUID id, String text, UUID authorId, Instant signedAt) {
	}

	public List<AddendumRow> addenda(UUID closureId) {
		return this.jdbc.sql(
				"SELECT id, text, author_id, signed_at FROM closure_summary_addendum WHERE closure_id = ? ORDER BY signed_at")
			.param(closureId)
			.query((rs, n) -> new AddendumRow(rs.getObject("id", UUID.class), rs.getString("text"),
					rs.getObject("author_id", UUID.class), rs.getTimestamp("signed_at").toInstant()))
			.list();
	}

	public void addAddendum(UUID closureId, UUID id, String text, UUID author, Instant at) {
		this.jdbc.sql(
				"INSERT INTO closure_summary_addendum (id, closure_id, text, author_id, signed_at) VALUES (?, ?, ?, ?, ?)")
			.params(id, closureId, text, author, Timestamp.from(at))
			.update();
		this.jdbc.sql("UPDATE closure_request SET version = version + 1, updated_at = ? WHERE id = ?")
			.params(Timestamp.from(at), closureId)
			.update();
	}

	private ClosureRequest map(ResultSet rs, int n) throws SQLException {
		ClosureRequest r = new ClosureRequest(rs.getObject("id", UUID.class), rs.getLong("version"),
				rs.getObject("case_id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("program_id", UUID.class), rs.getObject("requested_by", UUID.class),
				rs.getTimestamp("requested_at").toInstant());
		LocalDate noticeOn = rs.getObject("notice_given_on", LocalDate.class);
		LocalDate reviewedOn = rs.getObject("progress_reviewed_on", LocalDate.class);
		String plan = rs.getString("relapse_plan");
		String summary = rs.getString("summary");
		Integer checkIn = rs.getObject("check_in_days", Integer.class);
		r.restore(ClosureStatus.valueOf(rs.getString("status")), ClosureReason.valueOf(rs.getString("reason")),
				rs.getString("reason_note"), rs.getObject("closure_date", LocalDate.class), checkIn,
				noticeOn == null ? null
						: new AdvanceNotice(noticeOn, rs.getString("notice_method"), rs.getString("notice_note")),
				reviewedOn == null ? null : new ProgressReview(reviewedOn, rs.getString("progress_note")),
				plan == null ? null : this.json.readValue(plan, RelapsePlan.class),
				this.json.readValue(rs.getString("resources"), RESOURCES),
				summary == null ? null : this.json.readValue(summary, SummaryText.class),
				instant(rs.getTimestamp("summary_drafted_at")), instant(rs.getTimestamp("summary_signed_at")),
				rs.getObject("summary_signed_by", UUID.class), rs.getObject("handoff_referral_id", UUID.class),
				rs.getObject("submitted_by", UUID.class), instant(rs.getTimestamp("submitted_at")),
				rs.getObject("decided_by", UUID.class), instant(rs.getTimestamp("decided_at")),
				rs.getString("justification"), rs.getObject("closed_on", LocalDate.class),
				rs.getObject("reopened_by", UUID.class), instant(rs.getTimestamp("reopened_at")),
				rs.getString("reopen_reason"));
		return r;
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private static Timestamp timestamp(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

}
