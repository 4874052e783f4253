package org.casework.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.casework.directory.DirectoryCatalog;
import org.casework.directory.DirectoryImports;
import org.casework.directory.DirectoryQuery;
import org.casework.directory.ImportReport;
import org.casework.directory.ServiceCard;
import org.casework.directory.ServiceDetails;
import org.casework.shared.Etags;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;
import tools.jackson.databind.node.ArrayNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Directory", description = "The resource directory (Open Referral HSDS 3.0)")
class DirectoryApiController {

	private final DirectoryCatalog catalog;

	private final DirectoryImports imports;

	DirectoryApiController(DirectoryCatalog catalog, DirectoryImports imports) {
		this.catalog = catalog;
		this.imports = imports;
	}

	@GetMapping(path = "/api/v1/directory/services", produces = "application/json")
	@Operation(summary = "Search the directory's active services",
			description = "text (all words in name, description, organization or taxonomy), category (taxonomy term), "
					+ "language (code or name), openNow (in the agency's time zone), a place (zip, or latitude and "
					+ "longitude) with radiusMiles. With a place, results carry distanceMiles and come nearest first.")
	Page<ServiceCard> search(@RequestParam(required = false) String text,
			@RequestParam(required = false) String category, @RequestParam(required = false) String language,
			@RequestParam(defaultValue = "false") boolean openNow, @RequestParam(required = false) String zip,
			@RequestParam(required = false) Double latitude, @RequestParam(required = false) Double longitude,
			@RequestParam(required = false) Double radiusMiles, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.catalog.search(new DirectoryQuery(text, category, language, openNow, zip, latitude, longitude,
				radiusMiles, PageRequest.of(page, size)));
	}

	@GetMapping(path = "/api/v1/directory/services/{id}", produces = "application/json")
	ResponseEntity<ServiceDetails> read(@PathVariable UUID id) {
		return withEtag(this.catalog.details(id));
	}

	@PostMapping(path = "/api/v1/directory/services/{id}/actions/deactivate", produces = "application/json")
	@Operation(summary = "Mark a service inactive (program admins)",
			description = "It no longer shows in searches; needs If-Match.")
	ResponseEntity<ServiceDetails> deactivate(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.catalog.details(id);
		return withEtag(this.catalog.deactivate(id, Etags.version(ifMatch, "service")));
	}

	@PostMapping(path = "/api/v1/directory/services/{id}/actions/activate", produces = "application/json")
	@Operation(summary = "Mark a service active again (program admins)", description = "Needs If-Match.")
	ResponseEntity<ServiceDetails> activate(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.catalog.details(id);
		return withEtag(this.catalog.activate(id, Etags.version(ifMatch, "service")));
	}

	@PostMapping(path = "/api/v1/directory/import", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Import an HSDS 3.0 dataset (program admins)",
			description = "A JSON array of HSDS 3.0 services with nested objects. Each record is checked against the "
					+ "HSDS 3.0 schemas: valid ones are imported (a known id is updated), refused ones are listed in "
					+ "refusals with every failing field (services[3].phones[0].number: required). Services missing "
					+ "from the dataset are marked inactive. Malformed JSON or a body over the size limit: 400, "
					+ "nothing imported.")
	ImportReport importDataset(HttpServletRequest request) throws IOException {
		return this.imports.importNow(body(request, this.imports.maxSize()));
	}

	@GetMapping(path = "/api/v1/directory/imports/{id}", produces = "application/json")
	@Operation(summary = "An import's progress and report (program admins)")
	ImportReport importReport(@PathVariable UUID id) {
		return this.imports.report(id).orElseThrow(() -> new NotFoundException("Import"));
	}

	@GetMapping(path = "/api/v1/directory/export", produces = "application/json")
	@Operation(summary = "The whole directory as an HSDS 3.0 dataset",
			description = "A JSON array of services with nested organization, locations, phones, schedules, languages, "
					+ "service areas and taxonomy terms; it validates against the HSDS 3.0 schemas.")
	ResponseEntity<ArrayNode> export() {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("directory-hsds-3.0.json").build().toString())
			.body(this.imports.export());
	}

	/** Reads at most one byte past the limit, so an oversize body is refused unread. */
	static byte[] body(HttpServletRequest request, long max) throws IOException {
		if (request.getContentLengthLong() > max) {
			throw tooLarge(max);
		}
		try (InputStream in = request.getInputStream()) {
			byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (data.length > max) {
				throw tooLarge(max);
			}
			return data;
		}
	}

	private static InvalidInputException tooLarge(long max) {
		return new InvalidInputException("file", "is larger than the limit of " + (max / (1024 * 1024)) + " MB");
	}

	private static ResponseEntity<ServiceDetails> withEtag(ServiceDetails service) {
		return ResponseEntity.ok().eTag(Etags.of(service.version())).body(service);
	}

}
