package org.casework.directory.domain;

import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.casework.shared.FieldProblem;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The official HSDS 3.0 JSON schemas, bundled under {@code hsds/3.0/schema} (with their
 * licence and attribution), read offline. A record is checked against the schema of its
 * kind; each failure is named by its path in the dataset
 * ({@code services[3].phones[0].number: required}). Formats are asserted, so an id that
 * is not a UUID or an e-mail address that is not one is refused.
 */
@Component
public class HsdsSchemas {

	private static final String BASE = "https://hsds.openreferral.org/3.0/schema/";

	private final Schema service;

	public HsdsSchemas() {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
					.schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:hsds/3.0/schema/")));
		this.service = registry.getSchema(SchemaLocation.of(BASE + "service.json"));
		this.service.initializeValidators();
	}

	/**
	 * The problems of one service record, each field prefixed with where the record is
	 * ({@code services[3]}); empty when the record is valid.
	 */
	public List<FieldProblem> checkService(JsonNode record, String prefix) {
		List<FieldProblem> problems = new ArrayList<>();
		for (Error error : this.service.validate(record)) {
			problems.add(new FieldProblem(field(prefix, error), message(error)));
		}
		return problems;
	}

	private static String field(String prefix, Error error) {
		StringBuilder path = new StringBuilder(prefix);
		NodePath at = error.getInstanceLocation();
		for (int i = 0; i < at.getNameCount(); i++) {
			Object element = at.getElement(i);
			if (element instanceof Integer index) {
				path.append('[').append(index).append(']');
			}
			else {
				path.append('.').append(element);
			}
		}
		if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
			path.append('.').append(error.getProperty());
		}
		return path.toString();
	}

	private static String message(Error error) {
		String keyword = error.getKeyword() == null ? "" : error.getKeyword();
		return switch (keyword) {
			case "required" -> "required";
			case "type" -> "must be of type " + error.getSchemaNode().asString();
			case "enum" -> "must be one of " + error.getSchemaNode().toString();
			case "format" -> "is not a valid " + error.getSchemaNode().asString();
			default -> stripLocation(error.getMessage());
		};
	}

	/** The library's message begins with the instance location, which the field names. */
	private static String stripLocation(String message) {
		int colon = message.indexOf(": ");
		return (colon > 0 && message.startsWith("$")) ? message.substring(colon + 2) : message;
	}

}
