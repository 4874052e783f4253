package org.casework.closure.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.casework.assessments.AssessmentView;
import org.casework.assessments.CaseAssessments;
import org.casework.assessments.StartAssessment;
import org.casework.careplans.CarePlanTestData;
import org.casework.cases.CaseSummary;
import org.casework.cases.OpenCase;
import org.casework.clients.ClientCrisis;
import org.casework.consents.InformationCategory;
import org.casework.identity.UserContext;
import org.casework.monitoring.NewTask;
import org.casework.monitoring.WorkQueue;
import org.casework.programs.ProgramView;
import org.casework.referrals.NewReferral;
import org.casework.referrals.ReferralTestData;
import org.casework.referrals.ReferralTestData.Services;
import org.casework.referrals.Referrals;
import org.casework.shared.Priority;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A worker prepares a case's closure through the API and a supervisor decides on it: the
 * evidence, the checklist, every blocker at once, the in-crisis warning, the summary
 * drafted from the record and signed, the warm handoff under consent, approval and
 * return, the closed case read-only but for addenda, reopening and the next intake's
 * link.
 */
@ApiTest
class ClosureApiTests {

	static final String CLOSURE = "/api/v1/cases/{id}/closure";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserContext users;

	@Autowired
	CaseAssessments assessments;

	@Autowired
	Referrals referrals;

	@Autowired
	WorkQueue queue;

	@Autowired
	ClientCrisis crises;

	@Autowired
	JdbcClient jdbc;

	CarePlanTestData plans;

	ReferralTestData referralData;

	ProgramView program;

	TransactionTemplate transaction;

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	@BeforeEach
	void setUp() {
		this.plans = new CarePlanTestData(this.context);
		this.referralData = new ReferralTestData(this.context);
		this.program = this.plans.program("Closure");
		this.transaction = new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class));
	}

	Api as(String user) {
		return Api.as(this.mvc, user);
	}

	static String read(MvcResult result, String path) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), path).toString();
	}

	static String etag(MvcResult result) {
		return result.getResponse().getHeader("ETag");
	}

	CaseSummary assessedCase(String first, String last) {
		return this.plans.assessedCase("worker1", this.program, first, last);
	}

	MvcResult start(CaseSummary c, String reason) throws Exception {
		return as("worker1").post(CLOSURE, """
				{"reason": "%s", "closureDate": "%s", "noticeGivenOn": "%s", "noticeMethod": "In person",
				 "checkInDays": 30}""".formatted(reason, TODAY, TODAY.minusDays(20)), c.id())
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/cases/" + c.id() + "/closure"))
			.andReturn();
	}

	/** Every procedure done with the client and the summary signed: ready to submit. */
	MvcResult prepared(CaseSummary c, Services services) throws Exception {
		return prepared(c, services, start(c, "GOALS_ACHIEVED"));
	}

	MvcResult prepared(CaseSummary c, Services services, MvcResult started) throws Exception {
		MvcResult r = started;
		r = as("worker1")
			.put(CLOSURE + "/progress-review", etag(r),
					"""
							{"reviewedOn": "%s", "note": "We looked at the goals together; she is proud of the new lease."}"""
						.formatted(TODAY.minusDays(2)),
					c.id())
			.andExpect(status().isOk())
			.andReturn();
		r = as("worker1").put(CLOSURE + "/relapse-plan", etag(r), """
				{"warningSigns": ["Falling behind on rent", "Not sleeping"],
				 "copingStrategies": ["Call the rent assistance line early"],
				 "peopleToCall": [{"name": "Ana", "relationship": "sister", "phone": "555-201-0001"}],
				 "emergencyContacts": [{"name": "Crisis line", "phone": "988"}],
				 "howToSeekHelp": "Call the front desk at 555-000-1000 and ask for intake."}""", c.id())
			.andExpect(status().isOk())
			.andReturn();
		r = as("worker1")
			.put(CLOSURE + "/resources", etag(r), """
					{"resources": [{"serviceId": "%s", "note": "Open every day"}]}""".formatted(services.pantry().id()),
					c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resources[0].serviceName").value("Oakhurst Test Pantry"))
			.andReturn();
		r = as("worker1").postIfMatch(CLOSURE + "/summary", etag(r), "", c.id()).andExpect(status().isOk()).andReturn();
		return as("worker1").postIfMatch(CLOSURE + "/summary/actions/sign", etag(r), "", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.signedAt").exists())
			.andReturn();
	}

	ResultActions submit(CaseSummary c, MvcResult r) throws Exception {
		return as("worker1").postIfMatch(CLOSURE + "/actions/submit", etag(r), "", c.id());
	}

	@Test
	void aPreparedClosureIsSubmittedApprovedAndTheCaseClosesReadOnlyButForAddenda() throws Exception {
		Services services = this.referralData.services();
		CaseSummary c = assessedCase("Ines", "Varga");
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("PLANNING"));
		MvcResult started = start(c, "GOALS_ACHIEVED");
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.stage").value("CLOSURE"));
		as("worker1").get(CLOSURE, c.id())
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", etag(started)))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.checklist", hasSize(5)))
			.andExpect(jsonPath("$.checklist[0].procedure").value("ADVANCE_NOTICE"))
			.andExpect(jsonPath("$.checklist[0].done").value(true))
			.andExpect(jsonPath("$.checklist[4].done").value(false))
			.andExpect(jsonPath("$.blockers[*].code", hasItem("SUMMARY_UNSIGNED")));

		MvcResult ready = prepared(c, services, started);
		as("worker1").get(CLOSURE, c.id()).andExpect(jsonPath("$.blockers", hasSize(0)));
		MvcResult submitted = submit(c, ready).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.requiresApproval").value(true))
			.andReturn();

		as("supervisor1").get("/api/v1/review-queue")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closuresAwaitingApproval[*].caseId", hasItem(c.id().toString())));
		as("worker1").postIfMatch(CLOSURE + "/actions/approve", etag(submitted), "{}", c.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("their own closure")));
		as("worker2").postIfMatch(CLOSURE + "/actions/approve", etag(submitted), "{}", c.id())
			.andExpect(status().isNotFound());

		as("supervisor1").get(CLOSURE, c.id()).andExpect(jsonPath("$.mayDecide").value(true));
		as("supervisor1")
			.postIfMatch(CLOSURE + "/actions/approve", etag(submitted), "{\"comments\": \"Well done.\"}", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.closedOn").value(TODAY.toString()))
			.andExpect(jsonPath("$.reopenableUntil").value(TODAY.plusDays(90).toString()))
			.andExpect(jsonPath("$.history[*].action", hasItem("CLOSED")));

		as("worker1").get("/api/v1/cases/{id}", c.id())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.stage").value("CLOSED"))
			.andExpect(jsonPath("$.statusChanges[0].status").value("CLOSED"));
		String caseload = as("worker1").get("/api/v1/caseload?size=200").andReturn().getResponse().getContentAsString();
		assertThat(caseload).doesNotContain(c.id().toString());
		as("supervisor1").get("/api/v1/review-queue")
			.andExpect(jsonPath("$.closuresAwaitingApproval[*].caseId")
				.value(org.hamcrest.Matchers.not(hasItem(c.id().toString()))));
		String tasks = as("worker1").get("/api/v1/tasks?size=200").andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(tasks, "$.items[?(@.kind == 'CLOSURE_CHECK_IN')].dueOn"))
			.contains(TODAY.plusDays(30).toString());

		// read-only except addenda
		as("worker1").post("/api/v1/cases/{id}/notes", "{\"method\": \"PHONE\"}", c.id())
			.andExpect(status().isConflict());
		as("worker1").post(CLOSURE, """
				{"reason": "GOALS_ACHIEVED", "closureDate": "%s"}""".formatted(TODAY), c.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("closed already")));
		as("worker1")
			.post(CLOSURE + "/summary/addenda", "{\"text\": \"The sister's number changed to 555-201-0002.\"}", c.id())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.summary.addenda[0].text").value("The sister's number changed to 555-201-0002."));
		as("worker1").get(CLOSURE + "/summary.pdf", c.id())
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(result -> assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 5))
				.isEqualTo("%PDF-"));
	}

	@Test
	void everyBlockerIsListedAtOnce() throws Exception {
		Services services = this.referralData.services();
		CaseSummary c = assessedCase("Tomas", "Reyes");
		as("worker1").post("/api/v1/cases/{id}/notes", "{\"method\": \"PHONE\"}", c.id())
			.andExpect(status().isCreated());
		this.users.runAs("worker1", () -> this.referrals.create(new NewReferral(c.id(), services.clinic().id(), null,
				"Check-up", Priority.ROUTINE, List.of(), null, null, null)));
		this.users.runAs("worker1",
				() -> this.queue.create(new NewTask("Call the landlord", TODAY.plusDays(2), null, c.id())));
		this.users.runAs("worker1", () -> this.transaction
			.execute(s -> this.crises.raise(c.clientId(), "Said she has nowhere to sleep tonight", "contact")));
		MvcResult r = as("worker1").post(CLOSURE, """
				{"reason": "NATURAL_SUPPORTS", "closureDate": "%s"}""".formatted(TODAY), c.id())
			.andExpect(status().isCreated())
			.andReturn();
		submit(c, r).andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons", hasItem(startsWith("UNSIGNED_NOTES: 1 contact note is unsigned"))))
			.andExpect(
					jsonPath("$.reasons", hasItem(startsWith("REFERRALS_WITHOUT_OUTCOME: 1 referral has no outcome"))))
			.andExpect(jsonPath("$.reasons", hasItem(startsWith("OPEN_TASKS: 1 task is open"))))
			.andExpect(jsonPath("$.reasons", hasItem(startsWith("ACTIVE_CRISIS: "))))
			.andExpect(jsonPath("$.reasons", hasItem(startsWith("NO_ADVANCE_NOTICE: "))))
			.andExpect(jsonPath("$.reasons", hasItem(startsWith("PROGRESS_REVIEW: "))))
			.andExpect(jsonPath("$.reasons", hasItem(startsWith("RELAPSE_PLAN: "))))
			.andExpect(jsonPath("$.reasons", hasItem(startsWith("ONGOING_RESOURCES: "))))
			.andExpect(jsonPath("$.reasons", hasItem(startsWith("SUMMARY_UNSIGNED: "))));
		as("worker1").get(CLOSURE, c.id()).andExpect(jsonPath("$.status").value("DRAFT"));

		MvcResult notice = as("worker1").put(CLOSURE + "/notice", etag(r), """
				{"givenOn": "%s", "method": "By phone"}""".formatted(TODAY.minusDays(3)), c.id())
			.andExpect(status().isOk())
			.andReturn();
		submit(c, notice).andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons", hasItem(startsWith("NOTICE_TOO_SHORT: the client was told 3 days"))));
	}

	@Test
	void aDomainStillInCrisisNeedsTheSupervisorsJustification() throws Exception {
		Services services = this.referralData.services();
		CaseSummary c = this.plans.openCase("worker1", this.program, "Rhea", "Moss");
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("basic-needs-housing", "serious-concern");
		answers.put("basic-needs-rating", "in-crisis");
		answers.put("basic-needs-crisis", "Evicted yesterday; staying in her car.");
		answers.put("safety-domestic-violence", "no-concern");
		answers.put("safety-rating", "safe");
		answers.put("health-wellness-rating", "stable");
		answers.put("social-support-rating", "stable");
		answers.put("employment-education-rating", "vulnerable");
		answers.put("legal-rating", "thriving");
		answers.put("strengths-personal", List.of("personal.resilience"));
		answers.put("what-matters-most", "A roof.");
		this.users.runAs("worker1", () -> this.transaction.execute(s -> {
			AssessmentView a = this.assessments.start(c.id(), new StartAssessment(null));
			AssessmentView answered = this.assessments.answer(c.id(), a.summary().id(), a.summary().version(), answers);
			return this.assessments.complete(c.id(), a.summary().id(), answered.summary().version());
		}));
		MvcResult ready = prepared(c, services);
		as("worker1").get(CLOSURE, c.id())
			.andExpect(jsonPath("$.warnings[0].code").value("IN_CRISIS_RATING"))
			.andExpect(jsonPath("$.evidence.assessment.domains[?(@.domainCode == 'basic-needs')].latest")
				.value(hasItem("IN_CRISIS")));
		MvcResult submitted = submit(c, ready).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andReturn();
		as("supervisor1").postIfMatch(CLOSURE + "/actions/approve", etag(submitted), "{}", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("justification"));
		as("supervisor1").postIfMatch(CLOSURE + "/actions/approve", etag(submitted), """
				{"justification": "She moved in with her sister, who is housed; the shelter knows her."}""", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.justification")
				.value("She moved in with her sister, who is housed; the shelter knows her."));
	}

	@Test
	void theReadinessShowsTheEvidenceAndTheSummaryIsDraftedFromTheRecord() throws Exception {
		Services services = this.referralData.services();
		CaseSummary c = assessedCase("Noor", "Haddad");
		this.plans.draft("worker1", c, CarePlanTestData.goal("A place of my own", "Sign a lease", "Lease signed", 4));
		this.referralData.consent("worker1", c.clientId(), services.pantry(), InformationCategory.GENERAL);
		UUID referral = this.users
			.runAs("worker1",
					() -> this.referrals.create(new NewReferral(c.id(), services.pantry().id(), null,
							"Food for the family", Priority.ROUTINE, List.of(), null, null, "requested")))
			.id();
		as("worker1")
			.post(CLOSURE + "/outreach-attempts", """
					{"attemptedOn": "%s", "method": "PHONE", "outcome": "No answer, message left"}""".formatted(TODAY),
					c.id())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.method").value("PHONE"));
		as("worker1").get(CLOSURE, c.id()).andExpect(status().isNotFound());
		as("worker1").get(CLOSURE + "/readiness", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidence.goals[0].label").value("Sign a lease"))
			.andExpect(jsonPath("$.evidence.goals[0].status").value("NOT_STARTED"))
			.andExpect(jsonPath("$.evidence.assessment.instrumentCode").value("casework-holistic"))
			.andExpect(jsonPath("$.evidence.assessment.domains[?(@.domainCode == 'basic-needs')].latest")
				.value(hasItem("VULNERABLE")))
			.andExpect(jsonPath("$.evidence.referrals[0].referralId").value(referral.toString()))
			.andExpect(jsonPath("$.evidence.referrals[0].outcome").value(false))
			.andExpect(jsonPath("$.evidence.outreachAttempts", hasSize(1)))
			.andExpect(jsonPath("$.evidence.outreachAttemptsRequired").value(3))
			.andExpect(jsonPath("$.evidence.indicators[?(@.reason == 'SERVICE_REFUSAL')].evidence")
				.value(hasItem("1 of 3 outreach attempts logged")))
			.andExpect(jsonPath("$.blockers[*].code", hasItem("REFERRALS_WITHOUT_OUTCOME")));

		MvcResult r = start(c, "GOALS_ACHIEVED");
		as("worker1").postIfMatch(CLOSURE + "/summary", etag(r), "", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.overview", containsString("Noor Haddad")))
			.andExpect(jsonPath("$.summary.overview", containsString(c.number())))
			.andExpect(jsonPath("$.summary.overview", containsString("Goals achieved")))
			.andExpect(jsonPath("$.summary.services", containsString("Oakhurst Test Pantry")))
			.andExpect(jsonPath("$.summary.services", containsString("Requested")))
			.andExpect(jsonPath("$.summary.goalsNotAchieved", containsString("Sign a lease")))
			.andExpect(jsonPath("$.summary.assessment", containsString("Basic needs")))
			.andExpect(jsonPath("$.summary.unresolvedNeeds", containsString("Goal not achieved: Sign a lease")))
			.andExpect(jsonPath("$.summary.signedAt").doesNotExist());
	}

	@Test
	void aSupervisorReturnsTheClosureWithCommentsAndTheWorkerWithdrawsIt() throws Exception {
		Services services = this.referralData.services();
		CaseSummary c = assessedCase("Pavel", "Novak");
		MvcResult submitted = submit(c, prepared(c, services)).andExpect(status().isOk()).andReturn();
		as("worker1").put(CLOSURE + "/notice", etag(submitted), """
				{"givenOn": "%s", "method": "By phone"}""".formatted(TODAY), c.id()).andExpect(status().isConflict());
		as("supervisor1").postIfMatch(CLOSURE + "/actions/return", etag(submitted), "{}", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comments"));
		MvcResult returned = as("supervisor1")
			.postIfMatch(CLOSURE + "/actions/return", etag(submitted),
					"{\"comments\": \"Add the food bank to the resources.\"}", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.history[?(@.action == 'RETURNED')].comments")
				.value(hasItem("Add the food bank to the resources.")))
			.andReturn();
		as("worker1").postIfMatch(CLOSURE + "/actions/withdraw", etag(returned), "{}", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		as("worker1")
			.postIfMatch(CLOSURE + "/actions/withdraw", etag(returned),
					"{\"reason\": \"She asked to stay until the lease starts.\"}", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		as("worker1").get("/api/v1/cases/{id}", c.id())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.stage").value("PLANNING"));
	}

	@Test
	void badInputNamesTheFieldAndStaleVersionsAreRefused() throws Exception {
		CaseSummary c = assessedCase("Ada", "Brand");
		as("worker1")
			.post(CLOSURE,
					"""
							{"reason": "GOALS_ACHIEVED", "closureDate": "%s", "noticeGivenOn": "%s", "noticeMethod": "Letter"}"""
						.formatted(TODAY.minusDays(5), TODAY.minusDays(1)),
					c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("closureDate"));
		as("worker1").post(CLOSURE, "{\"reason\": \"ELIGIBILITY_LOST\", \"checkInDays\": 45}", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reasonNote")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("closureDate")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("checkInDays")));
		MvcResult r = start(c, "SKILLS_DEVELOPED");
		as("worker1").post(CLOSURE, """
				{"reason": "GOALS_ACHIEVED", "closureDate": "%s"}""".formatted(TODAY), c.id())
			.andExpect(status().isConflict());
		as("worker1").put(CLOSURE, etag(r), """
				{"reason": "SKILLS_DEVELOPED", "closureDate": "%s"}""".formatted(TODAY.minusDays(30)), c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("closureDate"));
		as("worker1").put(CLOSURE, null, """
				{"reason": "SKILLS_DEVELOPED", "closureDate": "%s"}""".formatted(TODAY), c.id())
			.andExpect(status().isPreconditionRequired());
		as("worker1").put(CLOSURE, "\"999\"", """
				{"reason": "SKILLS_DEVELOPED", "closureDate": "%s"}""".formatted(TODAY), c.id())
			.andExpect(status().isPreconditionFailed());
		as("worker2").get(CLOSURE, c.id()).andExpect(status().isNotFound());
		as("worker2").get(CLOSURE + "/readiness", c.id()).andExpect(status().isNotFound());
	}

	@Test
	void aDisengagedClientsClosureNeedsTheOutreachAttemptsAndClosesAtOnceWithoutApproval() throws Exception {
		CaseSummary c = assessedCase("Lior", "Ben");
		this.users.runAs("padmin",
				() -> this.context.getBean(org.casework.closure.Closures.class)
					.changeSettings(this.program.id(), 0,
							new org.casework.closure.ClosureSettingsChange(false, null, 2, null)));
		as("worker1").get("/api/v1/programs/{id}/closure-settings", this.program.id())
			.andExpect(jsonPath("$.requireSupervisorApproval").value(false))
			.andExpect(jsonPath("$.outreachAttempts").value(2));
		MvcResult r = as("worker1").post(CLOSURE, """
				{"reason": "SERVICE_REFUSAL", "closureDate": "%s"}""".formatted(TODAY), c.id())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.checklist[0].waived").value(true))
			.andReturn();
		as("worker1").post(CLOSURE + "/outreach-attempts", """
				{"attemptedOn": "%s", "method": "LETTER", "outcome": "Letter returned"}""".formatted(TODAY), c.id())
			.andExpect(status().isCreated());
		r = as("worker1").postIfMatch(CLOSURE + "/summary", etag(r), "", c.id()).andReturn();
		r = as("worker1").postIfMatch(CLOSURE + "/summary/actions/sign", etag(r), "", c.id()).andReturn();
		submit(c, r).andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons", hasSize(1)))
			.andExpect(
					jsonPath("$.reasons[0]", startsWith("OUTREACH_ATTEMPTS: a closure for service refusal needs 2")));
		as("worker1").post(CLOSURE + "/outreach-attempts", """
				{"attemptedOn": "%s", "method": "HOME_VISIT", "outcome": "Nobody home"}""".formatted(TODAY), c.id())
			.andExpect(status().isCreated());
		submit(c, r).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.requiresApproval").value(false));
		as("worker1").get("/api/v1/cases/{id}", c.id()).andExpect(jsonPath("$.status").value("CLOSED"));
	}

	@Test
	void aClosedCaseIsReopenedWithinTheWindowAndLaterANewCaseLinksToIt() throws Exception {
		Services services = this.referralData.services();
		CaseSummary c = assessedCase("Mira", "Kos");
		MvcResult submitted = submit(c, prepared(c, services)).andExpect(status().isOk()).andReturn();
		as("supervisor1").postIfMatch(CLOSURE + "/actions/approve", etag(submitted), "{}", c.id())
			.andExpect(status().isOk());
		as("worker1").post("/api/v1/cases/{id}/actions/reopen", "{}", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		as("worker1")
			.post("/api/v1/cases/{id}/actions/reopen", "{\"reason\": \"Lost the apartment after a fire.\"}", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.stage").value("PLANNING"));
		as("worker1").get(CLOSURE, c.id())
			.andExpect(jsonPath("$.reopenReason").value("Lost the apartment after a fire."))
			.andExpect(jsonPath("$.history[*].action", hasItem("REOPENED")));
		String tasks = as("worker1").get("/api/v1/tasks?size=200").andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(tasks, "$.items[?(@.kind == 'CLOSURE_CHECK_IN')].caseId"))
			.doesNotContain(c.id().toString());
		as("worker1").post("/api/v1/cases/{id}/actions/reopen", "{\"reason\": \"Again\"}", c.id())
			.andExpect(status().isConflict());

		// closed again, and the window passes
		MvcResult again = as("worker1")
			.post(CLOSURE,
					"""
							{"reason": "GOALS_ACHIEVED", "closureDate": "%s", "noticeGivenOn": "%s", "noticeMethod": "In person"}"""
						.formatted(TODAY, TODAY.minusDays(20)),
					c.id())
			.andExpect(status().isCreated())
			.andReturn();
		again = as("worker1")
			.put(CLOSURE + "/progress-review", etag(again), "{\"reviewedOn\": \"%s\"}".formatted(TODAY), c.id())
			.andReturn();
		again = as("worker1")
			.put(CLOSURE + "/relapse-plan", etag(again), """
					{"warningSigns": ["Smoke alarm off"], "copingStrategies": ["Test it monthly"],
					 "peopleToCall": [{"name": "Ana", "phone": "555-201-0001"}], "howToSeekHelp": "Call intake."}""",
					c.id())
			.andReturn();
		again = as("worker1")
			.put(CLOSURE + "/resources", etag(again),
					"{\"resources\": [{\"serviceId\": \"%s\"}]}".formatted(services.clinic().id()), c.id())
			.andReturn();
		again = as("worker1").postIfMatch(CLOSURE + "/summary", etag(again), "", c.id()).andReturn();
		again = as("worker1").postIfMatch(CLOSURE + "/summary/actions/sign", etag(again), "", c.id()).andReturn();
		again = submit(c, again).andExpect(status().isOk()).andReturn();
		as("supervisor1").postIfMatch(CLOSURE + "/actions/approve", etag(again), "{}", c.id())
			.andExpect(status().isOk());
		this.jdbc.sql("UPDATE client_case SET closed_on = ? WHERE id = ?").params(TODAY.minusDays(91), c.id()).update();
		as("worker1").post("/api/v1/cases/{id}/actions/reopen", "{\"reason\": \"Back again\"}", c.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("start a new intake")));
		CaseSummary next = this.plans.cases()
			.open("worker1",
					new OpenCase(c.clientId(), this.program.id(),
							this.users.runAs("worker1", () -> this.users.current().id()), Priority.ROUTINE, "HIGH",
							UUID.randomUUID()));
		as("worker1").get("/api/v1/cases/{id}", next.id())
			.andExpect(jsonPath("$.previousCaseId").value(c.id().toString()));
	}

	@Test
	void theHandoffReferralCarriesTheSummaryUnderTheClientsConsent() throws Exception {
		Services services = this.referralData.services();
		CaseSummary c = assessedCase("Omar", "Farah");
		MvcResult ready = prepared(c, services);
		String handoff = """
				{"serviceId": "%s", "additional": [{"category": "MENTAL_HEALTH", "text": "Sees a counselor weekly."}]}"""
			.formatted(services.clinic().id());
		as("worker1").postIfMatch(CLOSURE + "/handoff", etag(ready), handoff, c.id())
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", startsWith("consent: no active consent lets")));
		as("worker1").get("/api/v1/referrals?caseId={id}", c.id()).andExpect(jsonPath("$.items", hasSize(0)));

		this.referralData.consent("worker1", c.clientId(), services.clinic(), InformationCategory.GENERAL);
		MvcResult sent = as("worker1").postIfMatch(CLOSURE + "/handoff", etag(ready), handoff, c.id())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("requested"))
			.andExpect(jsonPath("$.serviceName").value("Decatur Test Clinic"))
			.andExpect(jsonPath("$.shared[0].category").value("GENERAL"))
			.andExpect(jsonPath("$.shared[0].text", containsString("Omar Farah")))
			.andExpect(jsonPath("$.shared[0].text", startsWith("Overview\n")))
			.andExpect(jsonPath("$.shared[*].text", hasItem(startsWith("Recommendations\n"))))
			.andExpect(jsonPath("$.shared[0].shared").value(true))
			.andExpect(jsonPath("$.shared[?(@.category == 'MENTAL_HEALTH')].shared").value(hasItem(false)))
			.andExpect(
					jsonPath("$.shared[?(@.category == 'MENTAL_HEALTH')].withheldBecause").value(hasItem("no consent")))
			.andReturn();
		String referralId = read(sent, "$.id");
		as("worker1").get(CLOSURE, c.id())
			.andExpect(jsonPath("$.handoffReferralId").value(referralId))
			.andExpect(jsonPath("$.blockers", hasSize(0)))
			.andExpect(jsonPath("$.evidence.indicators[?(@.reason == 'TRANSFER')].supported").value(hasItem(true)));
	}

}
