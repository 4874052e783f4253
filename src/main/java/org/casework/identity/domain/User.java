package org.casework.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casework.identity.Role;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in. Users are never deleted: a user who leaves is deactivated with a
 * reason, so the audit trail keeps pointing at a real account.
 */
@Table("app_user")
public class User {

	@Id
	private final UUID id;

	@Version
	private Integer version;

	private final String username;

	private String displayName;

	private String email;

	private String passwordHash;

	private boolean demoPassword;

	private boolean active;

	private Instant deactivatedAt;

	private String deactivationReason;

	private UUID agencyId;

	private UUID teamId;

	private final Instant createdAt;

	private Instant passwordChangedAt;

	private Instant lastLoginAt;

	@MappedCollection(idColumn = "app_user")
	private Set<RoleGrant> roles;

	@PersistenceCreator
	User(UUID id, Integer version, String username, String displayName, String email, String passwordHash,
			boolean demoPassword, boolean active, Instant deactivatedAt, String deactivationReason, UUID agencyId,
			UUID teamId, Instant createdAt, Instant passwordChangedAt, Instant lastLoginAt, Set<RoleGrant> roles) {
		this.id = id;
		this.version = version;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.demoPassword = demoPassword;
		this.active = active;
		this.deactivatedAt = deactivatedAt;
		this.deactivationReason = deactivationReason;
		this.agencyId = agencyId;
		this.teamId = teamId;
		this.createdAt = createdAt;
		this.passwordChangedAt = passwordChangedAt;
		this.lastLoginAt = lastLoginAt;
		this.roles = roles;
	}

	public static User create(String username, String displayName, String email, HashedPassword password,
			Set<Role> roles, UUID agencyId, UUID teamId, Instant now) {
		if (roles.isEmpty()) {
			throw new InvalidInputException("roles", "must name at least one role");
		}
		return new User(UUID.randomUUID(), null, username, displayName, email, password.hash(), password.demo(), true,
				null, null, agencyId, teamId, now, now, null, grants(roles));
	}

	private static Set<RoleGrant> grants(Set<Role> roles) {
		return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
	}

	public void update(String displayName, String email, Set<Role> roles, UUID agencyId, UUID teamId) {
		if (roles.isEmpty()) {
			throw new InvalidInputException("roles", "must name at least one role");
		}
		this.displayName = displayName;
		this.email = email;
		this.roles = grants(roles);
		this.agencyId = agencyId;
		this.teamId = teamId;
	}

	public void deactivate(String reason, Instant now) {
		if (!this.active) {
			throw new DomainRuleException("The user is already deactivated");
		}
		this.active = false;
		this.deactivatedAt = now;
		this.deactivationReason = reason;
	}

	public void reactivate() {
		if (this.active) {
			throw new DomainRuleException("The user is already active");
		}
		this.active = true;
		this.deactivatedAt = null;
		this.deactivationReason = null;
	}

	public void changePassword(HashedPassword password, Instant now) {
		this.passwordHash = password.hash();
		this.demoPassword = password.demo();
		this.passwordChangedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public String username() {
		return this.username;
	}

	public String displayName() {
		return this.displayName;
	}

	public String email() {
		return this.email;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public boolean hasDemoPassword() {
		return this.demoPassword;
	}

	public boolean active() {
		return this.active;
	}

	public Instant deactivatedAt() {
		return this.deactivatedAt;
	}

	public String deactivationReason() {
		return this.deactivationReason;
	}

	public UUID agencyId() {
		return this.agencyId;
	}

	public UUID teamId() {
		return this.teamId;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	public Instant lastLoginAt() {
		return this.lastLoginAt;
	}

	public Set<Role> roles() {
		Set<Role> result = EnumSet.noneOf(Role.class);
		this.roles.forEach(g -> result.add(g.role()));
		return result;
	}

	/** A password hash, and whether it is the shared demo password. */
	public record HashedPassword(String hash, boolean demo) {
	}

}
