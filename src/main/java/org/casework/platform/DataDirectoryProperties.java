package org.casework.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Casework keeps its own files when it runs the embedded database.
 *
 * @param dataDir the folder of the embedded PostgreSQL cluster
 * ({@code CASEWORK_DATA_DIR})
 * @param ephemeralDatabase start a throw-away cluster in a temporary folder (tests)
 */
@ConfigurationProperties("casework")
record DataDirectoryProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean ephemeralDatabase) {
}
