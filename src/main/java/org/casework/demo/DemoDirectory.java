package org.casework.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.casework.directory.DirectoryImports;
import org.casework.directory.ImportReport;
import org.casework.identity.UserContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo resource directory: services across metro Atlanta (food, shelter, rent, legal
 * aid, behavioral health, substance use, domestic violence, jobs, child care, rides,
 * clinics, benefits) with hours that include evenings, weekends and round-the-clock
 * lines, shipped as an HSDS 3.0 dataset and loaded by the program admin through the same
 * import as any agency's own.
 */
@Component
class DemoDirectory {

	static final String DATASET = "directory/demo-directory.json";

	private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

	private final DirectoryImports imports;

	private final UserContext users;

	DemoDirectory(DirectoryImports imports, UserContext users) {
		this.imports = imports;
		this.users = users;
	}

	void seed() {
		if (!this.imports.empty()) {
			return;
		}
		ImportReport report = this.users.runAs("padmin", () -> this.imports.importNow(dataset()));
		log.info("Demo directory imported: {} services, {} refused", report.imported(), report.refused());
	}

	static byte[] dataset() {
		try (InputStream in = new ClassPathResource(DATASET).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
