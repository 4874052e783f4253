package org.casework.identity.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.casework.identity.NewUser;
import org.casework.identity.Role;
import org.casework.identity.UserChanges;
import org.casework.identity.UserSummary;

/** A user as the admin screens create and change them. */
class UserForm {

	private String username;

	private String displayName;

	private String email;

	private String password;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private UUID teamId;

	private long version;

	static UserForm of(UserSummary user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.email = user.email();
		form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
		form.teamId = user.teamId();
		form.version = user.version();
		return form;
	}

	NewUser toNewUser() {
		return new NewUser(this.username, this.displayName, this.email, this.password, roles(), this.teamId);
	}

	UserChanges toChanges() {
		return new UserChanges(this.displayName, this.email, roles(), this.teamId);
	}

	private Set<Role> roles() {
		return this.roles == null ? Set.of() : Set.copyOf(this.roles);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public UUID getTeamId() {
		return this.teamId;
	}

	public void setTeamId(UUID teamId) {
		this.teamId = teamId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
