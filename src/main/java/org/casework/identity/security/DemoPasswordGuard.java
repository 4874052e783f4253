package org.casework.identity.security;

import org.casework.identity.domain.Users;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The demo password is public. Outside the demo profile, Casework refuses to start while
 * any active user still has it.
 */
@Component
class DemoPasswordGuard implements SmartInitializingSingleton {

	private final Users users;

	private final Environment environment;

	DemoPasswordGuard(Users users, Environment environment) {
		this.users = users;
		this.environment = environment;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.environment.acceptsProfiles(Profiles.of("demo"))) {
			return;
		}
		long count = this.users.countWithDemoPassword();
		if (count > 0) {
			throw new IllegalStateException(count + " user(s) still have the public demo password. "
					+ "Start with the demo profile, or reset their passwords before starting without it.");
		}
	}

}
