package org.casework.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL cluster per data folder and JVM. Test contexts that Spring
 * caches separately share it instead of starting a server each; the JVM's shutdown stops
 * it.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, EmbeddedPostgres> servers = new ConcurrentHashMap<>();

	private static final AtomicInteger started = new AtomicInteger();

	private EmbeddedPostgresServer() {
	}

	/**
	 * How many embedded clusters this JVM has started (a configured server starts none).
	 */
	public static int startedCount() {
		return started.get();
	}

	static EmbeddedPostgres startOrGet(Path dataDir, boolean ephemeral) {
		Path key = ephemeral ? Path.of("<ephemeral>") : dataDir.toAbsolutePath().normalize();
		return servers.computeIfAbsent(key, k -> start(dataDir, ephemeral));
	}

	private static EmbeddedPostgres start(Path dataDir, boolean ephemeral) {
		try {
			Path dir = ephemeral ? Files.createTempDirectory("casework-pg")
					: Files.createDirectories(dataDir.toAbsolutePath().normalize().resolve("postgres"));
			log.info("Starting embedded PostgreSQL in {}", ephemeral ? "a temporary folder" : dir);
			EmbeddedPostgres pg = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(ephemeral)
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("fsync", ephemeral ? "off" : "on")
				.setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
				.setLocaleConfig("locale", "C.UTF-8")
				.start();
			started.incrementAndGet();
			// stop after the application contexts have closed, so nothing still waits for
			// a connection
			SpringApplication.getShutdownHandlers().add(() -> {
				try {
					pg.close();
				}
				catch (IOException ex) {
					log.warn("Embedded PostgreSQL did not stop cleanly", ex);
				}
			});
			return pg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

}
