package org.casework.intake.web;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.casework.clients.ClientCrisis;
import org.casework.identity.UserContext;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class IntakeApiTests {

	static final String NO_DANGER = """
			{"dangerToSelf":false,"dangerToOthers":false,"safetyConcern":false,"medicalEmergency":false,
			 "noSafePlaceTonight":false,"noFood":false,"otherCrisis":false}""";

	static final String PROGRAM = """
			{"name":"Housing Stability %s","capacity":%s,
			 "rules":[{"kind":"AGE","minAge":18},{"kind":"INCOME","percentOfPoverty":200},
			          {"kind":"YES_NO","question":"Is the household at risk of losing its housing within 30 days?","expectedAnswer":true}],
			 "intensityLevels":[{"code":"HIGH","name":"High","contactEveryDays":7,"goalReview":"MONTHLY","reassessmentMonths":6},
			                    {"code":"LOW","name":"Low","contactEveryDays":30,"goalReview":"QUARTERLY","reassessmentMonths":12}]}""";

	static final String START = """
			{"clientId":"%s","programId":"%s","presentingIssue":"We got an eviction notice on Monday"}""";

	static final String CLIENT = """
			{"firstName":"Rosa","lastName":"%s","dateOfBirth":"1985-03-02"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientCrisis crisis;

	@Autowired
	UserContext users;

	Api worker1() {
		return Api.as(this.mvc, "worker1");
	}

	Api worker2() {
		return Api.as(this.mvc, "worker2");
	}

	String program(Integer capacity) throws Exception {
		String json = PROGRAM.formatted(UUID.randomUUID(), capacity);
		MvcResult result = Api.as(this.mvc, "padmin")
			.post("/api/v1/programs", json)
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	String client(Api api) throws Exception {
		String family = "Delgado " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
		String json = CLIENT.formatted(family);
		MvcResult result = api.post("/api/v1/clients", json).andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	String start(Api api, String clientId, String programId) throws Exception {
		String json = START.formatted(clientId, programId);
		MvcResult result = api.post("/api/v1/intakes", json)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/intakes/")))
			.andExpect(header().string("ETag", "\"0\""))
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	/** Screens eligible and not urgent; answers the intake's version afterwards. */
	int screenEligible(String intake, int version) throws Exception {
		worker1()
			.put("/api/v1/intakes/{id}/eligibility", "\"" + version + "\"", """
					{"dateOfBirth":"1985-03-02","householdSize":3,"annualIncome":24000,"answers":{"yes-no-1":true}}""",
					intake)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligibility.status").value("ELIGIBLE"));
		worker1().put("/api/v1/intakes/{id}/urgency", "\"" + (version + 1) + "\"", NO_DANGER, intake)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.triage.priority").value("ROUTINE"));
		return version + 2;
	}

	ResultActions decide(String intake, String json) throws Exception {
		return worker1().post("/api/v1/intakes/{id}/decision", json, intake);
	}

	String stateOf(String intake) {
		return this.jdbc.sql("SELECT status FROM intake WHERE id = ?::uuid").param(intake).query(String.class).single();
	}

	@Test
	void theSmallestIntakeStartsAndKeepsTheClientsWords() throws Exception {
		String intake = start(worker1(), client(worker1()), program(null));
		worker1().get("/api/v1/intakes/{id}", intake)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.presentingIssue.whyNow").value("We got an eviction notice on Monday"))
			.andExpect(jsonPath("$.missing[?(@.blocking == true)].field", hasItem("dangerToSelf")));
	}

	@Test
	void aDecisionWithoutTheUrgencyScreenIsRefusedNamingWhatIsMissing() throws Exception {
		String intake = start(worker1(), client(worker1()), program(null));
		decide(intake, """
				{"decision":"ENROLL"}""").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons",
					hasItem("urgency.noSafePlaceTonight: not asked yet: no safe place to sleep tonight")))
			.andExpect(jsonPath("$.reasons",
					hasItem("eligibility.screening: the eligibility screening has not been done")));
		assertThat(stateOf(intake)).isEqualTo("DRAFT");
		worker1().get("/api/v1/intakes/{id}/completeness", intake).andExpect(jsonPath("$.blocked").value(true));
	}

	@Test
	void enrollingOpensACaseAndASecondDecisionIsRefused() throws Exception {
		String intake = start(worker1(), client(worker1()), program(null));
		screenEligible(intake, 0);
		decide(intake, """
				{"decision":"ENROLL"}""").andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/cases/")))
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.decision.caseId").isNotEmpty());
		decide(intake, """
				{"decision":"DECLINE","reason":"changed mind"}""").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("the intake was decided already (ENROLL)"));
		worker1().get("/api/v1/intakes/{id}", intake).andExpect(jsonPath("$.decision.decision").value("ENROLL"));
	}

	@Test
	void beyondCapacityAnEnrollmentGoesToTheWaitlistInOrder() throws Exception {
		String program = program(1);
		String first = start(worker1(), client(worker1()), program);
		screenEligible(first, 0);
		decide(first, """
				{"decision":"ENROLL"}""").andExpect(status().isCreated());
		String second = start(worker1(), client(worker1()), program);
		int version = screenEligible(second, 0);
		decide(second, """
				{"decision":"ENROLL"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.decision").value("WAITLIST"))
			.andExpect(jsonPath("$.decision.waitlistPosition").value(1))
			.andExpect(jsonPath("$.decision.reason").value("the program is at capacity"));
		worker1().postIfMatch("/api/v1/intakes/{id}/actions/enroll", "\"" + (version + 1) + "\"", "{}", second)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0]").value("the program is at capacity (1 open cases)"));
	}

	@Test
	void everyDecisionNeedsWhatItNames() throws Exception {
		String intake = start(worker1(), client(worker1()), program(null));
		worker1().put("/api/v1/intakes/{id}/urgency", "\"0\"", NO_DANGER, intake).andExpect(status().isOk());
		decide(intake, """
				{"decision":"REFER_OUT"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("referredTo"));
		decide(intake, """
				{"decision":"DECLINE"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		decide(intake, """
				{"decision":"REFER_OUT","referredTo":"Atlanta Legal Aid, eviction defense"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.referredTo").value("Atlanta Legal Aid, eviction defense"));
	}

	@Test
	void aWaitlistedClientIsEnrolledInOrderAndAnIneligibleScreeningIsRecordedWithItsReason() throws Exception {
		String program = program(null);
		String waiting = start(worker1(), client(worker1()), program);
		int version = screenEligible(waiting, 0);
		decide(waiting, """
				{"decision":"WAITLIST","reason":"Starts after the school term"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.decision").value("WAITLIST"))
			.andExpect(jsonPath("$.decision.waitlistPosition").value(1));
		worker1().postIfMatch("/api/v1/intakes/{id}/actions/enroll", "\"" + (version + 1) + "\"", "{}", waiting)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/cases/")));

		String young = start(worker1(), client(worker1()), program);
		worker1()
			.put("/api/v1/intakes/{id}/eligibility", "\"0\"", """
					{"dateOfBirth":"2012-03-02","householdSize":3,"annualIncome":24000,"answers":{"yes-no-1":true}}""",
					young)
			.andExpect(jsonPath("$.eligibility.status").value("INELIGIBLE"));
		worker1().put("/api/v1/intakes/{id}/urgency", "\"1\"", NO_DANGER, young).andExpect(status().isOk());
		decide(young, """
				{"decision":"ENROLL"}""").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0]")
				.value("eligibility: the screening found the client ineligible; decide INELIGIBLE or REFER_OUT"));
		decide(young, """
				{"decision":"INELIGIBLE","reason":"Under 18; referred to the youth services desk"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision.reason").value("Under 18; referred to the youth services desk"));
	}

	@Test
	void impossibleScreeningAnswersAreRefusedAndNothingIsSaved() throws Exception {
		String intake = start(worker1(), client(worker1()), program(null));
		worker1().put("/api/v1/intakes/{id}/eligibility", "\"0\"", """
				{"householdSize":0,"annualIncome":-100,"dateOfBirth":"2099-01-01"}""", intake)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("householdSize")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("annualIncome")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")));
		worker1().put("/api/v1/intakes/{id}/eligibility", "\"0\"", """
				{"answers":{"no-such-rule":true}}""", intake)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers.no-such-rule"));
		worker1().get("/api/v1/intakes/{id}", intake)
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.eligibility").doesNotExist());
	}

	@Test
	void sectionsNeedTheVersionTheWorkerRead() throws Exception {
		String intake = start(worker1(), client(worker1()), program(null));
		worker1().put("/api/v1/intakes/{id}/urgency", null, NO_DANGER, intake).andExpect(status().is(428));
		worker1().put("/api/v1/intakes/{id}/urgency", "\"3\"", NO_DANGER, intake)
			.andExpect(status().isPreconditionFailed());
	}

	@Test
	void anEmergencyRaisesTheCrisisBannerAndAlertsTheSupervisorUntilItIsResolved() throws Exception {
		String client = client(worker1());
		String intake = start(worker1(), client, program(null));
		worker1().put("/api/v1/intakes/{id}/urgency", "\"0\"", """
				{"dangerToSelf":true,"dangerToOthers":false,"safetyConcern":false,"medicalEmergency":false,
				 "noSafePlaceTonight":true,"noFood":false,"otherCrisis":false}""", intake)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.triage.priority").value("EMERGENCY"))
			.andExpect(jsonPath("$.triage.reasons[0]").value("danger to self"));
		assertThat(this.users.runAs("supervisor1", () -> this.crisis.alertsForMe()))
			.anySatisfy(alert -> assertThat(alert.clientId().toString()).isEqualTo(client));
		worker1().get("/api/v1/clients/{id}/crisis", client)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reasons").value("danger to self; no safe place to sleep tonight"));
		worker2().get("/api/v1/clients/{id}/crisis", client).andExpect(status().isNotFound());

		// resolving takes the banner and the alerts away; the crisis stays on record
		worker1().post("/api/v1/clients/{id}/crisis/actions/resolve", """
				{"resolution":""}""", client)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("resolution"));
		worker1().post("/api/v1/clients/{id}/crisis/actions/resolve", """
				{"resolution":"Safety plan made; staying with her sister tonight"}""", client)
			.andExpect(status().isNoContent());
		worker1().get("/api/v1/clients/{id}/crisis", client).andExpect(status().isNotFound());
		assertThat(this.users.runAs("supervisor1", () -> this.crisis.alertsForMe()))
			.noneSatisfy(alert -> assertThat(alert.clientId().toString()).isEqualTo(client));
		assertThat(this.jdbc.sql("SELECT resolution FROM client_crisis WHERE client_id = ?::uuid")
			.param(client)
			.query(String.class)
			.single()).isEqualTo("Safety plan made; staying with her sister tonight");
	}

	@Test
	void anotherTeamCannotSeeTheIntakeButMayStartItsOwnForAClientFoundInTheRegistry() throws Exception {
		String client = client(worker1());
		String intake = start(worker1(), client, program(null));
		worker2().get("/api/v1/intakes/{id}", intake).andExpect(status().isNotFound());
		worker2().post("/api/v1/intakes/{id}/decision", """
				{"decision":"DECLINE","reason":"x"}""", intake).andExpect(status().isNotFound());
		worker2().get("/api/v1/intakes").andExpect(jsonPath("$.items[*].id", not(hasItem(intake))));
		// found through the duplicate check, a client of another team can be screened
		start(worker2(), client, program(null));
		worker2().get("/api/v1/clients/{id}", client).andExpect(status().isOk());
	}

	@Test
	void anUnknownClientOrProgramAnswers404() throws Exception {
		String unknownClient = START.formatted(UUID.randomUUID(), program(null));
		worker1().post("/api/v1/intakes", unknownClient).andExpect(status().isNotFound());
		String unknownProgram = START.formatted(client(worker1()), UUID.randomUUID());
		worker1().post("/api/v1/intakes", unknownProgram).andExpect(status().isNotFound());
	}

}
