package org.casework.identity;

import com.jayway.jsonpath.JsonPath;
import org.casework.TestUsers;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class IdentityApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void meAnswersWhoIsCalling() throws Exception {
		Api.as(this.mvc, "supervisor1")
			.get("/api/v1/me")
			.andExpect(jsonPath("$.username").value("supervisor1"))
			.andExpect(jsonPath("$.displayName").value("Grace Okafor"))
			.andExpect(jsonPath("$.roles[0]").value("SUPERVISOR"))
			.andExpect(jsonPath("$.team.name").value("North team"))
			.andExpect(jsonPath("$.agency.name").isNotEmpty());
	}

	@Test
	void aPersonalTokenWorksUntilItIsRevokedAndIsStoredOnlyAsAHash() throws Exception {
		String body = Api.as(this.mvc, "worker2")
			.post("/api/v1/me/tokens", """
					{"name":"nightly export"}""")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		String id = JsonPath.read(body, "$.summary.id");
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("worker2"));
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.sql("SELECT count(*) FROM api_token WHERE token_hash = ?")
				.param(token)
				.query(Long.class)
				.single())
			.isZero();
		Api.as(this.mvc, "worker2")
			.post("/api/v1/me/tokens/{id}/actions/revoke", "", id)
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void repeatedFailedLoginsHoldTheAccount() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic("padmin", "wrong-password-" + i)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic("padmin", TestUsers.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Too many failed sign-ins")));
		this.jdbc.sql("DELETE FROM login_failure WHERE username = 'padmin'").update();
		this.mvc.perform(get("/api/v1/me").with(httpBasic("padmin", TestUsers.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void anAdminCreatesUsersUnderThePasswordPolicyAndDeactivatesThem() throws Exception {
		Api admin = Api.as(this.mvc, "admin");
		admin.post("/api/v1/admin/users",
				"""
						{"username":"weakling","displayName":"Weak Password","password":"password123","roles":["CASE_WORKER"]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")));
		admin.post("/api/v1/admin/users",
				"""
						{"username":"nsharma","displayName":"Nisha Sharma","password":"nsharma-is-my-password","roles":["CASE_WORKER"]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("must not contain the username")));
		String body = admin.post("/api/v1/admin/users",
				"""
						{"username":"nsharma","displayName":"Nisha Sharma","password":"quiet river under stone","roles":["CASE_WORKER"]}""")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(body, "$.id");
		this.mvc.perform(get("/api/v1/me").with(httpBasic("nsharma", "quiet river under stone")))
			.andExpect(status().isOk());
		admin.postIfMatch("/api/v1/admin/users/{id}/actions/deactivate", "\"0\"", """
				{"reason":"Left the agency"}""", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("nsharma", "quiet river under stone")))
			.andExpect(status().isUnauthorized());
		Api.as(this.mvc, "worker1").get("/api/v1/admin/users").andExpect(status().isForbidden());
	}

	@Test
	void healthIsPublicAndSaysNothingMore() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

}
