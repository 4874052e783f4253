package org.casework.notes;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notes are kept ({@code casework.notes.*}).
 *
 * @param lateAfter a note first written longer than this after the contact is a late
 * entry
 * @param timeZone the agency's time zone, in which contact times are entered and shown
 */
@ConfigurationProperties("casework.notes")
public record NoteProperties(@DefaultValue("PT24H") Duration lateAfter,
		@DefaultValue("America/New_York") ZoneId timeZone) {
}
