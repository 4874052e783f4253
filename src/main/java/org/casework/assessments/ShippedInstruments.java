package org.casework.assessments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the instruments Casework ships ({@code classpath:instruments/*.json}, real FHIR
 * R4 Questionnaires) at startup, before anything else runs: each file's version is stored
 * unless the catalog has it already, so restarts change nothing and a release that ships
 * a new version adds it. A file that no longer reads stops the start: shipping a broken
 * instrument is a defect.
 */
@Component
@Order(0)
class ShippedInstruments implements ApplicationRunner {

	static final String LOCATION = "classpath*:instruments/*.json";

	private static final Logger log = LoggerFactory.getLogger(ShippedInstruments.class);

	private final InstrumentCatalog catalog;

	private final TransactionTemplate transactions;

	ShippedInstruments(InstrumentCatalog catalog, PlatformTransactionManager transactions) {
		this.catalog = catalog;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		for (Resource file : files) {
			String json = read(file);
			Boolean stored = this.transactions.execute(status -> this.catalog.ship(json));
			if (Boolean.TRUE.equals(stored)) {
				log.info("Shipped instrument {} stored", file.getFilename());
			}
		}
	}

	private static String read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
