package org.casework.identity.security;

import java.util.Optional;
import java.util.UUID;

import org.casework.identity.domain.User;
import org.casework.identity.domain.Users;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CaseworkUserDetailsService implements UserDetailsService {

	private final Users users;

	CaseworkUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public CaseworkUser loadUserByUsername(String username) {
		return this.users.findByUsername(username)
			.map(CaseworkUserDetailsService::principal)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	@Transactional(readOnly = true)
	Optional<CaseworkUser> loadById(UUID id) {
		return this.users.findById(id).map(CaseworkUserDetailsService::principal);
	}

	private static CaseworkUser principal(User u) {
		return new CaseworkUser(u.id(), u.username(), u.displayName(), u.passwordHash(), u.active(), u.roles(),
				u.teamId(), u.agencyId());
	}

}
