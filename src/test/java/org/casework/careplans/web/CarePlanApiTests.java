package org.casework.careplans.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.casework.careplans.CarePlanAgreed;
import org.casework.careplans.CarePlanTestData;
import org.casework.careplans.GoalAchieved;
import org.casework.cases.CaseSummary;
import org.casework.programs.ProgramView;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A worker writes a care plan with a client through the API: started from the
 * assessment's goal areas, goals made SMART, steps in order with owners, the client's
 * agreement moving the case to implementation; a next version that supersedes the first;
 * a supervisor's approval where the program requires it; refusals that name the field or
 * list every failure; two workers saving the same draft; another team's worker seeing
 * nothing.
 */
@ApiTest
@RecordApplicationEvents
class CarePlanApiTests {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	CarePlanTestData data;

	ProgramView program;

	@BeforeEach
	void setUp() {
		this.data = new CarePlanTestData(this.context);
		this.program = this.data.program("Family Housing");
	}

	Api as(String user) {
		return Api.as(this.mvc, user);
	}

	@Test
	void aPlanStartsFromTheAssessmentsGoalAreasAndTheClientsAgreementMovesTheCaseToImplementation() throws Exception {
		CaseSummary c = this.data.assessedCase("worker1", this.program, "Lucia", "Ferreira");
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("PLANNING"));
		as("worker1").get("/api/v1/cases/{id}/plan", c.id()).andExpect(status().isNotFound());

		MvcResult started = as("worker1").post("/api/v1/cases/{id}/plan", """
				{"clientGoalsInOwnWords": "A place of our own near the kids' school, and a job with day shifts.",
				 "culturalContext": "Her mother lives with the family and decisions are made together."}""", c.id())
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/cases/" + c.id() + "/plan/versions/1"))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.horizon").value(TODAY.plusMonths(12).toString()))
			.andExpect(jsonPath("$.goals[*].goalArea", contains("basic-needs", "employment-education")))
			.andExpect(jsonPath("$.goals[*].origin", contains("ASSESSMENT", "ASSESSMENT")))
			.andExpect(jsonPath("$.goals[0].statement").value(nullValue()))
			.andExpect(jsonPath("$.goals[0].lifeDomain").value("basic-needs"))
			.andExpect(jsonPath("$.goals[0].smart.findings[*].code", hasItems("no-statement", "no-indicator")))
			.andExpect(jsonPath("$.check.passes").value(false))
			.andExpect(jsonPath("$.check.failures[*].code", hasItems("goal-no-indicator", "no-review-date")))
			.andExpect(jsonPath("$.changes").value(nullValue()))
			.andExpect(jsonPath("$.goals[0].draft").doesNotExist())
			.andExpect(jsonPath("$.goals[0].smart.open").doesNotExist())
			.andReturn();
		String housing = read(started, "$.goals[0].id");
		String employment = read(started, "$.goals[1].id");

		String reviewDate = TODAY.plusMonths(1).toString();
		String details = """
				{"clientGoalsInOwnWords": "A place of our own near the kids' school, and a job with day shifts.",
				 "culturalContext": "Her mother lives with the family and decisions are made together.",
				 "reviewDate": "%s"}""".formatted(reviewDate);
		as("worker1").put("/api/v1/cases/{id}/plan", "\"0\"", details, c.id())
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.reviewDate").value(reviewDate));

		as("worker1").post("/api/v1/cases/{id}/plan/check-goal", """
				{"statement": "Improve housing", "clientWords": "A place of our own"}""", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.strong").value(false))
			.andExpect(jsonPath("$.findings[0].element").value("SPECIFIC"))
			.andExpect(jsonPath("$.findings[0].code").value("vague-wording"))
			.andExpect(jsonPath("$.findings[*].element", hasItems("MEASURABLE", "ACHIEVABLE", "TIME_BOUND")))
			.andExpect(jsonPath("$.problems", empty()));
		as("worker1").post("/api/v1/cases/{id}/plan/check-goal", leaseGoal(), c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.strong").value(true))
			.andExpect(jsonPath("$.findings", empty()));

		as("worker1").put("/api/v1/cases/{id}/plan/goals/{goalId}", "\"1\"", leaseGoal(), c.id(), housing)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].statement")
				.value("Sign a lease for a two-bedroom apartment in the school's district"))
			.andExpect(jsonPath("$.goals[0].goalArea").value("basic-needs"))
			.andExpect(jsonPath("$.goals[0].smart.strong").value(true));
		as("worker1")
			.postIfMatch("/api/v1/cases/{id}/plan/goals/{goalId}/status", "\"2\"", """
					{"status": "DISCONTINUED", "reason": "She wants to settle the housing first; work comes later."}""",
					c.id(), employment)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[1].status").value("DISCONTINUED"))
			.andExpect(jsonPath("$.goals[1].statusHistory[0].changedByName").value("Dana Whitfield"));

		String step = """
				{"description": "Bring two pay slips to the housing office",
				 "responsible": {"party": "CLIENT"}, "dueDate": "%s",
				 "resourcesNeeded": "Bus pass", "barriers": [{"barrier": "Works until 5pm",
				 "mitigation": "The office is open on Saturday mornings"}]}""".formatted(TODAY.plusDays(10));
		MvcResult withStep = as("worker1")
			.postIfMatch("/api/v1/cases/{id}/plan/goals/{goalId}/steps", "\"3\"", step, c.id(), housing)
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"4\""))
			.andExpect(jsonPath("$.goals[0].steps[0].barriers[0].mitigation")
				.value("The office is open on Saturday mornings"))
			.andExpect(jsonPath("$.check.passes").value(true))
			.andExpect(jsonPath("$.check.warnings", empty()))
			.andReturn();
		String stepId = read(withStep, "$.goals[0].steps[0].id");
		assertThat(withStep.getResponse().getHeader("Location"))
			.isEqualTo("/api/v1/cases/" + c.id() + "/plan/goals/" + housing + "/steps/" + stepId);
		as("worker1").get(withStep.getResponse().getHeader("Location"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"4\""))
			.andExpect(jsonPath("$.description").value("Bring two pay slips to the housing office"));

		String agreement = """
				{"method": "SIGNATURE", "signaturePng": "%s",
				 "clientWords": "This is what we talked about. I can do the pay slips this week."}"""
			.formatted(CarePlanTestData.signature());
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/actions/agree", "\"4\"", agreement, c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.agreedAt").isNotEmpty())
			.andExpect(jsonPath("$.agreements[0].method").value("SIGNATURE"))
			.andExpect(jsonPath("$.agreements[0].signed").value(true))
			.andExpect(jsonPath("$.agreements[0].agreedOn").value(TODAY.toString()))
			.andExpect(jsonPath("$.agreements[0].clientWords", containsString("pay slips this week")))
			.andExpect(jsonPath("$.inForce.number").value(1));
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("IMPLEMENTATION"));
		byte[] png = as("worker1").get("/api/v1/cases/{id}/plan/versions/1/signature", c.id())
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(png).isEqualTo(Base64.getDecoder().decode(CarePlanTestData.signature()));
		assertThat(this.events.stream(CarePlanAgreed.class)).singleElement()
			.satisfies(e -> assertThat(e.goalIds()).containsExactly(UUID.fromString(housing)));
		as("worker1").get("/api/v1/cases/{id}/plan/versions", c.id())
			.andExpect(jsonPath("$.items[*].status", contains("AGREED")));
	}

	@Test
	void agreeingAPlanThatFailsTheCheckIsRefusedListingEveryFailure() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Tomasz", "Nowak");
		start(c);
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"0\"", """
				{"clientWords": "I want a job."}""", c.id()).andExpect(status().isCreated());
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/actions/agree", "\"1\"", """
				{"method": "VERBAL", "witnessName": "Rosa Diaz, interpreter"}""", c.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("not ready to be agreed")))
			.andExpect(jsonPath("$.reasons", hasSize(6)))
			.andExpect(jsonPath("$.reasons",
					hasItems(containsString("has no indicator with a target"), containsString("has no target date"),
							containsString("Specific"), containsString("Achievable"), containsString("Relevant"),
							containsString("no review date"))));
		as("worker1").get("/api/v1/cases/{id}/plan", c.id())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.agreements", empty()));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/actions/agree", "\"1\"", """
				{"method": "VERBAL"}""", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("witnessName"));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/actions/agree", "\"1\"", """
				{"method": "SIGNATURE", "signaturePng": "R0lGODlhAQABAAAAACw="}""", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signaturePng"))
			.andExpect(jsonPath("$.errors[0].message").value("is not a PNG image"));
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		CaseSummary other = this.data.openCase("worker1", this.program, "Grace", "Mensah");
		start(other);
		String otherGoal = read(
				as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"0\"", leaseGoal(), other.id()),
				"$.goals[0].id");
		String otherStep = read(as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"1\"", """
				{"description": "Her step"}""", other.id(), otherGoal), "$.goals[0].steps[0].id");

		CaseSummary c = this.data.openCase("worker1", this.program, "Ana", "Kowalczyk");
		start(c);
		String goal = read(as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"0\"", leaseGoal(), c.id()),
				"$.goals[0].id");
		String yesterday = TODAY.minusDays(1).toString();

		String crossPlan = """
				{"description": "Apply for housing assistance", "prerequisites": ["%s"]}""".formatted(otherStep);
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"1\"", crossPlan, c.id(), goal)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("prerequisites[0]"))
			.andExpect(jsonPath("$.errors[0].message").value("is not a step of this plan"));
		UUID worker2 = this.data.cases().user("worker2").id();
		String outsider = """
				{"description": "Check the lease", "responsible": {"party": "CARE_TEAM_MEMBER", "userId": "%s"}}"""
			.formatted(worker2);
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"1\"", outsider, c.id(), goal)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("responsible.userId"))
			.andExpect(jsonPath("$.errors[0].message").value("is not on the case's current care team"));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"1\"", """
				{"statement": "Attend job interviews",
				 "indicator": {"measure": "interviews a week", "baseline": 3, "target": 1, "direction": "INCREASE"}}""",
				c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("indicator.target"))
			.andExpect(jsonPath("$.errors[0].message", containsString("must be above the baseline (3)")));
		String early = """
				{"statement": "Obtain a state ID card", "targetDate": "%s"}""".formatted(yesterday);
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"1\"", early, c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targetDate"));
		String earlyStep = """
				{"description": "Book the DMV", "dueDate": "%s"}""".formatted(yesterday);
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"1\"", earlyStep, c.id(), goal)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueDate"));
		String earlyReview = """
				{"reviewDate": "%s"}""".formatted(yesterday);
		as("worker1").put("/api/v1/cases/{id}/plan", "\"1\"", earlyReview, c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reviewDate"));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"1\"", """
				{"statement": "Obtain a state ID card", "colour": "blue"}""", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colour"));

		String dana = this.data.cases().user("worker1").id().toString();
		String byOwner = """
				{"description": "Check the lease", "responsible": {"party": "CARE_TEAM_MEMBER", "userId": "%s"}}"""
			.formatted(dana);
		as("worker1").get("/api/v1/cases/{id}/plan", c.id())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.goals", hasSize(1)))
			.andExpect(jsonPath("$.goals[0].steps", empty()));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"1\"", byOwner, c.id(), goal)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.goals[0].steps[0].responsible.name").value("Dana Whitfield"));
	}

	@Test
	void changingAGoalOrAStepIsHeldToTheRulesOfAddingOne() throws Exception {
		CaseSummary other = this.data.openCase("worker1", this.program, "Efua", "Boateng");
		start(other);
		String otherGoal = read(
				as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"0\"", leaseGoal(), other.id()),
				"$.goals[0].id");
		String otherStep = read(as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"1\"", """
				{"description": "Her step"}""", other.id(), otherGoal), "$.goals[0].steps[0].id");

		CaseSummary c = this.data.openCase("worker1", this.program, "Yusuf", "Demir");
		start(c);
		String goal = read(as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"0\"", leaseGoal(), c.id()),
				"$.goals[0].id");
		String step = read(as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"1\"", """
				{"description": "Check the lease", "responsible": {"party": "CLIENT"}}""", c.id(), goal),
				"$.goals[0].steps[0].id");

		String crossPlan = """
				{"description": "Check the lease", "responsible": {"party": "CLIENT"}, "prerequisites": ["%s"]}"""
			.formatted(otherStep);
		as("worker1").put("/api/v1/cases/{id}/plan/goals/{g}/steps/{s}", "\"2\"", crossPlan, c.id(), goal, step)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("prerequisites[0]"))
			.andExpect(jsonPath("$.errors[0].message").value("is not a step of this plan"));

		// a worker of the same team, who could be asked, but is not on this case's care
		// team
		UUID colleague = this.data.cases().northWorker("worker3", "Kim Andersen").id();
		String byColleague = """
				{"description": "Check the lease", "responsible": {"party": "CARE_TEAM_MEMBER", "userId": "%s"}}"""
			.formatted(colleague);
		as("worker1").put("/api/v1/cases/{id}/plan/goals/{g}/steps/{s}", "\"2\"", byColleague, c.id(), goal, step)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("responsible.userId"))
			.andExpect(jsonPath("$.errors[0].message").value("is not on the case's current care team"));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"2\"", byColleague, c.id(), goal)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("responsible.userId"));

		as("worker1")
			.put("/api/v1/cases/{id}/plan/goals/{g}", "\"2\"", """
					{"statement": "Sign a lease for a two-bedroom apartment",
					 "indicator": {"measure": "leases signed", "baseline": 1, "target": 1, "direction": "INCREASE"}}""",
					c.id(), goal)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("indicator.target"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("must be above the baseline (1) when the direction is INCREASE"));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"2\"", """
				{"statement": "Cut down on evictions notices",
				 "indicator": {"measure": "notices a year", "baseline": 2, "target": 5, "direction": "DECREASE"}}""",
				c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("indicator.target"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("must be below the baseline (2) when the direction is DECREASE"));

		as("worker1").get("/api/v1/cases/{id}/plan", c.id())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.goals", hasSize(1)))
			.andExpect(jsonPath("$.goals[0].indicator.baseline").value(0))
			.andExpect(jsonPath("$.goals[0].steps[0].responsible.party").value("CLIENT"))
			.andExpect(jsonPath("$.goals[0].steps[0].prerequisites", empty()));
	}

	@Test
	void noDateOfThePlanMayBeBeforeTheCaseOpened() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Irina", "Volkova");
		LocalDate opened = TODAY.minusDays(30);
		this.data.cases().openedOn(c.id(), opened);
		String before = opened.minusDays(1).toString();
		String message = "must not be before the case opened (" + opened + ")";
		start(c);

		String earlyGoal = """
				{"statement": "Obtain a state ID card", "targetDate": "%s"}""".formatted(before);
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"0\"", earlyGoal, c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targetDate"))
			.andExpect(jsonPath("$.errors[0].message").value(message));
		String goal = read(as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"0\"", leaseGoal(), c.id()),
				"$.goals[0].id");
		as("worker1").put("/api/v1/cases/{id}/plan/goals/{g}", "\"1\"", earlyGoal, c.id(), goal)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("targetDate"))
			.andExpect(jsonPath("$.errors[0].message").value(message));

		String stepDue = """
				{"description": "Bring two pay slips to the housing office", "responsible": {"party": "CLIENT"},
				 "dueDate": "%s"}""";
		as("worker1")
			.postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"1\"", stepDue.formatted(before), c.id(), goal)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueDate"))
			.andExpect(jsonPath("$.errors[0].message").value(message));
		// a day since the case opened is taken, though it is past: the step is recorded
		// late
		String step = read(as("worker1")
			.postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"1\"", stepDue.formatted(opened.plusDays(2)),
					c.id(), goal)
			.andExpect(status().isCreated()), "$.goals[0].steps[0].id");
		as("worker1")
			.put("/api/v1/cases/{id}/plan/goals/{g}/steps/{s}", "\"2\"", stepDue.formatted(before), c.id(), goal, step)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueDate"))
			.andExpect(jsonPath("$.errors[0].message").value(message));
		as("worker1")
			.put("/api/v1/cases/{id}/plan/goals/{g}/steps/{s}", "\"2\"", stepDue.formatted(TODAY.plusDays(10)), c.id(),
					goal, step)
			.andExpect(status().isOk());

		as("worker1").put("/api/v1/cases/{id}/plan", "\"3\"", """
				{"reviewDate": "%s", "horizon": "%s"}""".formatted(before, before), c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("reviewDate", "horizon")))
			.andExpect(jsonPath("$.errors[*].message", contains(message, message)));
		as("worker1").put("/api/v1/cases/{id}/plan", "\"3\"", """
				{"reviewDate": "%s"}""".formatted(TODAY.plusMonths(1)), c.id()).andExpect(status().isOk());
		String agreed = as("worker1").postIfMatch("/api/v1/cases/{id}/plan/actions/agree", "\"4\"", """
				{"method": "VERBAL", "witnessName": "Rosa Diaz, interpreter"}""", c.id())
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/progress", agreed, """
				{"on": "%s", "value": 0, "note": "Looked at listings."}""".formatted(before), c.id(), goal)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"))
			.andExpect(jsonPath("$.errors[0].message").value(message));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps/{s}/status", agreed, """
				{"status": "DONE", "on": "%s"}""".formatted(before), c.id(), goal, step)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("on"))
			.andExpect(jsonPath("$.errors[0].message").value(message));
		as("worker1").get("/api/v1/cases/{id}/plan", c.id())
			.andExpect(header().string("ETag", agreed))
			.andExpect(jsonPath("$.goals[0].targetDate").value(TODAY.plusMonths(4).toString()))
			.andExpect(jsonPath("$.goals[0].steps[0].dueDate").value(TODAY.plusDays(10).toString()))
			.andExpect(jsonPath("$.goals[0].steps[0].status").value("TODO"))
			.andExpect(jsonPath("$.goals[0].progress", empty()));
	}

	@Test
	void twoStartsAtTheSameMomentMakeOneDraftAndTheOtherIsRefused() throws Exception {
		CaseSummary c = this.data.assessedCase("worker1", this.program, "Rafael", "Ortiz");
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService workers = Executors.newFixedThreadPool(2);
		List<MockHttpServletResponse> answers = new ArrayList<>();
		try {
			List<Future<MockHttpServletResponse>> pressed = new ArrayList<>();
			for (String user : List.of("worker1", "supervisor1")) {
				pressed.add(workers.submit(() -> {
					ready.countDown();
					go.await();
					return as(user).post("/api/v1/cases/{id}/plan", "{}", c.id()).andReturn().getResponse();
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			for (Future<MockHttpServletResponse> answer : pressed) {
				answers.add(answer.get(30, TimeUnit.SECONDS));
			}
		}
		finally {
			workers.shutdownNow();
		}

		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(201, 409);
		MockHttpServletResponse refused = answers.stream().filter(a -> a.getStatus() == 409).findFirst().orElseThrow();
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
			.isEqualTo("A draft of the plan already exists: version 1 is being drafted; continue it.");
		as("worker1").get("/api/v1/cases/{id}/plan/versions", c.id())
			.andExpect(jsonPath("$.items[*].number", contains(1)))
			.andExpect(jsonPath("$.items[*].status", contains("DRAFT")));
		as("worker1").get("/api/v1/cases/{id}/plan", c.id())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.goals", hasSize(2)));
	}

	@Test
	void prerequisitesOrderTheStepsAndACycleIsRefused() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Hamid", "Karimi");
		start(c);
		String goal = read(as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"0\"", leaseGoal(), c.id()),
				"$.goals[0].id");
		String birth = read(as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"1\"", """
				{"description": "Get a birth certificate"}""", c.id(), goal), "$.goals[0].steps[0].id");
		String apply = """
				{"description": "Apply for housing assistance", "prerequisites": ["%s"]}""".formatted(birth);
		MvcResult added = as("worker1")
			.postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", "\"2\"", apply, c.id(), goal)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.goals[0].steps[1].order").value(2))
			.andExpect(jsonPath("$.goals[0].steps[1].blocked").value(true))
			.andExpect(jsonPath("$.goals[0].steps[1].blockedBy", contains(birth)))
			.andReturn();
		String applyId = read(added, "$.goals[0].steps[1].id");
		String cycle = """
				{"description": "Get a birth certificate", "prerequisites": ["%s"]}""".formatted(applyId);
		as("worker1").put("/api/v1/cases/{id}/plan/goals/{g}/steps/{s}", "\"3\"", cycle, c.id(), goal, birth)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("prerequisites"))
			.andExpect(jsonPath("$.errors[0].message", containsString("would make a cycle")));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps/{s}/status", "\"3\"", """
				{"status": "DONE"}""", c.id(), goal, applyId)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0]").value("\"Get a birth certificate\" is not done yet."));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps/{s}/status", "\"3\"", """
				{"status": "DONE"}""", c.id(), goal, birth)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].steps[0].completedOn").value(TODAY.toString()))
			.andExpect(jsonPath("$.goals[0].steps[1].blocked").value(false));
	}

	@Test
	void agreeingTheNextVersionSupersedesTheFirstWhichStaysAsItWas() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Ivan", "Petrov");
		String goal = agreedPlan(c);
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"4\"", idGoal(), c.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("start a new version")));

		MvcResult v2 = as("worker1").post("/api/v1/cases/{id}/plan", "", c.id())
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/cases/" + c.id() + "/plan/versions/2"))
			.andExpect(jsonPath("$.number").value(2))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.goals[0].id").value(goal))
			.andExpect(jsonPath("$.goals[0].steps", hasSize(1)))
			.andExpect(jsonPath("$.inForce.number").value(1))
			.andExpect(jsonPath("$.changes.comparedWith").value(1))
			.andExpect(jsonPath("$.changes.goals", empty()))
			.andReturn();
		String v2Etag = v2.getResponse().getHeader("ETag");
		as("worker1").post("/api/v1/cases/{id}/plan", "", c.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("A draft of the plan already exists")));

		String v1Etag = "\"" + read(v2, "$.inForce.version") + "\"";
		String viewed = """
				{"on": "%s", "value": 0, "note": "Viewed two flats; both too far from the school."}""".formatted(TODAY);
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/progress", v1Etag, viewed, c.id(), goal)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.goals[0].progress[0].note", containsString("Viewed two flats")));
		String target = """
				{"clientWords": "I want my kids to have their own room again.",
				 "statement": "Sign a lease for a two-bedroom apartment in the school's district",
				 "lifeDomain": "basic-needs",
				 "indicator": {"measure": "leases signed", "unit": "lease", "baseline": 0, "target": 1,
				               "direction": "INCREASE"},
				 "relevance": "Her children can stay at the school they know.",
				 "achievability": "Steady income from her cleaning job; her sister will co-sign.",
				 "targetDate": "%s", "outputMetric": "housing applications submitted",
				 "outcomeMetric": "lease signed and held 6 months"}""".formatted(TODAY.plusMonths(6));
		as("worker1").put("/api/v1/cases/{id}/plan/goals/{g}", v2Etag, target, c.id(), goal).andExpect(status().isOk());
		MvcResult added = as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"1\"", idGoal(), c.id())
			.andExpect(status().isCreated())
			.andReturn();
		String idGoalId = read(added, "$.goals[1].id");
		String order = """
				{"goalIds": ["%s", "%s"]}""".formatted(idGoalId, goal);
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/order", "\"2\"", order, c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[*].id", contains(idGoalId, goal)))
			.andExpect(jsonPath("$.goals[0].priority").value(1));
		as("worker1")
			.postIfMatch("/api/v1/cases/{id}/plan/actions/agree", "\"3\"", """
					{"method": "VERBAL", "witnessName": "Rosa Diaz, interpreter", "clientWords": "Yes, ID first."}""",
					c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.goals[1].progress[0].note", containsString("Viewed two flats")));

		as("worker1").get("/api/v1/cases/{id}/plan/versions/1", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUPERSEDED"))
			.andExpect(jsonPath("$.supersededAt").isNotEmpty())
			.andExpect(jsonPath("$.goals", hasSize(1)))
			.andExpect(jsonPath("$.goals[0].targetDate").value(TODAY.plusMonths(4).toString()));
		as("worker1").get("/api/v1/cases/{id}/plan/versions/2", c.id())
			.andExpect(jsonPath("$.changes.goals[?(@.id=='" + goal + "')].kind", contains("CHANGED")))
			.andExpect(
					jsonPath("$.changes.goals[?(@.id=='" + goal + "')].fields[*]", contains("targetDate", "priority")))
			.andExpect(jsonPath("$.changes.goals[?(@.id=='" + idGoalId + "')].kind", contains("ADDED")));
		as("worker1").get("/api/v1/cases/{id}/plan/versions", c.id())
			.andExpect(jsonPath("$.items[*].number", contains(2, 1)))
			.andExpect(jsonPath("$.items[*].status", contains("AGREED", "SUPERSEDED")));
	}

	@Test
	void theStageMovesFromPlanningToImplementationOnAgreementAndBackWhileANewVersionIsDrafted() throws Exception {
		CaseSummary c = this.data.assessedCase("worker1", this.program, "Maria", "Lopez");
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("PLANNING"));
		MvcResult started = as("worker1").post("/api/v1/cases/{id}/plan", "{}", c.id())
			.andExpect(status().isCreated())
			.andReturn();
		for (String suggestion : List.of(read(started, "$.goals[1].id"), read(started, "$.goals[0].id"))) {
			as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/actions/withdraw",
					as("worker1").get("/api/v1/cases/{id}/plan", c.id()).andReturn().getResponse().getHeader("ETag"),
					"", c.id(), suggestion)
				.andExpect(status().isOk());
		}
		as("worker1").get("/api/v1/cases/{id}/plan", c.id())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.goals", empty()));
		fillAndAgree(c, 2);
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("IMPLEMENTATION"));
		as("worker1").get("/api/v1/cases", c.id())
			.andExpect(jsonPath("$.items[?(@.id=='" + c.id() + "')].stage", contains("IMPLEMENTATION")));
		as("worker1").post("/api/v1/cases/{id}/plan", "", c.id()).andExpect(status().isCreated());
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("PLANNING"));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/actions/agree", "\"0\"", """
				{"method": "VERBAL", "witnessName": "Rosa Diaz, interpreter"}""", c.id()).andExpect(status().isOk());
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("IMPLEMENTATION"));
	}

	@Test
	void twoWorkersSavingTheSameDraftTheSecondIsRefusedAndNothingIsOverwritten() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Nadia", "Haddad");
		start(c);
		String goal = read(as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"0\"", leaseGoal(), c.id()),
				"$.goals[0].id");
		String read1 = as("worker1").get("/api/v1/cases/{id}/plan", c.id()).andReturn().getResponse().getHeader("ETag");
		String read2 = as("supervisor1").get("/api/v1/cases/{id}/plan", c.id())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(read2).isEqualTo(read1);

		as("worker1")
			.put("/api/v1/cases/{id}/plan/goals/{g}", read1, """
					{"clientWords": "A place of our own.", "statement": "Sign a lease for a flat near the school"}""",
					c.id(), goal)
			.andExpect(status().isOk());
		as("supervisor1").put("/api/v1/cases/{id}/plan/goals/{g}", read2, """
				{"clientWords": "A place of our own.", "statement": "Move into supported housing"}""", c.id(), goal)
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.title").value("Changed by someone else"));
		as("supervisor1").put("/api/v1/cases/{id}/plan", null, "{}", c.id())
			.andExpect(status().isPreconditionRequired());
		as("worker1").get("/api/v1/cases/{id}/plan/goals/{g}", c.id(), goal)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statement").value("Sign a lease for a flat near the school"));
	}

	@Test
	void aProgramThatRequiresApprovalHoldsThePlanUntilTheOwnersSupervisorApprovesIt() throws Exception {
		String settings = "/api/v1/programs/{id}/care-plan-settings";
		as("padmin").get(settings, this.program.id())
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.requireSupervisorApproval").value(false))
			.andExpect(jsonPath("$.horizonMonths").value(12));
		as("worker1").put(settings, "\"0\"", """
				{"requireSupervisorApproval": true}""", this.program.id()).andExpect(status().isForbidden());
		as("padmin").put(settings, "\"0\"", """
				{"requireSupervisorApproval": true, "horizonMonths": 0}""", this.program.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("horizonMonths"));
		as("padmin").put(settings, "\"0\"", """
				{"requireSupervisorApproval": true, "horizonMonths": 6}""", this.program.id())
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.requireSupervisorApproval").value(true));

		CaseSummary c = this.data.assessedCase("worker1", this.program, "Samira", "Okafor");
		MvcResult started = as("worker1").post("/api/v1/cases/{id}/plan", "{}", c.id())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.horizon").value(TODAY.plusMonths(6).toString()))
			.andExpect(jsonPath("$.requiresApproval").value(true))
			.andReturn();
		String etag = started.getResponse().getHeader("ETag");
		for (String suggestion : List.of(read(started, "$.goals[1].id"), read(started, "$.goals[0].id"))) {
			etag = as("worker1")
				.postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/actions/withdraw", etag, "", c.id(), suggestion)
				.andReturn()
				.getResponse()
				.getHeader("ETag");
		}
		fillAndAgree(c, 2);
		as("worker1").get("/api/v1/cases/{id}/plan", c.id())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andExpect(jsonPath("$.agreedAt").value(nullValue()));
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("PLANNING"));

		String pending = as("worker1").get("/api/v1/cases/{id}/plan", c.id())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/actions/approve", pending, "", c.id())
			.andExpect(status().isForbidden());
		as("worker2").postIfMatch("/api/v1/cases/{id}/plan/actions/approve", pending, "", c.id())
			.andExpect(status().isNotFound());
		as("supervisor1").postIfMatch("/api/v1/cases/{id}/plan/actions/return", pending, """
				{"comments": " "}""", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comments"));
		MvcResult returned = as("supervisor1").postIfMatch("/api/v1/cases/{id}/plan/actions/return", pending, """
				{"comments": "Say who takes her to the viewings."}""", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.reviews[0].decision").value("RETURNED"))
			.andExpect(jsonPath("$.reviews[0].reviewedByName").isNotEmpty())
			.andReturn();
		String again = returned.getResponse().getHeader("ETag");
		String agreed = as("worker1").postIfMatch("/api/v1/cases/{id}/plan/actions/agree", again, """
				{"method": "VERBAL", "witnessName": "Rosa Diaz, interpreter"}""", c.id())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		as("supervisor1").postIfMatch("/api/v1/cases/{id}/plan/actions/approve", agreed, """
				{"comments": "Good plan."}""", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.agreements", hasSize(2)))
			.andExpect(jsonPath("$.reviews[*].decision", contains("RETURNED", "APPROVED")));
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("IMPLEMENTATION"));
		assertThat(this.events.stream(CarePlanAgreed.class)).singleElement()
			.satisfies(e -> assertThat(e.approvedBy()).isNotNull());
	}

	@Test
	void progressAndStatusesAreRecordedOnTheAgreedPlanAndAnAchievedGoalIsPublished() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Chen", "Wei");
		String goal = agreedPlan(c);
		String tomorrow = """
				{"on": "%s"}""".formatted(TODAY.plusDays(1));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/progress", "\"4\"", tomorrow, c.id(), goal)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("on", "value")));
		String signed = """
				{"on": "%s", "value": 1, "note": "Lease signed on Friday."}""".formatted(TODAY);
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/progress", "\"4\"", signed, c.id(), goal)
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"5\""))
			.andExpect(jsonPath("$.goals[0].progress[0].value").value(1))
			.andExpect(jsonPath("$.goals[0].progress[0].recordedByName").value("Dana Whitfield"));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/status", "\"5\"", """
				{"status": "ACHIEVED"}""", c.id(), goal)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].status").value("ACHIEVED"))
			.andExpect(jsonPath("$.goals[0].statusHistory[0].from").value("NOT_STARTED"))
			.andExpect(jsonPath("$.goals[0].statusHistory[0].to").value("ACHIEVED"))
			.andExpect(jsonPath("$.goals[0].statusHistory[0].changedAt").isNotEmpty());
		assertThat(this.events.stream(GoalAchieved.class)).singleElement().satisfies(e -> {
			assertThat(e.goalId()).isEqualTo(UUID.fromString(goal));
			assertThat(e.caseId()).isEqualTo(c.id());
			assertThat(e.latestValue()).isEqualByComparingTo("1");
		});
	}

	@Test
	void anotherTeamsWorkerCannotSeeOrChangeThePlan() throws Exception {
		CaseSummary c = this.data.openCase("worker1", this.program, "Oskar", "Lind");
		start(c);
		as("worker2").get("/api/v1/cases/{id}/plan", c.id()).andExpect(status().isNotFound());
		as("worker2").get("/api/v1/cases/{id}/plan/versions", c.id()).andExpect(status().isNotFound());
		as("worker2").get("/api/v1/cases/{id}/plan/versions/1", c.id()).andExpect(status().isNotFound());
		as("worker2").post("/api/v1/cases/{id}/plan", "{}", c.id()).andExpect(status().isNotFound());
		as("worker2").postIfMatch("/api/v1/cases/{id}/plan/goals", "\"0\"", leaseGoal(), c.id())
			.andExpect(status().isNotFound());
		as("worker2").post("/api/v1/cases/{id}/plan/check-goal", leaseGoal(), c.id()).andExpect(status().isNotFound());
		as("worker2").put("/api/v1/cases/{id}/plan", "\"0\"", "{}", c.id()).andExpect(status().isNotFound());
		as("worker1").get("/api/v1/cases/{id}/plan", c.id())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.goals", empty()));
		as("supervisor1").get("/api/v1/cases/{id}/plan", c.id()).andExpect(status().isOk());
		as("worker2").get("/api/v1/cases/{id}/plan/goals/{g}", c.id(), UUID.randomUUID())
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", not(containsString("goal"))));
	}

	@Test
	void theOpenApiDocumentDescribesThePlanApi() throws Exception {
		as("worker1").get("/v3/api-docs")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/plan'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/plan'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/plan'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/plan/check-goal'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/plan/actions/agree'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/plan/goals/{goalId}/steps'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/care-plan-settings'].put").exists())
			.andExpect(jsonPath("$.components.schemas.GoalDraft.properties.indicator").exists())
			.andExpect(jsonPath("$.components.schemas.SmartFinding.properties.element").exists());
	}

	// helpers

	private void start(CaseSummary c) throws Exception {
		as("worker1").post("/api/v1/cases/{id}/plan", "{}", c.id())
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""));
	}

	/**
	 * A first plan with the lease goal and one step, agreed verbally (version 4); the
	 * lease goal's id.
	 */
	private String agreedPlan(CaseSummary c) throws Exception {
		start(c);
		return fillAndAgree(c, 0);
	}

	/**
	 * Writes the lease goal with a step and a review date into the empty draft at the
	 * version given and agrees it verbally (two versions later the plan is agreed); the
	 * lease goal's id.
	 */
	private String fillAndAgree(CaseSummary c, int version) throws Exception {
		String goal = read(
				as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals", etag(version), leaseGoal(), c.id()),
				"$.goals[0].id");
		String step = """
				{"description": "Bring two pay slips to the housing office", "responsible": {"party": "CLIENT"},
				 "dueDate": "%s"}""".formatted(TODAY.plusDays(10));
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{g}/steps", etag(version + 1), step, c.id(), goal)
			.andExpect(status().isCreated());
		String review = """
				{"clientGoalsInOwnWords": "A home near the school.", "reviewDate": "%s"}"""
			.formatted(TODAY.plusMonths(1));
		as("worker1").put("/api/v1/cases/{id}/plan", etag(version + 2), review, c.id()).andExpect(status().isOk());
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/actions/agree", etag(version + 3), """
				{"method": "VERBAL", "witnessName": "Rosa Diaz, interpreter"}""", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.check.failures", empty()));
		return goal;
	}

	private static String etag(int version) {
		return "\"" + version + "\"";
	}

	/** The lease goal: strong in every SMART element. */
	private static String leaseGoal() {
		String goal = """
				{"clientWords": "I want my kids to have their own room again.",
				 "statement": "Sign a lease for a two-bedroom apartment in the school's district",
				 "lifeDomain": "basic-needs",
				 "indicator": {"measure": "leases signed", "unit": "lease", "baseline": 0, "target": 1,
				               "direction": "INCREASE"},
				 "relevance": "Her children can stay at the school they know.",
				 "achievability": "Steady income from her cleaning job; her sister will co-sign.",
				 "targetDate": "%s",
				 "outputMetric": "housing applications submitted",
				 "outcomeMetric": "lease signed and held 6 months"}""";
		return goal.formatted(TODAY.plusMonths(4));
	}

	/** An early, small goal: due within the first 30 days. */
	private static String idGoal() {
		String goal = """
				{"clientWords": "Get my ID back.", "statement": "Obtain a state ID card", "lifeDomain": "legal",
				 "indicator": {"measure": "ID cards obtained", "baseline": 0, "target": 1, "direction": "INCREASE"},
				 "relevance": "Every application she wants to make needs it.",
				 "achievability": "The DMV office is on her bus line.", "targetDate": "%s"}""";
		return goal.formatted(TODAY.plusDays(21));
	}

	private static String read(ResultActions result, String path) throws Exception {
		return read(result.andReturn(), path);
	}

	private static String read(MvcResult result, String path) throws Exception {
		Object value = JsonPath.read(result.getResponse().getContentAsString(), path);
		return String.valueOf(value);
	}

}
