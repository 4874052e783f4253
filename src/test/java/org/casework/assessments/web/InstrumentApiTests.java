package org.casework.assessments.web;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.casework.TestUsers;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The instruments API: everyone reads the catalog; program admins upload instruments and
 * versions (refused with the linkId of each problem), retire them, and choose each
 * program's instruments and its core assessment.
 */
@ApiTest
class InstrumentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgramManagement programs;

	@Autowired
	UserContext users;

	Api padmin() {
		return Api.as(this.mvc, "padmin");
	}

	Api worker1() {
		return Api.as(this.mvc, "worker1");
	}

	/** A small screener with a code of its own, so tests do not meet each other's. */
	static String screener(String code, String title) {
		String json = """
				{"resourceType":"Questionnaire","id":"%s","title":"%s","item":[
				  {"linkId":"money","text":"Money","type":"group","item":[
				    {"linkId":"bills","text":"Behind on bills?","type":"boolean","required":true},
				    {"linkId":"which","text":"Which bills?","type":"choice","repeats":true,
				     "enableWhen":[{"question":"bills","operator":"=","answerBoolean":true}],
				     "answerOption":[{"valueCoding":{"code":"rent","display":"Rent"}},
				                     {"valueCoding":{"code":"power","display":"Electricity"}}]}]}]}""";
		return json.formatted(code, title);
	}

	static String code() {
		return "screener-" + UUID.randomUUID().toString().substring(0, 8);
	}

	String upload(String json) throws Exception {
		MvcResult result = padmin().post("/api/v1/instruments", json).andExpect(status().isCreated()).andReturn();
		return result.getResponse().getHeader("Location");
	}

	UUID program() {
		return this.users.runAs("padmin",
				() -> this.programs
					.create(new ProgramInput("Tenancy Support " + UUID.randomUUID(), "", null, List.of(), List.of()))
					.id());
	}

	@Test
	void everyoneReadsTheShippedInstruments() throws Exception {
		worker1().get("/api/v1/instruments")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItems("casework-holistic", "ahc-hrsn")))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50));
		worker1().get("/api/v1/instruments/ahc-hrsn")
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.title").value("AHC Health-Related Social Needs screening (core questions)"))
			.andExpect(jsonPath("$.codes[0].code").value("96777-8"))
			.andExpect(jsonPath("$.items[1].linkId").value("food"))
			.andExpect(jsonPath("$.items[1].scoring.domain").value("food"))
			.andExpect(jsonPath("$.items[1].items[0].options[0].code").value("LA28397-0"))
			.andExpect(jsonPath("$.items[1].items[0].options[0].weight").value(2))
			.andExpect(jsonPath("$.versions[0].origin").value("SHIPPED"));
		worker1().get("/api/v1/instruments/casework-holistic")
			.andExpect(jsonPath("$.items[0].items[7].enableWhen[0].question").value("basic-needs-rating"))
			.andExpect(jsonPath("$.items[0].items[7].enableWhen[0].answer.code").value("in-crisis"));
	}

	@Test
	void aVersionIsServedAsItsFhirQuestionnaire() throws Exception {
		this.mvc.perform(get("/api/v1/instruments/ahc-hrsn/versions/1").with(httpBasic("worker1", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/fhir+json")))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.resourceType").value("Questionnaire"))
			.andExpect(jsonPath("$.version").value("1"))
			.andExpect(jsonPath("$.item[4].item[1].code[0].code").value("95618-5"));
		this.mvc
			.perform(get("/api/v1/instruments/ahc-hrsn/versions/1").accept("application/json")
				.with(httpBasic("worker1", TestUsers.PASSWORD)))
			.andExpect(header().string("Content-Type", containsString("application/json")));
		worker1().get("/api/v1/instruments/ahc-hrsn/versions/99").andExpect(status().isNotFound());
		worker1().get("/api/v1/instruments/no-such-thing").andExpect(status().isNotFound());
	}

	@Test
	void aProgramAdminUploadsAnInstrumentAndThenANewVersion() throws Exception {
		String code = code();
		assertThat(upload(screener(code, "Money worries"))).isEqualTo("/api/v1/instruments/" + code + "/versions/1");
		this.mvc
			.perform(post("/api/v1/instruments").contentType("application/fhir+json")
				.content(screener(code, "Money worries, revised"))
				.with(httpBasic("padmin", TestUsers.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/instruments/" + code + "/versions/2"))
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.uploadedBy").value("padmin"));

		worker1().get("/api/v1/instruments/{code}", code)
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.title").value("Money worries, revised"))
			.andExpect(jsonPath("$.url").value("https://casework.example/fhir/Questionnaire/" + code))
			.andExpect(jsonPath("$.versions[*].version").value(org.hamcrest.Matchers.contains(2, 1)));
		// the first version is kept as it was
		worker1().get("/api/v1/instruments/{code}/versions/1", code)
			.andExpect(jsonPath("$.title").value("Money worries"))
			.andExpect(jsonPath("$.version").value("1"));
	}

	@Test
	void anUploadThatUsesWhatIsNotSupportedIsRefusedNamingEachLinkId() throws Exception {
		String code = code();
		String json = """
				{"resourceType":"Questionnaire","id":"%s","title":"Vitals","item":[
				  {"linkId":"weight","text":"Weight","type":"quantity"},
				  {"linkId":"smoker","text":"Smoker?","type":"choice","answerValueSet":"http://example.org/yes-no"},
				  {"linkId":"packs","text":"Packs a day","type":"integer",
				   "enableWhen":[{"question":"cigarettes","operator":">","answerInteger":0}]}]}""".formatted(code);
		padmin().post("/api/v1/instruments", json)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("item[linkId=weight]"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("type 'quantity' is not supported")))
			.andExpect(jsonPath("$.errors[1].field").value("item[linkId=smoker]"))
			.andExpect(jsonPath("$.errors[1].message")
				.value("answerValueSet is not supported: list the answers as answerOption"))
			.andExpect(jsonPath("$.errors[2].field").value("item[linkId=packs]"))
			.andExpect(jsonPath("$.errors[2].message")
				.value("enableWhen[0]: question 'cigarettes' is not an item of this instrument"));
		worker1().get("/api/v1/instruments/{code}", code).andExpect(status().isNotFound());

		padmin().post("/api/v1/instruments", "{\"resourceType\":\"Questionnaire\",")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("questionnaire"));
	}

	@Test
	void anUploadMayNotTakeAnotherInstrumentsUrl() throws Exception {
		String json = """
				{"resourceType":"Questionnaire","id":"%s","url":"https://casework.example/fhir/Questionnaire/ahc-hrsn",
				 "title":"Copy","item":[{"linkId":"a","text":"A","type":"boolean"}]}""".formatted(code());
		padmin().post("/api/v1/instruments", json)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("url"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("is the URL of instrument ahc-hrsn")));
	}

	@Test
	void onlyProgramAdminsChangeInstrumentsAndChoices() throws Exception {
		String code = code();
		worker1().post("/api/v1/instruments", screener(code, "Not mine")).andExpect(status().isForbidden());
		Api.as(this.mvc, "supervisor1")
			.post("/api/v1/instruments", screener(code, "Not mine"))
			.andExpect(status().isForbidden());
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM instrument WHERE code = ?").param(code).query(Long.class).single())
			.isZero();
		UUID program = program();
		worker1().put("/api/v1/programs/{id}/instruments", "\"0\"", """
				{"instruments":[{"code":"ahc-hrsn","core":true}]}""", program).andExpect(status().isForbidden());
		worker1().get("/api/v1/programs/{id}/instruments", program).andExpect(status().isOk());
		worker1().postIfMatch("/api/v1/instruments/ahc-hrsn/actions/retire", "\"1\"", """
				{"reason":"No"}""").andExpect(status().isForbidden());
	}

	@Test
	void aProgramChoosesItsInstrumentsWithExactlyOneCore() throws Exception {
		UUID program = program();
		padmin().get("/api/v1/programs/{id}/instruments", program)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.instruments").isEmpty());
		String both = """
				{"instruments":[{"code":"ahc-hrsn","core":false},{"code":"casework-holistic","core":true}]}""";
		padmin().put("/api/v1/programs/{id}/instruments", null, both, program).andExpect(status().is(428));
		padmin().put("/api/v1/programs/{id}/instruments", "\"0\"", """
				{"instruments":[{"code":"ahc-hrsn","core":true},{"code":"casework-holistic","core":true}]}""", program)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("instruments"))
			.andExpect(jsonPath("$.errors[0].message").value("only one instrument can be the core assessment"));
		padmin().put("/api/v1/programs/{id}/instruments", "\"0\"", """
				{"instruments":[{"code":"ahc-hrsn","core":false},{"code":"phq-9","core":true}]}""", program)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("instruments[1].code"))
			.andExpect(jsonPath("$.errors[0].message").value("'phq-9' is not an instrument"));

		padmin().put("/api/v1/programs/{id}/instruments", "\"0\"", both, program)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.instruments[0].code").value("casework-holistic"))
			.andExpect(jsonPath("$.instruments[0].core").value(true))
			.andExpect(jsonPath("$.instruments[1].code").value("ahc-hrsn"))
			.andExpect(jsonPath("$.instruments[1].title")
				.value("AHC Health-Related Social Needs screening (core questions)"));
		padmin().put("/api/v1/programs/{id}/instruments", "\"0\"", both, program)
			.andExpect(status().isPreconditionFailed());
		worker1().get("/api/v1/programs/{id}/instruments", program)
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.instruments[*].code", hasItem("ahc-hrsn")));

		padmin().get("/api/v1/programs/{id}/instruments", UUID.randomUUID()).andExpect(status().isNotFound());
	}

	@Test
	void anInstrumentInUseIsNotRetiredAndARetiredOneTakesNoNewVersion() throws Exception {
		String code = code();
		upload(screener(code, "Money worries"));
		UUID program = program();
		String programName = this.users.runAs("padmin", () -> this.programs.get(program).name());
		String chosen = """
				{"instruments":[{"code":"%s","core":true}]}""".formatted(code);
		padmin().put("/api/v1/programs/{id}/instruments", "\"0\"", chosen, program).andExpect(status().isOk());

		String etag = padmin().get("/api/v1/instruments/{code}", code).andReturn().getResponse().getHeader("ETag");
		padmin().postIfMatch("/api/v1/instruments/{code}/actions/retire", etag, """
				{"reason":"Replaced by the AHC screener"}""", code)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0]").value(programName));

		padmin().put("/api/v1/programs/{id}/instruments", "\"1\"", """
				{"instruments":[]}""", program).andExpect(status().isOk());
		padmin().postIfMatch("/api/v1/instruments/{code}/actions/retire", etag, """
				{"reason":""}""", code)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		MvcResult retired = padmin().postIfMatch("/api/v1/instruments/{code}/actions/retire", etag, """
				{"reason":"Replaced by the AHC screener"}""", code)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETIRED"))
			.andReturn();
		padmin().postIfMatch("/api/v1/instruments/{code}/actions/retire", etag, """
				{"reason":"Again"}""", code).andExpect(status().isPreconditionFailed());

		worker1().get("/api/v1/instruments")
			.andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.not(hasItem(code))));
		worker1().get("/api/v1/instruments?includeRetired=true").andExpect(jsonPath("$.items[*].code", hasItem(code)));
		padmin().put("/api/v1/programs/{id}/instruments", "\"2\"", chosen, program)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("'" + code + "' is retired"));
		padmin().post("/api/v1/instruments", screener(code, "Money worries again")).andExpect(status().isConflict());

		padmin()
			.postIfMatch("/api/v1/instruments/{code}/actions/reactivate", retired.getResponse().getHeader("ETag"), "",
					code)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		assertThat(JsonPath.<Integer>read(padmin().post("/api/v1/instruments", screener(code, "Money worries again"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.version")).isEqualTo(2);
	}

	@Test
	void theOpenApiDocumentDescribesTheInstrumentsApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/instruments'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/instruments/{code}/versions/{version}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/instruments'].put").exists())
			.andExpect(content().string(containsString("item[linkId=")));
	}

}
