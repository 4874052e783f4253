package org.casework.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.SecretTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts: 256 random bits, shown once, stored only as their
 * SHA-256 (a token is not a password: its entropy makes a slow hash unnecessary). Owners
 * create and revoke their own.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "cw_";

	private final JdbcClient jdbc;

	private final UserContext users;

	private final AuditLog audit;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, UserContext users, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public IssuedApiToken create(String name, LocalDate expiresOn) {
		CurrentUser me = this.users.current();
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "must say what the token is for");
		}
		if (name.length() > 100) {
			throw new InvalidInputException("name", "must be at most 100 characters");
		}
		Instant now = Instant.now(this.clock);
		Instant expires = null;
		if (expiresOn != null) {
			if (!expiresOn.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
				throw new InvalidInputException("expiresOn", "must be a future date");
			}
			expires = expiresOn.atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		String token = SecretTokens.generate(PREFIX);
		UUID id = UUID.randomUUID();
		String prefix = token.substring(0, 10);
		this.jdbc.sql("""
				INSERT INTO api_token (id, user_id, name, token_hash, token_prefix, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, me.id(), name.trim(), sha256(token), prefix, Timestamp.from(now),
					expires == null ? null : Timestamp.from(expires))
			.update();
		this.audit.record(AuditEntry.of(AuditAction.TOKEN_CREATE, "ApiToken", id));
		return new IssuedApiToken(new ApiTokenSummary(id, name.trim(), prefix, now, expires, null, null), token);
	}

	@Transactional(readOnly = true)
	public List<ApiTokenSummary> mine() {
		return this.jdbc.sql("""
				SELECT id, name, token_prefix AS prefix, created_at, expires_at, last_used_at, revoked_at
				FROM api_token WHERE user_id = ? ORDER BY created_at DESC""")
			.param(this.users.current().id())
			.query(ApiTokenSummary.class)
			.list();
	}

	@Transactional
	public void revoke(UUID tokenId) {
		int n = this.jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
			.params(Timestamp.from(Instant.now(this.clock)), tokenId, this.users.current().id())
			.update();
		if (n == 0) {
			throw new NotFoundException("ApiToken");
		}
		this.audit.record(AuditEntry.of(AuditAction.TOKEN_REVOKE, "ApiToken", tokenId));
	}

	/** The active user a presented token belongs to, if the token is valid now. */
	@Transactional
	public Optional<UUID> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		Optional<UUID> user = this.jdbc.sql("""
				UPDATE api_token t SET last_used_at = ?
				FROM app_user u
				WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?)
				  AND u.id = t.user_id AND u.active
				RETURNING t.user_id""").params(now, sha256(token), now).query(UUID.class).optional();
		return user;
	}

	static String sha256(String token) {
		return SecretTokens.sha256(token);
	}

}
