package org.casework.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Interactive sign-ins are recorded in the audit trail and on the user. */
@Component
class LoginAudit {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	LoginAudit(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onLogin(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CaseworkUser user) {
			this.jdbc.sql("UPDATE app_user SET last_login_at = ? WHERE id = ?")
				.params(Timestamp.from(Instant.now(this.clock)), user.id())
				.update();
			this.audit.record(AuditEntry.of(AuditAction.LOGIN, "User", user.id()));
		}
	}

}
