package org.casework.referrals;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How referrals are followed up ({@code casework.referrals.*}).
 *
 * @param noAnswerBusinessDays how long a program waits for a provider's answer before a
 * follow-up, unless the program sets its own
 * @param linkValidity how long a provider link works
 * @param timeZone the agency's time zone, in which days and appointments are read
 */
@ConfigurationProperties("casework.referrals")
public record ReferralProperties(@DefaultValue("3") int noAnswerBusinessDays,
		@DefaultValue("P14D") Duration linkValidity, @DefaultValue("America/New_York") ZoneId timeZone) {
}
