package org.casework.monitoring;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the monitoring rules and reminders run ({@code casework.monitoring.*}).
 *
 * @param timeZone the agency's time zone: what "today" and "overdue" mean
 * @param leadDays how many days before it is due a goal review or reassessment appears in
 * the work queue
 * @param consentDays how many days before its expiry a consent is to be renewed
 * @param ruleInterval how often the rules run over every open case
 * @param reminders the daily reminder email
 */
@ConfigurationProperties("casework.monitoring")
record MonitoringProperties(@DefaultValue("America/New_York") ZoneId timeZone, @DefaultValue("7") int leadDays,
		@DefaultValue("30") int consentDays, @DefaultValue("PT15M") Duration ruleInterval,
		@DefaultValue Reminders reminders) {

	/**
	 * The daily digest email of each worker's due and overdue tasks.
	 *
	 * @param enabled off unless configured (and a mail server is,
	 * {@code spring.mail.host})
	 * @param cron when it is sent, in the agency's time zone
	 * @param from the sender address
	 * @param baseUrl the address of Casework that the email links to
	 */
	record Reminders(@DefaultValue("false") boolean enabled, @DefaultValue("0 0 7 * * MON-FRI") String cron,
			@DefaultValue("casework@localhost") String from, @DefaultValue("http://localhost:8080") String baseUrl) {
	}

}
