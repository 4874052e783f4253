package org.casework.identity.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and session settings.
 *
 * @param idleTimeout idle sessions end after this (HIPAA automatic logoff)
 * @param httpBasic whether scripts may send HTTP Basic credentials
 * @param maxFailuresPerAccount failed logins of one account within the window before it
 * is held
 * @param maxFailuresPerAddress failed logins from one address within the window before it
 * is held
 * @param failureWindow how long failed logins count
 * @param emergencyAccessDuration how long break-the-glass access lasts
 * @param secureCookies mark the session cookie Secure (behind HTTPS)
 */
@ConfigurationProperties("casework.security")
public record SecurityProperties(@DefaultValue("15m") Duration idleTimeout, @DefaultValue("true") boolean httpBasic,
		@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration failureWindow, @DefaultValue("4h") Duration emergencyAccessDuration,
		@DefaultValue("false") boolean secureCookies) {
}
