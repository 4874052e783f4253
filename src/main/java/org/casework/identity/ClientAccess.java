package org.casework.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.audit.AuditPurpose;
import org.casework.identity.security.AccessProperties;
import org.casework.identity.security.SecurityProperties;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place that decides whether the caller may see a client, and records that they
 * did. Every module reads and writes client data through it:
 * <ul>
 * <li>a case worker sees the clients they registered, own a case of, or are on the care
 * team of;</li>
 * <li>a supervisor sees those of every member of their team;</li>
 * <li>roles configured as agency-wide see every client of their agency;</li>
 * <li>emergency access (break the glass) lets a worker open one more client for a few
 * hours, with a reason that is written on every entry it produces and an alert for the
 * supervisors;</li>
 * <li>system admins and auditors see no client data.</li>
 * </ul>
 * A client outside the caller's scope is answered exactly as one that does not exist.
 */
@Service
public class ClientAccess {

	/** The transaction resource holding the bases already found. */
	private static final Object FOUND_KEY = new Object();

	private final JdbcClient jdbc;

	private final UserContext users;

	private final AuditLog audit;

	private final AccessProperties accessProperties;

	private final SecurityProperties securityProperties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClientAccess(JdbcClient jdbc, UserContext users, AuditLog audit, AccessProperties accessProperties,
			SecurityProperties securityProperties, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.accessProperties = accessProperties;
		this.securityProperties = securityProperties;
		this.events = events;
		this.clock = clock;
	}

	/** A new client enters the registry; the caller who registered them may see them. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void registered(UUID clientId, UUID agencyId, String subjectType) {
		CurrentUser me = this.users.current();
		this.jdbc.sql("INSERT INTO scoped_client (client_id, agency_id) VALUES (?, ?)")
			.params(clientId, agencyId)
			.update();
		grant(clientId, me.id(), AccessBasis.REGISTERED);
		this.audit.record(AuditEntry.client(AuditAction.CREATE, subjectType, clientId, clientId));
	}

	/** Gives a user access to a client (case owner, care team member). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void grant(UUID clientId, UUID userId, AccessBasis basis) {
		boolean exists = this.jdbc.sql("""
				SELECT count(*) > 0 FROM client_access
				WHERE client_id = ? AND user_id = ? AND basis = ? AND ended_at IS NULL""")
			.params(clientId, userId, basis.name())
			.query(Boolean.class)
			.single();
		if (!exists) {
			this.jdbc.sql("""
					INSERT INTO client_access (id, client_id, user_id, basis, granted_at)
					VALUES (?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), clientId, userId, basis.name(), Timestamp.from(now()))
				.update();
		}
	}

	/**
	 * Ends a user's access of one basis (a care team member leaves, a case is
	 * transferred).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void end(UUID clientId, UUID userId, AccessBasis basis) {
		this.jdbc.sql("""
				UPDATE client_access SET ended_at = ?
				WHERE client_id = ? AND user_id = ? AND basis = ? AND ended_at IS NULL""")
			.params(Timestamp.from(now()), clientId, userId, basis.name())
			.update();
	}

	/**
	 * Checks that the caller may see the client and records the read.
	 * @throws NotFoundException when the client is outside the caller's scope
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void read(UUID clientId, String subjectType, Object subjectId) {
		touch(clientId, AuditAction.READ, subjectType, subjectId, null);
	}

	/**
	 * Checks that the caller may change the client's records and records the change.
	 * @throws NotFoundException when the client is outside the caller's scope
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void write(UUID clientId, AuditAction action, String subjectType, Object subjectId, String detail) {
		touch(clientId, action, subjectType, subjectId, detail);
	}

	/** Whether the caller may see the client, without recording anything. */
	@Transactional(readOnly = true)
	public boolean canSee(UUID clientId) {
		return basis(clientId).isPresent();
	}

	/** The clients the caller may see, for list and search queries. */
	@Transactional(readOnly = true)
	public VisibleClients visibleClients() {
		CurrentUser me = this.users.current();
		if (!me.worksWithClients()) {
			return VisibleClients.nobody();
		}
		if (agencyWide(me)) {
			return VisibleClients.agency(me.agencyId());
		}
		return grantsOf(me);
	}

	/** Records that a list, search or duplicate check showed these clients. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void listed(AuditAction action, String subjectType, List<UUID> clientIds, String detail) {
		this.audit
			.record(new AuditEntry(action, subjectType, null, null, clientIds, AuditPurpose.NORMAL, null, detail));
	}

	/**
	 * Break the glass: opens a client outside the caller's scope for a limited time. The
	 * reason is required and kept on every audit entry made under this access; the
	 * supervisors of the client's workers are alerted.
	 * @throws NotFoundException when there is no such client
	 */
	@Transactional
	public Instant openEmergencyAccess(UUID clientId, String reason) {
		CurrentUser me = this.users.current();
		if (reason == null || reason.trim().length() < 10) {
			throw new InvalidInputException("reason", "must explain the emergency in at least 10 characters");
		}
		if (reason.length() > 1000) {
			throw new InvalidInputException("reason", "must be at most 1000 characters");
		}
		boolean exists = this.jdbc.sql("SELECT count(*) > 0 FROM scoped_client WHERE client_id = ?")
			.param(clientId)
			.query(Boolean.class)
			.single();
		if (!exists || !me.worksWithClients()) {
			throw new NotFoundException("Client");
		}
		Instant now = now();
		Instant expires = now.plus(this.securityProperties.emergencyAccessDuration());
		UUID accessId = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO client_access (id, client_id, user_id, basis, reason, granted_at, expires_at)
				VALUES (?, ?, ?, 'EMERGENCY', ?, ?, ?)""")
			.params(accessId, clientId, me.id(), reason.trim(), Timestamp.from(now), Timestamp.from(expires))
			.update();
		List<UUID> supervisors = this.jdbc.sql("""
				SELECT DISTINCT s.id FROM client_access a
				JOIN app_user w ON w.id = a.user_id
				JOIN app_user s ON s.team_id = w.team_id AND s.active
				JOIN app_user_role r ON r.app_user = s.id AND r.role = 'SUPERVISOR'
				WHERE a.client_id = ? AND a.basis <> 'EMERGENCY' AND a.ended_at IS NULL""")
			.param(clientId)
			.query(UUID.class)
			.list();
		for (UUID supervisor : supervisors) {
			this.jdbc
				.sql("""
						INSERT INTO emergency_access_alert (id, access_id, client_id, opened_by, supervisor_id, reason, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), accessId, clientId, me.id(), supervisor, reason.trim(), Timestamp.from(now))
				.update();
		}
		this.audit.record(AuditEntry.client(AuditAction.BREAK_GLASS, "Client", clientId, clientId)
			.withPurpose(AuditPurpose.BREAK_GLASS, reason.trim())
			.withDetail("until " + expires + "; supervisors alerted: " + supervisors.size()));
		this.events.publishEvent(new EmergencyAccessOpened(accessId, clientId, me.id(), reason.trim(), expires));
		return expires;
	}

	/** Emergency access alerts for the calling supervisor, newest first. */
	@Transactional(readOnly = true)
	public List<EmergencyAlert> alertsForMe(boolean includeAcknowledged) {
		CurrentUser me = this.users.current();
		return this.jdbc
			.sql("""
					SELECT e.id, e.client_id, u.display_name AS opened_by, e.reason, e.created_at, a.expires_at, e.acknowledged_at
					FROM emergency_access_alert e
					JOIN app_user u ON u.id = e.opened_by
					JOIN client_access a ON a.id = e.access_id
					WHERE e.supervisor_id = :me AND (:all OR e.acknowledged_at IS NULL)
					ORDER BY e.created_at DESC LIMIT 50""")
			.param("me", me.id())
			.param("all", includeAcknowledged)
			.query(EmergencyAlert.class)
			.list();
	}

	/** An emergency access a supervisor has not acknowledged yet. */
	public record OpenEmergencyAlert(UUID alertId, UUID clientId, UUID supervisorId, String openedBy,
			Instant createdAt) {
	}

	/**
	 * Every emergency access alert not yet acknowledged, for the monitoring rules of a
	 * scheduled job (no caller scope, nothing of the client but its id).
	 */
	@Transactional(readOnly = true)
	public List<OpenEmergencyAlert> unacknowledgedAlerts() {
		return this.jdbc.sql("""
				SELECT e.id, e.client_id, e.supervisor_id, u.display_name, e.created_at
				FROM emergency_access_alert e JOIN app_user u ON u.id = e.opened_by
				WHERE e.acknowledged_at IS NULL""")
			.query((rs, n) -> new OpenEmergencyAlert(rs.getObject("id", UUID.class),
					rs.getObject("client_id", UUID.class), rs.getObject("supervisor_id", UUID.class),
					rs.getString("display_name"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Transactional
	public void acknowledgeAlert(UUID alertId) {
		CurrentUser me = this.users.current();
		int n = this.jdbc.sql("""
				UPDATE emergency_access_alert SET acknowledged_at = ?
				WHERE id = ? AND supervisor_id = ? AND acknowledged_at IS NULL""")
			.params(Timestamp.from(now()), alertId, me.id())
			.update();
		if (n == 0) {
			throw new NotFoundException("Alert");
		}
	}

	private void touch(UUID clientId, AuditAction action, String subjectType, Object subjectId, String detail) {
		Optional<Basis> basis = basis(clientId);
		if (basis.isEmpty()) {
			throw new NotFoundException(subjectType);
		}
		AuditEntry entry = AuditEntry.client(action, subjectType, subjectId, clientId).withDetail(detail);
		if (basis.get().emergency()) {
			entry = entry.withPurpose(AuditPurpose.BREAK_GLASS, basis.get().reason());
		}
		this.audit.record(entry);
	}

	private Optional<Basis> basis(UUID clientId) {
		if (clientId == null) {
			return Optional.empty();
		}
		CurrentUser me = this.users.current();
		if (!me.worksWithClients()) {
			return Optional.empty();
		}
		// a request that checks a client twice (the case's scope, then the write) asks
		// the
		// database once: a basis found holds for the rest of the transaction
		Map<List<UUID>, Basis> found = foundInTransaction();
		List<UUID> key = List.of(me.id(), clientId);
		Basis known = found == null ? null : found.get(key);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Basis> basis = lookUp(me, clientId);
		if (found != null) {
			basis.ifPresent(b -> found.put(key, b));
		}
		return basis;
	}

	@SuppressWarnings("unchecked")
	private static Map<List<UUID>, Basis> foundInTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		var found = (Map<List<UUID>, Basis>) TransactionSynchronizationManager.getResource(FOUND_KEY);
		if (found == null) {
			Map<List<UUID>, Basis> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(FOUND_KEY, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(FOUND_KEY);
				}
			});
			return fresh;
		}
		return found;
	}

	private Optional<Basis> lookUp(CurrentUser me, UUID clientId) {
		if (agencyWide(me)) {
			boolean inAgency = this.jdbc
				.sql("SELECT count(*) > 0 FROM scoped_client WHERE client_id = ? AND agency_id = ?")
				.params(clientId, me.agencyId())
				.query(Boolean.class)
				.single();
			if (inAgency) {
				return Optional.of(new Basis(false, null));
			}
		}
		VisibleClients grants = grantsOf(me);
		return this.jdbc
			.sql("SELECT a.basis = 'EMERGENCY' AS emergency, a.reason " + grants.grants()
					+ " AND a.client_id = :client ORDER BY (a.basis = 'EMERGENCY'), a.granted_at DESC LIMIT 1")
			.params(grants.parameters())
			.param("client", clientId)
			.query(Basis.class)
			.optional();
	}

	private VisibleClients grantsOf(CurrentUser me) {
		return VisibleClients.grants(me.id(), me.has(Role.SUPERVISOR) ? me.teamId() : null, now());
	}

	private boolean agencyWide(CurrentUser me) {
		return me.agencyId() != null && this.accessProperties.agencyWideRoles().stream().anyMatch(me::has);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	record Basis(boolean emergency, String reason) {
	}

}
