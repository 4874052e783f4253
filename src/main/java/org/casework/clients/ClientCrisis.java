package org.casework.clients;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.identity.ClientAccess;
import org.casework.identity.CurrentUser;
import org.casework.identity.UserContext;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client in crisis: an urgency screen (or, later, a contact note) found immediate
 * danger. Every screen about the client shows a banner until a worker records how the
 * crisis was resolved, and the supervisors of the worker's team are alerted at once.
 */
@Service
public class ClientCrisis {

	private static final String SUBJECT = "ClientCrisis";

	private final JdbcClient jdbc;

	private final ClientAccess access;

	private final UserContext users;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ClientCrisis(JdbcClient jdbc, ClientAccess access, UserContext users, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.access = access;
		this.users = users;
		this.clock = clock;
		this.events = events;
	}

	/** An active crisis of a client. */
	public record Crisis(UUID id, UUID clientId, String reasons, String source, String raisedBy, Instant raisedAt) {
	}

	/** A crisis alert for a supervisor. */
	public record CrisisAlert(UUID crisisId, UUID clientId, String clientName, String reasons, String source,
			String raisedBy, Instant raisedAt) {
	}

	/**
	 * Raises the crisis banner (or adds the reasons to the active one) and alerts the
	 * supervisors of the caller's team. Runs in the caller's transaction, so the alert
	 * commits with the screening that found the danger.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Crisis raise(UUID clientId, String reasons, String source) {
		CurrentUser me = this.users.current();
		this.access.write(clientId, AuditAction.UPDATE, SUBJECT, clientId, "crisis raised: " + reasons);
		Optional<Crisis> active = active(clientId);
		UUID id;
		if (active.isPresent()) {
			id = active.get().id();
			if (!active.get().reasons().contains(reasons)) {
				this.jdbc.sql("UPDATE client_crisis SET reasons = reasons || '; ' || ? WHERE id = ?")
					.params(reasons, id)
					.update();
			}
		}
		else {
			id = UUID.randomUUID();
			this.jdbc.sql("""
					INSERT INTO client_crisis (id, client_id, reasons, source, raised_by, raised_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, clientId, reasons, source, me.id(), Timestamp.from(Instant.now(this.clock)))
				.update();
		}
		this.jdbc.sql("""
				INSERT INTO client_crisis_alert (crisis_id, supervisor_id)
				SELECT ?, u.id FROM app_user u JOIN app_user_role r ON r.app_user = u.id AND r.role = 'SUPERVISOR'
				WHERE u.active AND u.team_id = ? AND u.id <> ?
				ON CONFLICT DO NOTHING""").params(id, me.teamId(), me.id()).update();
		this.events.publishEvent(new ClientCrisisChanged(clientId, true));
		return active(clientId).orElseThrow();
	}

	/**
	 * The client's active crisis, if any (no audit entry: shown with a read that has
	 * one).
	 */
	@Transactional(readOnly = true)
	public Optional<Crisis> active(UUID clientId) {
		return this.jdbc.sql("""
				SELECT c.id, c.client_id, c.reasons, c.source, u.display_name AS raised_by, c.raised_at
				FROM client_crisis c JOIN app_user u ON u.id = c.raised_by
				WHERE c.client_id = ? AND c.resolved_at IS NULL""").param(clientId).query(Crisis.class).optional();
	}

	/** Records how the crisis was resolved; the banner goes, the record stays. */
	@Transactional
	public void resolve(UUID clientId, String resolution) {
		if (resolution == null || resolution.trim().length() < 5) {
			throw new InvalidInputException("resolution", "must say how the crisis was resolved");
		}
		this.access.write(clientId, AuditAction.UPDATE, SUBJECT, clientId, "crisis resolved");
		int n = this.jdbc.sql("""
				UPDATE client_crisis SET resolved_by = ?, resolved_at = ?, resolution = ?
				WHERE client_id = ? AND resolved_at IS NULL""")
			.params(this.users.current().id(), Timestamp.from(Instant.now(this.clock)), resolution.trim(), clientId)
			.update();
		if (n == 0) {
			throw new DomainRuleException("the client has no active crisis");
		}
		this.events.publishEvent(new ClientCrisisChanged(clientId, false));
	}

	/** Unacknowledged crisis alerts for the calling supervisor, newest first. */
	@Transactional(readOnly = true)
	public List<CrisisAlert> alertsForMe() {
		return this.jdbc
			.sql("""
					SELECT c.id AS crisis_id, c.client_id,
					       trim(coalesce(nullif(k.preferred_name, ''), k.given_name) || ' ' || k.family_name) AS client_name,
					       c.reasons, c.source, u.display_name AS raised_by, c.raised_at
					FROM client_crisis_alert a
					JOIN client_crisis c ON c.id = a.crisis_id
					JOIN client k ON k.id = c.client_id
					JOIN app_user u ON u.id = c.raised_by
					WHERE a.supervisor_id = ? AND a.acknowledged_at IS NULL AND c.resolved_at IS NULL
					ORDER BY c.raised_at DESC LIMIT 50""")
			.param(this.users.current().id())
			.query(CrisisAlert.class)
			.list();
	}

	@Transactional
	public void acknowledge(UUID crisisId) {
		int n = this.jdbc.sql("""
				UPDATE client_crisis_alert SET acknowledged_at = ?
				WHERE crisis_id = ? AND supervisor_id = ? AND acknowledged_at IS NULL""")
			.params(Timestamp.from(Instant.now(this.clock)), crisisId, this.users.current().id())
			.update();
		if (n == 0) {
			throw new NotFoundException("Alert");
		}
	}

	/** An active crisis as the monitoring rules see it: no client details. */
	public record ActiveCrisis(UUID crisisId, UUID clientId, Instant raisedAt) {
	}

	/**
	 * Every active crisis, for the monitoring rules of a scheduled job (no caller scope,
	 * nothing of the client but its id).
	 */
	@Transactional(readOnly = true)
	public List<ActiveCrisis> activeCrises() {
		return this.jdbc.sql("SELECT id, client_id, raised_at FROM client_crisis WHERE resolved_at IS NULL")
			.query((rs, n) -> new ActiveCrisis(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getTimestamp("raised_at").toInstant()))
			.list();
	}

}
