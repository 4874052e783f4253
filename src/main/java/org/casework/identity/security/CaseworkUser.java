package org.casework.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.casework.identity.CurrentUser;
import org.casework.identity.Role;
import org.casework.shared.KnownUser;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal; kept in the JDBC session, so it is serializable and small.
 */
public final class CaseworkUser implements UserDetails, CredentialsContainer, KnownUser, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String username;

	private final String displayName;

	private String passwordHash;

	private final boolean active;

	private final Set<Role> roles;

	private final UUID teamId;

	private final UUID agencyId;

	public CaseworkUser(UUID id, String username, String displayName, String passwordHash, boolean active,
			Set<Role> roles, UUID teamId, UUID agencyId) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.active = active;
		this.roles = Set.copyOf(roles);
		this.teamId = teamId;
		this.agencyId = agencyId;
	}

	public CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.username, this.displayName, this.roles, this.teamId, this.agencyId);
	}

	@Override
	public UUID id() {
		return this.id;
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CaseworkUser u && u.id.equals(this.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "CaseworkUser[" + this.username + "]";
	}

}
