package org.casework.clients.web;

import com.jayway.jsonpath.JsonPath;
import org.casework.audit.AuditTrail;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class ClientApiTests {

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api worker1() {
		return Api.as(this.mvc, "worker1");
	}

	Api worker2() {
		return Api.as(this.mvc, "worker2");
	}

	String register(Api api, String json) throws Exception {
		MvcResult result = api.post("/api/v1/clients", json).andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	long clientRows() {
		return this.jdbc.sql("SELECT count(*) FROM client").query(Long.class).single();
	}

	@Test
	void theSmallestRegistrationAnswers201WithLocationAndEtag() throws Exception {
		worker1().post("/api/v1/clients", """
				{"firstName":"Maria","lastName":"Lopez","dateOfBirth":"1984-03-02"}""")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/clients/")))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.firstName").value("Maria"))
			.andExpect(jsonPath("$.lastName").value("Lopez"))
			.andExpect(jsonPath("$.dateOfBirth").value("1984-03-02"));
	}

	@Test
	void aFullRegistrationKeepsEveryDetailAndNeverShowsTheSsn() throws Exception {
		String id = register(worker1(),
				"""
						{"firstName":"Ana","middleName":"Luisa","lastName":"Gutiérrez","preferredName":"Anita",
						 "dateOfBirth":"1990-05-17","sex":"FEMALE","genderIdentity":"woman","pronouns":"she/her",
						 "preferredLanguage":"es","interpreterNeeded":true,"email":"ana.g@example.org",
						 "phones":[{"kind":"MOBILE","number":"+1 555 201 9988","preferred":true}],
						 "address":{"line1":"4 Elm Street","city":"Riverside","region":"GA","postalCode":"30301","county":"Fulton"},
						 "identifiers":[{"kind":"SSN","value":"219-09-9999"}],
						 "householdMembers":[{"name":"Pablo Gutiérrez","relationship":"CHILD","dateOfBirth":"2015-02-01"}]}""");
		MvcResult read = worker1().get("/api/v1/clients/{id}", id)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.preferredName").value("Anita"))
			.andExpect(jsonPath("$.interpreterNeeded").value(true))
			.andExpect(jsonPath("$.address.county").value("Fulton"))
			.andExpect(jsonPath("$.identifiers[0].masked").value("***-**-9999"))
			.andExpect(jsonPath("$.householdMembers[0].relationship").value("CHILD"))
			.andReturn();
		assertThat(read.getResponse().getContentAsString()).doesNotContain("219-09").doesNotContain("219099999");
		String stored = this.jdbc.sql("SELECT value_protected FROM client_identifier WHERE client = ?::uuid")
			.param(id)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("219").startsWith("v1:");
	}

	@Test
	void badInputNamesEachFieldAndWritesNothing() throws Exception {
		long before = clientRows();
		worker1().post("/api/v1/clients", """
				{"firstName":"Tom","lastName":" ","dateOfBirth":"2999-01-01","email":"not-an-email",
				 "phones":[{"kind":"MOBILE","number":"12"}],"notes":"x"}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("notes"))
			.andExpect(jsonPath("$.errors[0].message").value("is not a known field"));
		worker1().post("/api/v1/clients", """
				{"firstName":"Tom","lastName":" ","dateOfBirth":"2999-01-01","email":"not-an-email",
				 "phones":[{"kind":"MOBILE","number":"12"}],"preferredName":"%s"}""".formatted("x".repeat(300)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://casework.org/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("lastName")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phones[0].number")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("preferredName")))
			.andExpect(jsonPath("$.errors[?(@.field=='dateOfBirth')].message", hasItem("must not be in the future")));
		worker1().post("/api/v1/clients", """
				{"firstName":"Tom","lastName":"Reed","dateOfBirth":"1980-01-01",
				 "relationships":[{"clientId":"6a1c9a56-3a55-4c59-9b7c-3b0b8f7d0c11","kind":"COUSIN_TWICE"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("relationships[0].kind"))
			.andExpect(jsonPath("$.errors[0].message", containsString("COUSIN_TWICE")));
		assertThat(clientRows()).isEqualTo(before);
	}

	@Test
	void updatesNeedTheCurrentEtag() throws Exception {
		String id = register(worker1(), """
				{"firstName":"Peter","lastName":"Novak","dateOfBirth":"1970-07-07"}""");
		String body = """
				{"firstName":"Peter","lastName":"Novák","dateOfBirth":"1970-07-07"}""";
		worker1().put("/api/v1/clients/{id}", null, body, id)
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.status").value(428));
		worker1().put("/api/v1/clients/{id}", "\"0\"", body, id)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.lastName").value("Novák"));
		worker1().put("/api/v1/clients/{id}", "\"0\"", """
				{"firstName":"Pete","lastName":"Novak","dateOfBirth":"1970-07-07"}""", id)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.status").value(412));
		worker1().get("/api/v1/clients/{id}", id).andExpect(jsonPath("$.firstName").value("Peter"));
	}

	@Test
	void anotherTeamsClientIsNotFoundExactlyLikeAMissingOne() throws Exception {
		String id = register(worker1(), """
				{"firstName":"Hannah","lastName":"Oyelaran","dateOfBirth":"1991-09-09"}""");
		MvcResult outOfScope = worker2().get("/api/v1/clients/{id}", id).andExpect(status().isNotFound()).andReturn();
		MvcResult missing = worker2().get("/api/v1/clients/{id}", "00000000-0000-0000-0000-000000000001")
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(outOfScope.getResponse().getContentAsString().replace(id, "ID")).isEqualTo(
				missing.getResponse().getContentAsString().replace("00000000-0000-0000-0000-000000000001", "ID"));
		worker2().put("/api/v1/clients/{id}", "\"0\"", """
				{"firstName":"Hannah","lastName":"X","dateOfBirth":"1991-09-09"}""", id)
			.andExpect(status().isNotFound());
		worker2().get("/api/v1/clients?q=Oyelaran").andExpect(jsonPath("$.total").value(0));
		worker2().get("/api/v1/clients").andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
		worker1().get("/api/v1/clients?q=Oyelaran").andExpect(jsonPath("$.items[0].id").value(id));
		// the duplicate check still warns worker2, with identity fields only
		worker2().post("/api/v1/clients/matches", """
				{"firstName":"Hanna","lastName":"Oyelaran","dateOfBirth":"1991-09-09"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].clientId").value(id))
			.andExpect(jsonPath("$.items[0].inScope").value(false))
			.andExpect(jsonPath("$.items[0].email").doesNotExist())
			.andExpect(jsonPath("$.items[0].reasons", hasItem("same date of birth")));
		// the supervisor of worker1's team sees the client
		Api.as(this.mvc, "supervisor1").get("/api/v1/clients/{id}", id).andExpect(status().isOk());
	}

	@Test
	void searchFindsMisspelledSwappedAndNicknamedNames() throws Exception {
		String id = register(worker1(), """
				{"firstName":"William","lastName":"Fitzgerald","dateOfBirth":"1962-04-11"}""");
		worker1().get("/api/v1/clients?q=Bill Fitzgerald").andExpect(jsonPath("$.items[0].id").value(id));
		worker1().get("/api/v1/clients?q=Wiliam Fitsgerald").andExpect(jsonPath("$.items[0].id").value(id));
		worker1().get("/api/v1/clients?q=Fitzgerald William").andExpect(jsonPath("$.items[0].id").value(id));
		worker1().get("/api/v1/clients?q=Fitzgerald, William").andExpect(jsonPath("$.items[0].id").value(id));
		worker1().get("/api/v1/clients?q=Fitzgerald&dob=1962-11-04").andExpect(jsonPath("$.items[0].id").value(id));
		worker1().get("/api/v1/clients?dob=1962-04-12").andExpect(jsonPath("$.items[*].id", hasItem(id)));
		String accented = register(worker1(), """
				{"firstName":"José","lastName":"Muñoz","dateOfBirth":"1977-12-01"}""");
		worker1().get("/api/v1/clients?q=jose munoz").andExpect(jsonPath("$.items[0].id").value(accented));
		// short family names one typo off: a letter changed, two letters swapped
		String shortName = register(worker1(), """
				{"firstName":"Kathleen","lastName":"Cox","dateOfBirth":"1958-09-30"}""");
		worker1().get("/api/v1/clients?q=Kathleen Cex").andExpect(jsonPath("$.items[0].id").value(shortName));
		worker1().get("/api/v1/clients?q=Kathlene Cxo").andExpect(jsonPath("$.items[0].id").value(shortName));
		// the team's supervisor finds the team's clients; another team's worker does not
		Api.as(this.mvc, "supervisor1")
			.get("/api/v1/clients?q=Wiliam Fitsgerald")
			.andExpect(jsonPath("$.items[*].id", hasItem(id)));
		Api.as(this.mvc, "worker2")
			.get("/api/v1/clients?q=William Fitzgerald")
			.andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
	}

	@Test
	void registeringDespiteALikelyDuplicateRecordsTheConfirmation() throws Exception {
		String first = register(worker1(), """
				{"firstName":"Katherine","lastName":"Abernathy","dateOfBirth":"1986-02-14"}""");
		worker1().post("/api/v1/clients/matches", """
				{"firstName":"Kate","lastName":"Abernathy","dateOfBirth":"1986-02-14"}""")
			.andExpect(jsonPath("$.items[0].clientId").value(first))
			.andExpect(jsonPath("$.items[0].likely").value(true))
			.andExpect(jsonPath("$.items[0].reasons", hasItem("Kate is a nickname of Katherine")));
		String second = register(worker1(), """
				{"firstName":"Kate","lastName":"Abernathy","dateOfBirth":"1986-02-14","confirmedDistinctFrom":["%s"]}"""
			.formatted(first));
		assertThat(this.jdbc.sql("SELECT other_client FROM client_distinct_confirmation WHERE client_id = ?::uuid")
			.param(second)
			.query(String.class)
			.list()).containsExactly(first);
	}

	@Test
	void aRecordEnteredInErrorStaysReadableButLeavesSearch() throws Exception {
		String id = register(worker1(), """
				{"firstName":"Quentin","lastName":"Blackwood","dateOfBirth":"1960-10-10"}""");
		worker1().postIfMatch("/api/v1/clients/{id}/actions/mark-entered-in-error", "\"0\"", """
				{"reason":""}""", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		worker1().postIfMatch("/api/v1/clients/{id}/actions/mark-entered-in-error", "\"0\"", """
				{"reason":"Test record created during training"}""", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENTERED_IN_ERROR"));
		worker1().get("/api/v1/clients/{id}", id)
			.andExpect(jsonPath("$.errorReason").value("Test record created during training"));
		worker1().get("/api/v1/clients?q=Blackwood").andExpect(jsonPath("$.total").value(0));
		worker1().put("/api/v1/clients/{id}", "\"1\"", """
				{"firstName":"Q","lastName":"Blackwood","dateOfBirth":"1960-10-10"}""", id)
			.andExpect(status().isConflict());
	}

	@Test
	void rolesWithoutClientAccessAreForbiddenAndStrangersUnauthorized() throws Exception {
		Api.as(this.mvc, "auditor").get("/api/v1/clients").andExpect(status().isForbidden());
		Api.as(this.mvc, "admin").post("/api/v1/clients", "{}").andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/clients"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		worker1().post("/api/v1/clients", "not json").andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/clients").contentType(MediaType.TEXT_PLAIN)
				.content("x")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.httpBasic("worker1", org.casework.TestUsers.PASSWORD)))
			.andExpect(status().isUnsupportedMediaType());
		worker1().get("/api/v1/clients?size=500")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void breakingTheGlassOpensTheClientForAWhileAndAlertsTheSupervisor() throws Exception {
		String id = register(worker1(), """
				{"firstName":"Ibrahim","lastName":"Castellanos","dateOfBirth":"1958-03-03"}""");
		worker2().get("/api/v1/clients/{id}", id).andExpect(status().isNotFound());
		worker2().post("/api/v1/clients/{id}/emergency-access", """
				{"reason":"short"}""", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		worker2().post("/api/v1/clients/{id}/emergency-access", """
				{"reason":"Client at the ER, unconscious; need emergency contacts"}""", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresAt").isNotEmpty());
		worker2().get("/api/v1/clients/{id}", id).andExpect(status().isOk());
		this.auditTrail.seal();
		assertThat(this.jdbc
			.sql("""
					SELECT count(*) FROM audit_event WHERE client_id = ?::uuid AND action = 'READ' AND purpose = 'BREAK_GLASS'
					  AND reason = 'Client at the ER, unconscious; need emergency contacts'""")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				SELECT u.username FROM emergency_access_alert e JOIN app_user u ON u.id = e.supervisor_id
				WHERE e.client_id = ?::uuid""").param(id).query(String.class).list()).containsExactly("supervisor1");
		// the access ends when it expires
		this.jdbc.sql(
				"UPDATE client_access SET expires_at = now() - interval '1 minute' WHERE client_id = ?::uuid AND basis = 'EMERGENCY'")
			.param(id)
			.update();
		worker2().get("/api/v1/clients/{id}", id).andExpect(status().isNotFound());
	}

}
