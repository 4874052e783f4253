package org.casework.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled create the demo users (and agency and teams) when there are no users yet
 * @param records also create demo clients when the registry is empty
 * @param password the demo users' password ({@code casework-demo} in the demo profile; no
 * other profile starts while a user has that one)
 */
@ConfigurationProperties("casework.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("true") boolean records,
		@DefaultValue("casework-demo") String password) {
}
