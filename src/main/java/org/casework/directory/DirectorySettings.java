package org.casework.directory;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Directory settings.
 *
 * @param timeZone the agency's time zone: opening hours are read in it ("open now")
 * @param maxImportSize the largest HSDS dataset an import takes
 */
@ConfigurationProperties("casework.directory")
public record DirectorySettings(@DefaultValue("America/New_York") ZoneId timeZone,
		@DefaultValue("5MB") DataSize maxImportSize) {

}
