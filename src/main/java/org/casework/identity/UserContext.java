package org.casework.identity;

import java.util.Optional;
import java.util.function.Supplier;

import org.casework.identity.domain.Users;
import org.casework.identity.security.CaseworkUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is calling. Every module asks here instead of reading the security context itself.
 */
@Service
public class UserContext {

	private final Users users;

	UserContext(Users users) {
		this.users = users;
	}

	/**
	 * Runs work as a named user, for seeding demo data and background jobs; the work is
	 * checked and audited exactly as if that user had asked for it.
	 */
	public <T> T runAs(String username, Supplier<T> work) {
		var user = this.users.findByUsername(username)
			.orElseThrow(() -> new IllegalArgumentException("No such user: " + username));
		CaseworkUser principal = new CaseworkUser(user.id(), user.username(), user.displayName(), null, user.active(),
				user.roles(), user.teamId(), user.agencyId());
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public Optional<CurrentUser> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CaseworkUser user) {
			return Optional.of(user.toCurrentUser());
		}
		return Optional.empty();
	}

	public CurrentUser current() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
	}

}
