package org.casework.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.casework.platform.RequestContext;
import org.casework.shared.KnownUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records audit entries inside the caller's transaction. Entries are collected while the
 * work runs and chained and written just before it commits: a failed audit write fails
 * the commit, so no change to client data exists without its entry, and the chain lock is
 * held only briefly.
 */
@Service
public class AuditLog {

	private static final Object RESOURCE_KEY = AuditLog.class.getName() + ".pending";

	private final AuditChainWriter writer;

	private final Clock clock;

	AuditLog(AuditChainWriter writer, Clock clock) {
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * Adds an entry to the current transaction.
	 * @throws IllegalStateException when called outside a transaction: audited work must
	 * be transactional so that it cannot commit without its entry
	 */
	public void record(AuditEntry entry) {
		add(entry, null);
	}

	/**
	 * Adds an entry made by someone without a Casework account (a provider through a
	 * referral's secure link), named by {@code actor}.
	 */
	public void recordAs(String actor, AuditEntry entry) {
		add(entry, actor);
	}

	private void add(AuditEntry entry, String actor) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalStateException("Audited work must run in a read-write transaction");
		}
		pending().add(stamp(entry, actor));
	}

	@SuppressWarnings("unchecked")
	private List<ChainedEntry.Unsealed> pending() {
		var pending = (List<ChainedEntry.Unsealed>) TransactionSynchronizationManager.getResource(RESOURCE_KEY);
		if (pending == null) {
			List<ChainedEntry.Unsealed> fresh = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(RESOURCE_KEY, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					AuditLog.this.writer.append(fresh);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE_KEY);
				}
			});
			return fresh;
		}
		return pending;
	}

	private ChainedEntry.Unsealed stamp(AuditEntry entry, String named) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String actor = named != null ? named : "system";
		UUID actorId = null;
		if (named == null && auth != null && auth.isAuthenticated()) {
			actor = auth.getName();
			if (auth.getPrincipal() instanceof KnownUser user) {
				actorId = user.id();
				actor = user.username();
			}
		}
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		return new ChainedEntry.Unsealed(UUID.randomUUID(), now, actor, actorId, entry,
				RequestContext.requestId().orElse(null), RequestContext.sourceAddress().orElse(null));
	}

}
