package org.casework.assessments.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import org.casework.assessments.AssessmentCompleted;
import org.casework.assessments.AssessmentTestData;
import org.casework.cases.CaseSummary;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A worker assesses a case through the API: the core assessment filled over two contacts,
 * completed, scored and amended; refusals that name the linkId; a reassessment after a
 * significant change and its comparison with the first; a void.
 */
@ApiTest
@RecordApplicationEvents
class CaseAssessmentApiTests {

	static final String RATING = "https://casework.example/fhir/CodeSystem/domain-rating";

	/** The first contact: the urgent domains. */
	static final String URGENT_DOMAINS = """
			{"answers": {"basic-needs-housing": "serious-concern", "basic-needs-rating": "vulnerable",
			             "safety-domestic-violence": "no-concern", "safety-rating": "safe"}}""";

	/**
	 * The second contact: the other domains, strengths and what matters to the client.
	 */
	static final String OTHER_DOMAINS = """
			{"answers": {"health-wellness-rating": "stable", "social-support-rating": "stable",
			             "employment-education-rating": "vulnerable", "legal-rating": "thriving",
			             "strengths-personal": ["personal.resilience"],
			             "what-matters-most": "Keeping my kids in the same school."}}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	AssessmentTestData data;

	ProgramView program;

	@BeforeEach
	void setUp() {
		this.data = new AssessmentTestData(this.context);
		this.program = this.data.assessingProgram("Family Stability");
	}

	Api as(String user) {
		return Api.as(this.mvc, user);
	}

	@Test
	void theCoreAssessmentIsFilledOverTwoContactsAndCompletingItMovesTheCaseToPlanning() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Lucia", "Ferreira", Priority.ROUTINE);
		String location = as("worker1").postIfMatch("/api/v1/cases/{id}/assessments", null, "{}", c.id())
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.instrumentCode").value(AssessmentTestData.HOLISTIC))
			.andExpect(jsonPath("$.core").value(true))
			.andExpect(jsonPath("$.kind").value("INITIAL"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.sections[0].linkId").value("basic-needs"))
			.andExpect(jsonPath("$.missing", hasItems("item[linkId=basic-needs-rating]", "item[linkId=safety-rating]")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).contains("/api/v1/cases/" + c.id() + "/assessments/");

		as("worker1").patch(location + "/answers", "\"0\"", URGENT_DOMAINS)
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.answers['basic-needs-rating'][0].code").value("vulnerable"))
			.andExpect(jsonPath("$.answers['basic-needs-rating'][0].display").value("Vulnerable"))
			.andExpect(jsonPath("$.sections[0].complete").value(true))
			.andExpect(jsonPath("$.sections[1].complete").value(false))
			.andExpect(jsonPath("$.scores[0].rating").value("VULNERABLE"));
		as("worker1").postIfMatch(location + "/actions/complete", "\"1\"", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					hasItems("item[linkId=health-wellness-rating]", "item[linkId=what-matters-most]",
							"item[linkId=strengths]")))
			.andExpect(jsonPath("$.errors[*].field", not(hasItem("item[linkId=basic-needs-rating]"))));
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("ASSESSMENT"));

		as("worker1").patch(location + "/answers", "\"1\"", OTHER_DOMAINS).andExpect(status().isOk());
		as("worker1").postIfMatch(location + "/actions/complete", "\"2\"", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.completedByName").value("Dana Whitfield"))
			.andExpect(jsonPath("$.missing").isEmpty())
			.andExpect(jsonPath("$.scores[?(@.domainCode=='basic-needs')].rating", contains("VULNERABLE")))
			.andExpect(jsonPath("$.scores[?(@.domainCode=='legal')].rating", contains("THRIVING")))
			.andExpect(jsonPath("$.questionnaireResponse.resourceType").value("QuestionnaireResponse"))
			.andExpect(jsonPath("$.questionnaireResponse.status").value("completed"))
			.andExpect(jsonPath("$.questionnaireResponse.questionnaire", endsWith("casework-holistic|1")));

		as("worker1").get("/api/v1/cases/{id}", c.id())
			.andExpect(jsonPath("$.stage").value("PLANNING"))
			.andExpect(jsonPath("$.priority").value("URGENT"))
			.andExpect(jsonPath("$.priorityChanges[0].reason", containsString("Basic needs")));
		assertThat(this.events.stream(AssessmentCompleted.class)).singleElement()
			.satisfies(e -> assertThat(e.goalAreas()).containsExactly("basic-needs", "employment-education"));
		as("worker1").get("/api/v1/cases/{id}/assessments", c.id())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].requiredAnswered").value(JsonPath.compile("$.items[0].required")
				.read(as("worker1").get("/api/v1/cases/{id}/assessments", c.id())
					.andReturn()
					.getResponse()
					.getContentAsString())
				.toString()));
	}

	@Test
	void aCompletedAssessmentKeepsItsAnswersTakesSectionsLeftForLaterAndAddenda() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Tomasz", "Nowak", Priority.URGENT);
		String location = completedCore(c);

		as("worker1").postIfMatch(location + "/actions/complete", "\"3\"", "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("completed already")));
		as("worker1").patch(location + "/answers", "\"3\"", """
				{"answers": {"basic-needs-rating": "stable"}}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0]", containsString("item[linkId=basic-needs-rating]")));
		as("worker1").patch(location + "/answers", "\"3\"", """
				{"answers": {"social-support-family": "some-concern"}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.questionnaireResponse.status").value("amended"))
			.andExpect(jsonPath("$.answers['social-support-family'][0].code").value("some-concern"));
		as("worker1").postIfMatch(location + "/addenda", "\"4\"", """
				{"text":"Housing: the client clarified the eviction date is 30 December, not 30 November."}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.addenda[0].writtenByName").value("Dana Whitfield"))
			.andExpect(jsonPath("$.addenda[0].text", containsString("30 December")))
			.andExpect(jsonPath("$.answers['basic-needs-rating'][0].code").value("vulnerable"));
	}

	@Test
	void answersThatDoNotFitTheQuestionsAreRefusedNamingTheLinkIdAndNothingIsSaved() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Ana", "Kowalczyk", Priority.ROUTINE);
		String location = start(c);
		as("worker1").patch(location + "/answers", "\"0\"", """
				{"answers": {"basic-needs-rating": true, "safety-rating": "fine", "shoe-size": 42}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItems("item[linkId=basic-needs-rating]",
					"item[linkId=safety-rating]", "item[linkId=shoe-size]")));
		as("worker1").patch(location + "/answers", null, URGENT_DOMAINS).andExpect(status().isPreconditionRequired());
		as("worker1").patch(location + "/answers", "\"9\"", URGENT_DOMAINS).andExpect(status().isPreconditionFailed());
		as("worker1").get(location)
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.answers").isEmpty());
		as("worker1").postIfMatch("/api/v1/cases/{id}/assessments", null, """
				{"instrumentCode":"phq-9"}""", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("instrumentCode"));
		as("worker1").postIfMatch("/api/v1/cases/{id}/assessments", null, "{}", c.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("continue it")));
	}

	@Test
	void anotherTeamsWorkerCannotSeeOrStartTheCasesAssessments() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Hamid", "Karimi", Priority.ROUTINE);
		String location = start(c);
		as("worker2").get("/api/v1/cases/{id}/assessments", c.id()).andExpect(status().isNotFound());
		as("worker2").get(location).andExpect(status().isNotFound());
		as("worker2").postIfMatch("/api/v1/cases/{id}/assessments", null, "{}", c.id())
			.andExpect(status().isNotFound());
		as("worker2").patch(location + "/answers", "\"0\"", URGENT_DOMAINS).andExpect(status().isNotFound());
		as("worker2").get("/api/v1/cases/{id}/assessments/schedule", c.id()).andExpect(status().isNotFound());
		as("supervisor1").get(location).andExpect(status().isOk());
	}

	@Test
	void aSignificantChangeMakesAReassessmentDueAndTheComparisonShowsWhatChanged() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Grace", "Mensah", Priority.ROUTINE);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		as("worker1").get("/api/v1/cases/{id}/assessments/schedule", c.id())
			.andExpect(jsonPath("$.basis").value("INITIAL"))
			.andExpect(jsonPath("$.dueOn").value(today.plusDays(14).toString()));
		completedCore(c);
		as("worker1").get("/api/v1/cases/{id}/assessments/schedule", c.id())
			.andExpect(jsonPath("$.basis").value("CADENCE"))
			.andExpect(jsonPath("$.months").value(6))
			.andExpect(jsonPath("$.lastCompletedOn").value(today.toString()))
			.andExpect(jsonPath("$.dueOn").value(today.plusMonths(6).toString()));
		as("worker1").post("/api/v1/cases/{id}/assessments/changes", """
				{"change":"OTHER"}""", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		as("worker1").post("/api/v1/cases/{id}/assessments/changes", """
				{"change":"MOVED","note":"Moved in with her sister in Southport."}""", c.id())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.basis").value("SIGNIFICANT_CHANGE"))
			.andExpect(jsonPath("$.change").value("MOVED"))
			.andExpect(jsonPath("$.dueOn").value(today.toString()))
			.andExpect(jsonPath("$.overdue").value(false));

		String again = start(c);
		as("worker1").get(again).andExpect(jsonPath("$.kind").value("REASSESSMENT"));
		as("worker1").patch(again + "/answers", "\"0\"", """
				{"answers": {"basic-needs-rating": "stable", "safety-rating": "in-crisis",
				             "safety-crisis": "Her sister's partner threatened her on Sunday; shelter bed arranged.",
				             "health-wellness-rating": "stable", "social-support-rating": "safe",
				             "employment-education-rating": "vulnerable", "legal-rating": "thriving",
				             "strengths-support": ["support.family"], "what-matters-most": "Being safe."}}""")
			.andExpect(status().isOk());
		as("worker1").postIfMatch(again + "/actions/complete", "\"1\"", "").andExpect(status().isOk());

		as("worker1").get("/api/v1/cases/{id}/assessments/comparison", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.latest.kind").value("REASSESSMENT"))
			.andExpect(jsonPath("$.previous.kind").value("INITIAL"))
			.andExpect(jsonPath("$.domains[?(@.domainCode=='basic-needs')].change", contains("IMPROVED")))
			.andExpect(jsonPath("$.domains[?(@.domainCode=='safety')].change", contains("WORSE")))
			.andExpect(jsonPath("$.domains[?(@.domainCode=='legal')].change", contains("SAME")))
			.andExpect(jsonPath("$.domains[?(@.domainCode=='social-support')].previous", contains("STABLE")))
			.andExpect(jsonPath("$.series[?(@.domainCode=='safety')].points[*].rating", contains("SAFE", "IN_CRISIS")));
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.priority").value("EMERGENCY"));
		as("worker1").get("/api/v1/cases/{id}/assessments/schedule", c.id())
			.andExpect(jsonPath("$.basis").value("CADENCE"));
	}

	@Test
	void voidingTheOnlyCompletedCoreAssessmentTakesTheCaseBackToAssessment() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Ivan", "Petrov", Priority.URGENT);
		String location = completedCore(c);
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("PLANNING"));
		as("worker1").postIfMatch(location + "/actions/void", "\"3\"", """
				{"reason":" "}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		as("worker1").postIfMatch(location + "/actions/void", "\"3\"", """
				{"reason":"Taken with the client's brother, who answered for him."}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VOIDED"))
			.andExpect(jsonPath("$.voidReason").value("Taken with the client's brother, who answered for him."))
			.andExpect(jsonPath("$.answers['basic-needs-rating'][0].code").value("vulnerable"));
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("ASSESSMENT"));
		as("worker1").get("/api/v1/cases/{id}/assessments/comparison", c.id()).andExpect(status().isNotFound());
		as("worker1").postIfMatch(location + "/actions/void", "\"4\"", """
				{"reason":"Again"}""").andExpect(status().isConflict());
	}

	/** Starts the core assessment; its address. */
	private String start(CaseSummary c) throws Exception {
		return as("worker1").postIfMatch("/api/v1/cases/{id}/assessments", null, "{}", c.id())
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	/** The core assessment, filled over two contacts and completed (version 3). */
	private String completedCore(CaseSummary c) throws Exception {
		String location = start(c);
		as("worker1").patch(location + "/answers", "\"0\"", URGENT_DOMAINS).andExpect(status().isOk());
		as("worker1").patch(location + "/answers", "\"1\"", OTHER_DOMAINS).andExpect(status().isOk());
		ResultActions done = as("worker1").postIfMatch(location + "/actions/complete", "\"2\"", "");
		done.andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""));
		return location;
	}

}
