package org.casework.programs.web;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class ProgramApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api padmin() {
		return Api.as(this.mvc, "padmin");
	}

	Api worker1() {
		return Api.as(this.mvc, "worker1");
	}

	static String program(String name) {
		return """
				{"name":"%s","description":"Help for families at risk of losing their home","capacity":2,
				 "rules":[{"kind":"AGE","minAge":18},
				          {"kind":"INCOME","percentOfPoverty":200},
				          {"kind":"JURISDICTION","counties":["Fulton","DeKalb"],"zipCodes":["30301"]},
				          {"kind":"YES_NO","question":"Is the household caring for a child under 18?","expectedAnswer":true}],
				 "intensityLevels":[{"code":"HIGH","name":"High","contactEveryDays":7,"goalReview":"MONTHLY","reassessmentMonths":6},
				                    {"code":"LOW","name":"Low","contactEveryDays":30,"goalReview":"QUARTERLY","reassessmentMonths":12}]}"""
			.formatted(name);
	}

	String create(String name) throws Exception {
		MvcResult result = padmin().post("/api/v1/programs", program(name))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/programs/")))
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	long programs() {
		return this.jdbc.sql("SELECT count(*) FROM program").query(Long.class).single();
	}

	@Test
	void aProgramAdminDefinesAProgramThatWorkersCanRead() throws Exception {
		String id = create("Family Stability " + UUID.randomUUID());
		worker1().get("/api/v1/programs/{id}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.capacity").value(2))
			.andExpect(jsonPath("$.rules[0].key").value("age-1"))
			.andExpect(jsonPath("$.rules[3].question").value("Is the household caring for a child under 18?"))
			.andExpect(jsonPath("$.intensityLevels[1].goalReview").value("QUARTERLY"));
		worker1().get("/api/v1/programs").andExpect(jsonPath("$.items[*].id", hasItem(id)));
	}

	@Test
	void aWorkerMayNotDefineAProgram() throws Exception {
		long before = programs();
		worker1().post("/api/v1/programs", program("Not mine")).andExpect(status().isForbidden());
		assertThat(programs()).isEqualTo(before);
	}

	@Test
	void aMinimumAgeAboveTheMaximumIsRefusedAndNothingIsSaved() throws Exception {
		long before = programs();
		padmin().post("/api/v1/programs", """
				{"name":"Youth","rules":[{"kind":"AGE","minAge":25,"maxAge":16}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rules[0].maxAge"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be below the minimum age"));
		assertThat(programs()).isEqualTo(before);
	}

	@Test
	void revisionsNeedTheCurrentVersionAndKeepRuleKeys() throws Exception {
		String id = create("Senior Services " + UUID.randomUUID());
		String revised = """
				{"name":"Senior Services Plus","rules":[{"key":"income-1","kind":"INCOME","percentOfPoverty":250}]}""";
		padmin().put("/api/v1/programs/{id}", null, revised, id).andExpect(status().is(428));
		padmin().put("/api/v1/programs/{id}", "\"7\"", revised, id).andExpect(status().isPreconditionFailed());
		padmin().put("/api/v1/programs/{id}", "\"0\"", revised, id)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.rules[0].key").value("income-1"))
			.andExpect(jsonPath("$.rules[0].percentOfPoverty").value(250));
	}

	@Test
	void aRetiredProgramStaysReadableWithItsReason() throws Exception {
		String id = create("Pilot " + UUID.randomUUID());
		padmin().postIfMatch("/api/v1/programs/{id}/actions/retire", "\"0\"", """
				{"reason":""}""", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		padmin().postIfMatch("/api/v1/programs/{id}/actions/retire", "\"0\"", """
				{"reason":"Grant ended in October"}""", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETIRED"));
		worker1().get("/api/v1/programs").andExpect(jsonPath("$.items[?(@.id == '%s')]".formatted(id)).isEmpty());
		worker1().get("/api/v1/programs?includeRetired=true")
			.andExpect(
					jsonPath("$.items[?(@.id == '%s')].retiredReason".formatted(id)).value("Grant ended in October"));
	}

	@Test
	void eligibilityIsScreenedWithABasisPerRule() throws Exception {
		String id = create("Eviction Prevention " + UUID.randomUUID());
		// 200% of the 2026 guideline for four (33,000) is 66,000: exactly at the limit
		worker1().post("/api/v1/programs/{id}/eligibility", """
				{"on":"2026-11-24","dateOfBirth":"1990-05-01","householdSize":4,"annualIncome":66000,
				 "county":"Fulton","answers":{"yes-no-1":true}}""", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ELIGIBLE"))
			.andExpect(jsonPath("$.results[1].outcome").value("MET"))
			.andExpect(jsonPath("$.results[1].basis").value(
					"Household of 4 with an annual income of $66,000 is at or below 200% of the 2026 poverty guideline, $66,000"));
		worker1().post("/api/v1/programs/{id}/eligibility", """
				{"on":"2026-11-24","householdSize":4,"annualIncome":70000}""", id)
			.andExpect(jsonPath("$.status").value("INELIGIBLE"))
			.andExpect(jsonPath("$.results[0].outcome").value("UNKNOWN"));
	}

	@Test
	void impossibleScreeningAnswersAreRefusedNamingTheField() throws Exception {
		String id = create("Food Security " + UUID.randomUUID());
		worker1().post("/api/v1/programs/{id}/eligibility", """
				{"on":"2026-11-24","householdSize":0,"annualIncome":-5,"dateOfBirth":"2027-01-01"}""", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("householdSize")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("annualIncome")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")));
	}

	@Test
	void anUnknownProgramAnswers404() throws Exception {
		worker1().get("/api/v1/programs/{id}", UUID.randomUUID()).andExpect(status().isNotFound());
		worker1().post("/api/v1/programs/{id}/eligibility", "{}", UUID.randomUUID()).andExpect(status().isNotFound());
	}

	@Test
	void theGuidelineTablesAreDataAProgramAdminMaintains() throws Exception {
		worker1().get("/api/v1/poverty-guidelines/2026")
			.andExpect(jsonPath("$.amounts[0]").value(15960))
			.andExpect(jsonPath("$.amounts[3]").value(33000))
			.andExpect(jsonPath("$.additionalPerson").value(5680));
		String table = """
				{"amounts":[16300,22100,27900,33700,39500,45300,51100,56900],"additionalPerson":5800,
				 "source":"Entered for a test"}""";
		worker1().put("/api/v1/poverty-guidelines/2031", null, table).andExpect(status().isForbidden());
		padmin().put("/api/v1/poverty-guidelines/2031", null, """
				{"amounts":[16300,22100],"additionalPerson":-1,"source":""}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("amounts")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("additionalPerson")));
		padmin().put("/api/v1/poverty-guidelines/2031", null, """
				{"amounts":[16300,22100,null,33700,39500,45300,51100,56900],"additionalPerson":5800,"source":"x"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amounts[2]"));
		padmin().put("/api/v1/poverty-guidelines/2031", null, table)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amounts[7]").value(56900));
	}

}
