package org.casework.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.directory.domain.HsdsSchemas;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A program admin imports HSDS 3.0 datasets through the API: valid records are imported,
 * refused ones are reported by field, a re-import updates by id and marks missing
 * services inactive, a bad or oversize dataset changes nothing, and the export validates
 * against the same schemas.
 */
@ApiTest
class DirectoryImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	HsdsSchemas schemas;

	@Autowired
	JsonMapper json;

	@Autowired
	Directory directory;

	@Test
	void validRecordsAreImportedAndTheRefusedRecordNamesTheField() throws Exception {
		UUID good = UUID.randomUUID();
		UUID bad = UUID.randomUUID();
		UUID alsoGood = UUID.randomUUID();
		Map<String, Object> broken = HsdsDatasets.mariettaPantry(bad);
		broken.put("phones", List.of(Map.of("id", UUID.randomUUID().toString(), "type", "voice")));
		Map<String, Object> badStatus = HsdsDatasets.nightShelter(UUID.randomUUID());
		badStatus.put("status", "open");
		badStatus.remove("name");

		admin()
			.post("/api/v1/directory/import",
					HsdsDatasets.dataset(HsdsDatasets.decaturPantry(good), broken, HsdsDatasets.nightShelter(alsoGood),
							badStatus))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.refusals.length()").value(2))
			.andExpect(jsonPath("$.refusals[0].index").value(1))
			.andExpect(jsonPath("$.refusals[0].problems[0].field").value("services[1].phones[0].number"))
			.andExpect(jsonPath("$.refusals[0].problems[0].message").value("required"))
			.andExpect(jsonPath("$.refusals[1].problems[?(@.field == 'services[3].name')].message").value("required"))
			.andExpect(jsonPath("$.refusals[1].problems[?(@.field == 'services[3].status')]").exists());

		assertThat(this.directory.service(good)).hasValueSatisfying(s -> {
			assertThat(s.name()).isEqualTo("Decatur Test Pantry");
			assertThat(s.active()).isTrue();
			assertThat(s.phone()).isEqualTo("404-555-0101");
			assertThat(s.address()).isEqualTo("1 Main Street, Decatur, GA 30030");
			assertThat(s.organizationName()).isEqualTo("Decatur Test Pantry Org");
		});
		assertThat(this.directory.service(alsoGood)).isPresent();
		assertThat(this.directory.service(bad)).isEmpty();

		String importId = this.json
			.readTree(admin().post("/api/v1/directory/import", HsdsDatasets.dataset(HsdsDatasets.decaturPantry(good)))
				.andReturn()
				.getResponse()
				.getContentAsByteArray())
			.path("id")
			.asString();
		admin().get("/api/v1/directory/imports/{id}", importId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("DONE"))
			.andExpect(jsonPath("$.processed").value(1))
			.andExpect(jsonPath("$.startedBy").value("padmin"));
		Api.as(this.mvc, "worker1").get("/api/v1/directory/imports/{id}", importId).andExpect(status().isForbidden());
		admin().get("/api/v1/directory/services/{id}", bad).andExpect(status().isNotFound());
	}

	@Test
	void aReimportUpdatesByIdAndMarksMissingServicesInactive() throws Exception {
		UUID kept = UUID.randomUUID();
		UUID dropped = UUID.randomUUID();
		admin()
			.post("/api/v1/directory/import",
					HsdsDatasets.dataset(HsdsDatasets.decaturPantry(kept), HsdsDatasets.nightShelter(dropped)))
			.andExpect(jsonPath("$.imported").value(2));

		Map<String, Object> renamed = HsdsDatasets.decaturPantry(kept);
		renamed.put("name", "Decatur Test Pantry and Closet");
		admin().post("/api/v1/directory/import", HsdsDatasets.dataset(renamed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.deactivated").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

		assertThat(this.directory.service(kept)).hasValueSatisfying(s -> {
			assertThat(s.name()).isEqualTo("Decatur Test Pantry and Closet");
			assertThat(s.active()).isTrue();
		});
		assertThat(this.directory.service(dropped)).hasValueSatisfying(s -> assertThat(s.active()).isFalse());
		admin().get("/api/v1/directory/services/{id}", dropped)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("inactive"));
		admin().get("/api/v1/directory/services?text=night test shelter").andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aDatasetOfOnlyRefusedRecordsTakesNoServiceOutOfUse() throws Exception {
		UUID kept = UUID.randomUUID();
		admin().post("/api/v1/directory/import", HsdsDatasets.dataset(HsdsDatasets.decaturPantry(kept)))
			.andExpect(jsonPath("$.imported").value(1));
		admin().post("/api/v1/directory/import", "[{\"id\": \"not-a-uuid\"}]")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.deactivated").value(0))
			.andExpect(jsonPath("$.refusals[0].problems[?(@.field == 'services[0].id')].message")
				.value("is not a valid uuid"))
			.andExpect(jsonPath("$.refusals[0].problems[?(@.field == 'services[0].name')].message").value("required"));
		assertThat(this.directory.service(kept)).hasValueSatisfying(s -> assertThat(s.active()).isTrue());
	}

	@Test
	void malformedJsonIsRefusedAndNothingIsImported() throws Exception {
		UUID id = UUID.randomUUID();
		String truncated = HsdsDatasets.dataset(HsdsDatasets.decaturPantry(id));
		truncated = truncated.substring(0, truncated.length() - 20);
		admin().post("/api/v1/directory/import", truncated)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("is not valid JSON")));
		admin().post("/api/v1/directory/import", "{\"name\":\"not a list\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("must be a JSON array of HSDS 3.0 services"));
		assertThat(this.directory.service(id)).isEmpty();
	}

	@Test
	void aDatasetOverTheSizeLimitIsRefusedAndNothingIsImported() throws Exception {
		UUID id = UUID.randomUUID();
		String dataset = HsdsDatasets.dataset(HsdsDatasets.decaturPantry(id));
		String padded = dataset.substring(0, dataset.length() - 1) + " ".repeat(5 * 1024 * 1024) + "]";
		this.mvc
			.perform(MockMvcRequestBuilders.post("/api/v1/directory/import")
				.with(httpBasic("padmin", org.casework.TestUsers.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(padded.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value("is larger than the limit of 5 MB"));
		assertThat(this.directory.service(id)).isEmpty();
	}

	@Test
	void onlyAProgramAdminImports() throws Exception {
		UUID id = UUID.randomUUID();
		Api.as(this.mvc, "worker1")
			.post("/api/v1/directory/import", HsdsDatasets.dataset(HsdsDatasets.decaturPantry(id)))
			.andExpect(status().isForbidden());
		assertThat(this.directory.service(id)).isEmpty();
	}

	@Test
	void theExportValidatesAgainstTheHsdsSchemas() throws Exception {
		UUID id = UUID.randomUUID();
		admin()
			.post("/api/v1/directory/import",
					HsdsDatasets.dataset(HsdsDatasets.decaturPantry(id), HsdsDatasets.nightShelter(UUID.randomUUID())))
			.andExpect(jsonPath("$.imported").value(2));
		MvcResult result = Api.as(this.mvc, "worker1")
			.get("/api/v1/directory/export")
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn();
		JsonNode exported = this.json.readTree(result.getResponse().getContentAsByteArray());
		assertThat(exported.isArray()).isTrue();
		assertThat(exported.size()).isGreaterThanOrEqualTo(2);
		for (int i = 0; i < exported.size(); i++) {
			assertThat(this.schemas.checkService(exported.get(i), "services[" + i + "]")).isEmpty();
		}
		JsonNode pantry = exported.valueStream()
			.filter(s -> s.path("id").asString().equals(id.toString()))
			.findFirst()
			.orElseThrow();
		assertThat(pantry.path("organization").path("name").asString()).isEqualTo("Decatur Test Pantry Org");
		assertThat(pantry.path("service_at_locations").get(0).path("location").path("latitude").asDouble())
			.isEqualTo(33.7748);
	}

	@Test
	void theSpecificationsOwnExampleAndTheDemoDirectoryValidate() throws Exception {
		JsonNode example = this.json.readTree(new ClassPathResource("hsds/service_full.json").getInputStream());
		assertThat(this.schemas.checkService(example, "services[0]")).isEmpty();

		JsonNode demo = this.json.readTree(new ClassPathResource("directory/demo-directory.json").getInputStream());
		assertThat(demo.size()).isGreaterThanOrEqualTo(40);
		for (int i = 0; i < demo.size(); i++) {
			assertThat(this.schemas.checkService(demo.get(i), "services[" + i + "]"))
				.as(demo.get(i).path("name").asString())
				.isEmpty();
		}
	}

	@Test
	void aProgramAdminMarksAServiceInactiveAndActiveAgainWithIfMatch() throws Exception {
		UUID id = UUID.randomUUID();
		admin().post("/api/v1/directory/import", HsdsDatasets.dataset(HsdsDatasets.decaturPantry(id)))
			.andExpect(jsonPath("$.imported").value(1));
		String etag = admin().get("/api/v1/directory/services/{id}", id)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		admin().post("/api/v1/directory/services/{id}/actions/deactivate", "", id)
			.andExpect(status().isPreconditionRequired());
		Api.as(this.mvc, "worker1")
			.postIfMatch("/api/v1/directory/services/{id}/actions/deactivate", etag, "", id)
			.andExpect(status().isForbidden());
		String next = admin().postIfMatch("/api/v1/directory/services/{id}/actions/deactivate", etag, "", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("inactive"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		admin().postIfMatch("/api/v1/directory/services/{id}/actions/activate", etag, "", id)
			.andExpect(status().isPreconditionFailed());
		admin().postIfMatch("/api/v1/directory/services/{id}/actions/activate", next, "", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("active"));
	}

	private Api admin() {
		return Api.as(this.mvc, "padmin");
	}

}
