package org.casework.web;

import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class OpenApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi", startsWith("3.1")))
			.andExpect(jsonPath("$.paths['/api/v1/clients'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/clients'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/clients/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/clients/matches'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit/events'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit/verify'].get").exists())
			.andExpect(jsonPath("$.components.schemas.ClientRequest.properties.firstName").exists());
	}

}
