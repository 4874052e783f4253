package org.casework.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds an account, or a source address, after too many failed logins within the window.
 * The counts live in the database so every application node sees the same ones; a
 * successful login clears the account's count.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final SecurityProperties properties;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean isHeld(String username, String address) {
		Timestamp since = Timestamp.from(Instant.now(this.clock).minus(this.properties.failureWindow()));
		long byAccount = this.jdbc
			.sql("SELECT count(*) FROM login_failure WHERE lower(username) = lower(?) AND failed_at > ?")
			.params(username, since)
			.query(Long.class)
			.single();
		if (byAccount >= this.properties.maxFailuresPerAccount()) {
			return true;
		}
		if (address == null) {
			return false;
		}
		long byAddress = this.jdbc.sql("SELECT count(*) FROM login_failure WHERE source_address = ? AND failed_at > ?")
			.params(address, since)
			.query(Long.class)
			.single();
		return byAddress >= this.properties.maxFailuresPerAddress();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(String username, String address) {
		Instant now = Instant.now(this.clock);
		this.jdbc.sql("INSERT INTO login_failure (username, source_address, failed_at) VALUES (?, ?, ?)")
			.params(username == null ? "" : username, address, Timestamp.from(now))
			.update();
		// failures older than a day no longer matter to any window
		this.jdbc.sql("DELETE FROM login_failure WHERE failed_at < ?")
			.param(Timestamp.from(now.minusSeconds(86_400)))
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(String username) {
		this.jdbc.sql("DELETE FROM login_failure WHERE lower(username) = lower(?)").param(username).update();
	}

}
