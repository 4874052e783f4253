package org.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;
import org.casework.assessments.AssessmentTestData;
import org.casework.assessments.InstrumentCatalog;
import org.casework.assessments.InstrumentChoice;
import org.casework.careplans.CarePlanTestData;
import org.casework.consents.ConsentFixtures;
import org.casework.directory.DirectoryService;
import org.casework.identity.UserContext;
import org.casework.referrals.ReferralTestData;
import org.casework.referrals.ReferralTestData.Services;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One client's whole journey through the API, as the people who do the work: a worker
 * registers her after the duplicate check, screens and enrolls her, assesses her needs
 * and strengths, writes a plan with her that the supervisor approves, refers her under
 * her consent to a pantry that answers through its link, documents the contacts, works
 * the queue, reviews the goals, reassesses, and prepares the closure that the supervisor
 * approves with a warm handoff. The case's computed stage is checked after every step,
 * and at the end the auditor finds the scenario in the trail, whose chain verifies.
 */
@ApiTest
class LifecycleScenarioTests {

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	static final String DATE_OF_BIRTH = "1986-02-14";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserContext users;

	@Autowired
	InstrumentCatalog instruments;

	Api as(String user) {
		return Api.as(this.mvc, user);
	}

	@Test
	void aClientIsWalkedFromRegistrationToClosureAndTheTrailShowsEveryStep() throws Exception {
		String family = "Lindqvist" + letters(5);
		String program = housingProgram();
		Services services = new ReferralTestData(this.context).services();

		// 1. registration after the duplicate check: another team's Katherine, same
		// family name and birthday, is a likely duplicate shown by identity only; the
		// worker confirms with the client that she is someone else and registers her
		String katherine = read(as("worker2")
			.post("/api/v1/clients",
					"""
							{"firstName":"Katherine","lastName":"%s","dateOfBirth":"%s","email":"k@example.org"}"""
						.formatted(family, DATE_OF_BIRTH))
			.andExpect(status().isCreated())
			.andReturn(), "$.id");
		as("worker1").post("/api/v1/clients/matches", """
				{"firstName":"Kate","lastName":"%s","dateOfBirth":"%s"}""".formatted(family, DATE_OF_BIRTH))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].clientId").value(katherine))
			.andExpect(jsonPath("$.items[0].likely").value(true))
			.andExpect(jsonPath("$.items[0].inScope").value(false))
			.andExpect(jsonPath("$.items[0].email").doesNotExist())
			.andExpect(
					jsonPath("$.items[0].reasons", hasItems("Kate is a nickname of Katherine", "same date of birth")));
		MvcResult registered = as("worker1")
			.post("/api/v1/clients",
					"""
							{"firstName":"Kate","lastName":"%s","dateOfBirth":"%s","confirmedDistinctFrom":["%s"]}"""
						.formatted(family, DATE_OF_BIRTH, katherine))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/clients/")))
			.andReturn();
		String client = read(registered, "$.id");
		assertThat(client).isNotEqualTo(katherine);
		as("worker1").get("/api/v1/clients/{id}", client).andExpect(status().isOk());
		as("worker2").get("/api/v1/clients/{id}", client).andExpect(status().isNotFound());

		// 2. intake: screened eligible and not urgent, enrolled; the case opens in
		// assessment
		MvcResult intake = as("worker1")
			.post("/api/v1/intakes",
					"""
							{"clientId":"%s","programId":"%s","presentingIssue":"The landlord is selling; we must leave by next month"}"""
						.formatted(client, program))
			.andExpect(status().isCreated())
			.andReturn();
		String intakeId = read(intake, "$.id");
		MvcResult screened = as("worker1")
			.put("/api/v1/intakes/{id}/eligibility", etag(intake),
					"""
							{"dateOfBirth":"%s","householdSize":3,"annualIncome":24000,"answers":{"yes-no-1":true}}"""
						.formatted(DATE_OF_BIRTH),
					intakeId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligibility.status").value("ELIGIBLE"))
			.andReturn();
		as("worker1").put("/api/v1/intakes/{id}/urgency", etag(screened), """
				{"dangerToSelf":false,"dangerToOthers":false,"safetyConcern":false,"medicalEmergency":false,
				 "noSafePlaceTonight":false,"noFood":false,"otherCrisis":false}""", intakeId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.triage.priority").value("ROUTINE"));
		MvcResult enrolled = as("worker1").post("/api/v1/intakes/{id}/decision", """
				{"decision":"ENROLL"}""", intakeId)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/cases/")))
			.andReturn();
		String caseLocation = enrolled.getResponse().getHeader("Location");
		String caseId = read(enrolled, "$.decision.caseId");
		assertThat(caseLocation).isEqualTo("/api/v1/cases/" + caseId);
		String caseNumber = read(as("worker1").get(caseLocation)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.clientId").value(client))
			.andExpect(jsonPath("$.ownerName").value("Dana Whitfield"))
			.andExpect(jsonPath("$.intakeId").value(intakeId))
			.andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.matchesPattern("C-\\d{4}-\\d{6}")))
			.andReturn(), "$.number");
		expectStage(caseId, "ASSESSMENT");
		as("worker1").get("/api/v1/caseload?size=200").andExpect(jsonPath("$.items[*].number", hasItem(caseNumber)));

		// 3. the holistic assessment over two contacts: six domains and strengths; the
		// vulnerable basic needs raise the priority, and the case moves to planning
		String assessment = as("worker1").postIfMatch("/api/v1/cases/{id}/assessments", null, "{}", caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("INITIAL"))
			.andExpect(jsonPath("$.core").value(true))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		MvcResult answered = as("worker1").patch(assessment + "/answers", "\"0\"", """
				{"answers": {"basic-needs-housing": "serious-concern", "basic-needs-rating": "vulnerable",
				             "safety-domestic-violence": "no-concern", "safety-rating": "safe"}}""")
			.andExpect(status().isOk())
			.andReturn();
		answered = as("worker1").patch(assessment + "/answers", etag(answered), """
				{"answers": {"health-wellness-rating": "stable", "social-support-rating": "stable",
				             "employment-education-rating": "vulnerable", "legal-rating": "thriving",
				             "strengths-personal": ["personal.resilience"],
				             "what-matters-most": "Keeping my kids in the same school."}}""")
			.andExpect(status().isOk())
			.andReturn();
		expectStage(caseId, "ASSESSMENT");
		as("worker1").postIfMatch(assessment + "/actions/complete", etag(answered), "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.scores[?(@.domainCode=='basic-needs')].rating", contains("VULNERABLE")))
			.andExpect(jsonPath("$.scores[?(@.domainCode=='employment-education')].rating", contains("VULNERABLE")));
		expectStage(caseId, "PLANNING").andExpect(jsonPath("$.priority").value("URGENT"));

		// 4. the care plan: started from the assessment's goal areas, the housing goal
		// made SMART with a step for the client, work set aside for later; the client
		// agrees, the program needs the supervisor's approval, which the supervisor's
		// queue shows until it is given; the case moves to implementation
		MvcResult plan = as("worker1").post("/api/v1/cases/{id}/plan", """
				{"clientGoalsInOwnWords": "A place of our own near the kids' school."}""", caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.requiresApproval").value(true))
			.andExpect(jsonPath("$.goals[*].goalArea", contains("basic-needs", "employment-education")))
			.andReturn();
		String housing = read(plan, "$.goals[0].id");
		String employment = read(plan, "$.goals[1].id");
		String details = """
				{"clientGoalsInOwnWords": "A place of our own near the kids' school.", "reviewDate": "%s"}"""
			.formatted(TODAY.plusMonths(1));
		plan = as("worker1").put("/api/v1/cases/{id}/plan", etag(plan), details, caseId)
			.andExpect(status().isOk())
			.andReturn();
		plan = as("worker1").put("/api/v1/cases/{id}/plan/goals/{goalId}", etag(plan), """
				{"clientWords": "I want my kids to have their own room again.",
				 "statement": "Sign a lease for a two-bedroom apartment in the school's district",
				 "lifeDomain": "basic-needs",
				 "indicator": {"measure": "leases signed", "unit": "lease", "baseline": 0, "target": 1,
				               "direction": "INCREASE"},
				 "relevance": "Her children can stay at the school they know.",
				 "achievability": "Steady income from her cleaning job; her sister will co-sign.",
				 "targetDate": "%s"}""".formatted(TODAY.plusMonths(4)), caseId, housing)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].smart.strong").value(true))
			.andReturn();
		plan = as("worker1")
			.postIfMatch("/api/v1/cases/{id}/plan/goals/{goalId}/status", etag(plan), """
					{"status": "DISCONTINUED", "reason": "She wants to settle the housing first; work comes later."}""",
					caseId, employment)
			.andExpect(status().isOk())
			.andReturn();
		plan = as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{goalId}/steps", etag(plan), """
				{"description": "Bring two pay slips to the housing office", "responsible": {"party": "CLIENT"},
				 "dueDate": "%s"}""".formatted(TODAY.plusDays(10)), caseId, housing)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.check.passes").value(true))
			.andReturn();
		MvcResult pending = as("worker1")
			.postIfMatch("/api/v1/cases/{id}/plan/actions/agree", etag(plan),
					"""
							{"method": "SIGNATURE", "signaturePng": "%s",
							 "clientWords": "This is what we talked about. I can do the pay slips this week."}"""
						.formatted(CarePlanTestData.signature()),
					caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
			.andReturn();
		expectStage(caseId, "PLANNING");
		assertThat(taskKindsOn("supervisor1", caseId)).contains("PLAN_APPROVAL");
		MvcResult agreed = as("supervisor1").postIfMatch("/api/v1/cases/{id}/plan/actions/approve", etag(pending), """
				{"comments": "A clear first goal."}""", caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AGREED"))
			.andExpect(jsonPath("$.reviews[*].decision", contains("APPROVED")))
			.andReturn();
		assertThat(taskKindsOn("supervisor1", caseId)).doesNotContain("PLAN_APPROVAL");
		expectStage(caseId, "IMPLEMENTATION");

		// 5. referral under consent: refused without one; the client signs a release
		// for the pantry's organization covering general and health information; the
		// referral shares what the consent covers and withholds the rest; the pantry
		// accepts and completes it through its link, with the outcome
		DirectoryService pantry = services.pantry();
		String referralBody = """
				{"caseId": "%s", "serviceId": "%s", "reason": "No food in the house until the first pay check.",
				 "shared": [{"category": "HEALTH", "text": "Type 2 diabetes: needs low-sugar food."},
				            {"category": "SUBSTANCE_USE", "text": "In recovery, attends meetings twice a week."}],
				 "status": "requested"}""".formatted(caseId, pantry.id());
		as("worker1").post("/api/v1/referrals", referralBody)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("No active consent")));
		consent(client, pantry, "\"GENERAL\", \"HEALTH\"", "Food assistance from the pantry")
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.recipient.name").value(pantry.organizationName()));
		MvcResult referral = as("worker1").post("/api/v1/referrals", referralBody)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("requested"))
			.andExpect(jsonPath("$.caseNumber").value(caseNumber))
			.andExpect(jsonPath("$.shared[?(@.category == 'HEALTH')].shared", contains(true)))
			.andExpect(jsonPath("$.shared[?(@.category == 'SUBSTANCE_USE')].shared", contains(false)))
			.andExpect(jsonPath("$.shared[?(@.category == 'SUBSTANCE_USE')].withheldBecause", contains("no consent")))
			.andReturn();
		String referralId = read(referral, "$.id");
		as("worker1").post("/api/v1/referrals/{id}/status", """
				{"status": "accepted"}""", referralId).andExpect(status().isConflict());
		String link = read(as("worker1").post("/api/v1/referrals/{id}/links", "{}", referralId)
			.andExpect(status().isCreated())
			.andReturn(), "$.path");
		String token = link.substring(link.indexOf("/r/") + 3);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/v1/provider-referrals/{token}", token)
				.with(anonymous()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clientName").value("Kate " + family))
			.andExpect(jsonPath("$.shared[*].category", contains("HEALTH")))
			.andExpect(jsonPath("$.shared[*].text", not(hasItem(containsString("recovery")))));
		provider(token,
				"""
						{"status": "accepted", "appointmentAt": "%s"}""".formatted(
						Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("accepted"));
		provider(token, """
				{"status": "completed", "serviceReceived": true, "clientAttended": true,
				 "outcomeNote": "Two weeks of groceries; enrolled for the monthly box."}""").andExpect(status().isOk());
		as("worker1").get("/api/v1/referrals/{id}", referralId)
			.andExpect(jsonPath("$.status").value("completed"))
			.andExpect(jsonPath("$.serviceReceived").value(true))
			.andExpect(jsonPath("$.outcomeNote").value("Two weeks of groceries; enrolled for the monthly box."))
			.andExpect(jsonPath("$.history[*].to", contains("draft", "requested", "accepted", "completed")));
		as("worker1").get("/api/v1/clients/{id}/disclosures", client)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].referralId", hasItem(referralId)));
		expectStage(caseId, "IMPLEMENTATION");

		// 6. contacts documented and signed; a task of the worker's queue done; the
		// first review of the goal with the client moves the case to monitoring
		String visit = note(caseId, "Fridge held milk and bread only; the pantry box arrives on Friday.");
		MvcResult task = as("worker1")
			.post("/api/v1/tasks",
					"""
							{"title": "Call the housing office about the application", "dueOn": "%s", "caseId": "%s"}"""
						.formatted(TODAY.plusDays(1), caseId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("MANUAL"))
			.andExpect(jsonPath("$.caseNumber").value(caseNumber))
			.andReturn();
		assertThat(taskKindsOn("worker1", caseId)).contains("MANUAL");
		as("worker1").postIfMatch("/api/v1/tasks/{id}/actions/done", etag(task), """
				{"note": "Application received; viewing on Tuesday."}""", read(task, "$.id"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));
		assertThat(taskKindsOn("worker1", caseId)).isEmpty();
		MvcResult reviewed = as("worker1")
			.postIfMatch("/api/v1/cases/{id}/plan/goals/{goalId}/progress", etag(agreed), """
					{"on": "%s", "note": "Viewed two flats; the application for one is in."}""".formatted(TODAY),
					caseId, housing)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.goals[0].progress[0].recordedByName").value("Dana Whitfield"))
			.andReturn();
		expectStage(caseId, "MONITORING");

		// 7. the lease is signed: the goal is achieved and the reassessment after that
		// change shows what improved; reassessing keeps the case in monitoring
		reviewed = as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{goalId}/progress", etag(reviewed), """
				{"on": "%s", "value": 1, "note": "Lease signed on Friday."}""".formatted(TODAY), caseId, housing)
			.andExpect(status().isCreated())
			.andReturn();
		as("worker1").postIfMatch("/api/v1/cases/{id}/plan/goals/{goalId}/status", etag(reviewed), """
				{"status": "ACHIEVED"}""", caseId, housing)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.goals[0].status").value("ACHIEVED"));
		as("worker1").post("/api/v1/cases/{id}/assessments/changes", """
				{"change": "GOAL_ACHIEVED", "note": "Signed the lease for the flat near the school."}""", caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.basis").value("SIGNIFICANT_CHANGE"));
		String reassessment = as("worker1").postIfMatch("/api/v1/cases/{id}/assessments", null, "{}", caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("REASSESSMENT"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		MvcResult reanswered = as("worker1").patch(reassessment + "/answers", "\"0\"", """
				{"answers": {"basic-needs-rating": "stable", "safety-rating": "safe",
				             "health-wellness-rating": "stable", "social-support-rating": "stable",
				             "employment-education-rating": "vulnerable", "legal-rating": "thriving",
				             "strengths-personal": ["personal.resilience"],
				             "what-matters-most": "Settling the kids into the new flat."}}""")
			.andExpect(status().isOk())
			.andReturn();
		as("worker1").postIfMatch(reassessment + "/actions/complete", etag(reanswered), "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		as("worker1").get("/api/v1/cases/{id}/assessments/comparison", caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.latest.kind").value("REASSESSMENT"))
			.andExpect(jsonPath("$.previous.kind").value("INITIAL"))
			.andExpect(jsonPath("$.domains[?(@.domainCode=='basic-needs')].change", contains("IMPROVED")))
			.andExpect(jsonPath("$.domains[?(@.domainCode=='employment-education')].change", contains("SAME")));
		expectStage(caseId, "MONITORING");

		// 8. closure: started for goals achieved (stage CLOSURE); submitting early is
		// refused with every blocker at once; each is dealt with, the summary drafted
		// from the record, edited and signed, the warm handoff sent under a new consent,
		// and the supervisor approves: the case is closed, read-only but for addenda
		String closure = "/api/v1/cases/{id}/closure";
		String lastCall = draftNote(caseId, "She sounded calm and has the keys to the flat.");
		MvcResult started = as("worker1").post(closure, """
				{"reason": "GOALS_ACHIEVED", "closureDate": "%s", "checkInDays": 30}""".formatted(TODAY), caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn();
		expectStage(caseId, "CLOSURE");
		as("worker1").postIfMatch(closure + "/actions/submit", etag(started), "", caseId)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons",
					hasItems(startsWith("UNSIGNED_NOTES"), startsWith("NO_ADVANCE_NOTICE"),
							startsWith("PROGRESS_REVIEW"), startsWith("RELAPSE_PLAN"), startsWith("ONGOING_RESOURCES"),
							startsWith("SUMMARY_UNSIGNED"))))
			.andExpect(jsonPath("$.reasons", not(hasItem(startsWith("REFERRALS_WITHOUT_OUTCOME")))))
			.andExpect(jsonPath("$.reasons", not(hasItem(startsWith("OPEN_TASKS")))));
		sign(caseId, lastCall);
		int noticeDays = JsonPath.read(as("worker1").get("/api/v1/programs/{id}/closure-settings", program)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.noticeDays");
		// the scenario runs within a day: the client was told the program's notice
		// period ago
		MvcResult prepared = as("worker1").put(closure + "/notice", etag(started), """
				{"givenOn": "%s", "method": "In person"}""".formatted(TODAY.minusDays(noticeDays)), caseId)
			.andExpect(status().isOk())
			.andReturn();
		prepared = as("worker1")
			.put(closure + "/progress-review", etag(prepared),
					"""
							{"reviewedOn": "%s", "note": "We looked at the goals together; she is proud of the new lease."}"""
						.formatted(TODAY),
					caseId)
			.andExpect(status().isOk())
			.andReturn();
		prepared = as("worker1")
			.put(closure + "/relapse-plan", etag(prepared),
					"""
							{"warningSigns": ["Falling behind on rent"], "copingStrategies": ["Call the rent assistance line early"],
							 "peopleToCall": [{"name": "Ana", "relationship": "sister", "phone": "555-201-0001"}],
							 "emergencyContacts": [{"name": "Crisis line", "phone": "988"}],
							 "howToSeekHelp": "Call the front desk at 555-000-1000 and ask for intake."}""",
					caseId)
			.andExpect(status().isOk())
			.andReturn();
		prepared = as("worker1")
			.put(closure + "/resources", etag(prepared), """
					{"resources": [{"serviceId": "%s", "note": "The monthly box goes on."}]}""".formatted(pantry.id()),
					caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resources[0].serviceName").value(pantry.name()))
			.andReturn();
		MvcResult drafted = as("worker1").postIfMatch(closure + "/summary", etag(prepared), "", caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.overview", containsString("Kate " + family)))
			.andExpect(jsonPath("$.summary.overview", containsString(caseNumber)))
			.andExpect(jsonPath("$.summary.services", containsString(pantry.name())))
			.andExpect(jsonPath("$.summary.goalsAchieved", containsString("Sign a lease")))
			.andExpect(jsonPath("$.summary.signedAt").doesNotExist())
			.andReturn();
		Map<String, Object> summary = new LinkedHashMap<>(JsonPath.read(body(drafted), "$.summary"));
		summary.keySet()
			.retainAll(List.of("overview", "services", "goalsAchieved", "goalsNotAchieved", "assessment",
					"unresolvedNeeds", "recommendations"));
		summary.put("recommendations", "Keep the monthly pantry box; see the clinic about the diabetes.");
		MvcResult edited = as("worker1")
			.put(closure + "/summary", etag(drafted), JsonPath.parse(summary).jsonString(), caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.recommendations")
				.value("Keep the monthly pantry box; see the clinic about the diabetes."))
			.andReturn();
		MvcResult ready = as("worker1").postIfMatch(closure + "/summary/actions/sign", etag(edited), "", caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.summary.signedAt").exists())
			.andReturn();
		DirectoryService clinic = services.clinic();
		String handoff = """
				{"serviceId": "%s", "reason": "Ongoing care for her diabetes after the case closes"}"""
			.formatted(clinic.id());
		as("worker1").postIfMatch(closure + "/handoff", etag(ready), handoff, caseId)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", startsWith("consent: no active consent lets")));
		consent(client, clinic, "\"GENERAL\"", "Handing over to the clinic at closure");
		String handoffId = read(as("worker1").postIfMatch(closure + "/handoff", etag(ready), handoff, caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.serviceName").value(clinic.name()))
			.andExpect(jsonPath("$.shared[0].category").value("GENERAL"))
			.andExpect(jsonPath("$.shared[0].shared").value(true))
			.andExpect(jsonPath("$.shared[0].text", containsString("Kate " + family)))
			.andReturn(), "$.id");
		ready = as("worker1").get(closure, caseId)
			.andExpect(jsonPath("$.handoffReferralId").value(handoffId))
			.andExpect(jsonPath("$.blockers", empty()))
			.andExpect(jsonPath("$.checklist[*].done", not(hasItem(false))))
			.andReturn();
		MvcResult submitted = as("worker1").postIfMatch(closure + "/actions/submit", etag(ready), "", caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.requiresApproval").value(true))
			.andReturn();
		expectStage(caseId, "CLOSURE");
		assertThat(taskKindsOn("supervisor1", caseId)).contains("CLOSURE_APPROVAL");
		as("worker1").postIfMatch(closure + "/actions/approve", etag(submitted), "{}", caseId)
			.andExpect(status().isConflict());
		as("supervisor1").postIfMatch(closure + "/actions/approve", etag(submitted), """
				{"comments": "Well done."}""", caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.closedOn").value(TODAY.toString()))
			.andExpect(jsonPath("$.history[*].action", hasItems("STARTED", "SUBMITTED", "APPROVED", "CLOSED")));
		expectStage(caseId, "CLOSED").andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedOn").value(TODAY.toString()));
		assertThat(taskKindsOn("supervisor1", caseId)).doesNotContain("CLOSURE_APPROVAL");
		assertThat(taskKindsOn("worker1", caseId)).containsExactly("CLOSURE_CHECK_IN");
		as("worker1").get("/api/v1/caseload?size=200")
			.andExpect(jsonPath("$.items[*].number", not(hasItem(caseNumber))));
		as("worker1").post("/api/v1/cases/{id}/notes", "{\"method\": \"PHONE\"}", caseId)
			.andExpect(status().isConflict());
		as("worker1")
			.post("/api/v1/cases/{id}/notes/{n}/addenda", """
					{"text": "The pantry box is delivered on Fridays, not Thursdays.", "reason": "Correction"}""",
					caseId, visit)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.addenda[0].text").value("The pantry box is delivered on Fridays, not Thursdays."));

		// 9. the auditor finds the scenario in the trail by the client's id: what was
		// created and changed, by whom, and the reads; the same by the case's id; and
		// the chain verifies
		List<Map<String, Object>> created = auditEvents(client, "CREATE");
		assertThat(created).extracting(e -> e.get("subjectType") + " " + e.get("subjectId") + " " + e.get("actor"))
			.contains("Client " + client + " worker1", "Case " + caseId + " worker1",
					"Contact note " + visit + " worker1", "Referral " + referralId + " worker1",
					"Referral " + handoffId + " worker1");
		assertThat(created).extracting(e -> e.get("subjectType"))
			.contains("Intake", "Assessment", "CarePlan", "Consent", "Case closure", "Contact note addendum");
		assertThat(auditEvents(client, "READ")).extracting(e -> e.get("subjectType") + " " + e.get("actor"))
			.contains("Client worker1", "Case worker1", "Case supervisor1");
		List<Map<String, Object>> updated = auditEvents(client, "UPDATE");
		assertThat(updated).extracting(e -> e.get("subjectType") + " " + e.get("actor"))
			.contains("CarePlan supervisor1", "Case closure supervisor1", "Contact note worker1");
		List<Map<String, Object>> all = JsonPath
			.read(body(as("auditor").get("/api/v1/audit/events?subjectId={id}&size=200", client)
				.andExpect(status().isOk())
				.andReturn()), "$.items");
		assertThat(all).extracting(e -> e.get("actor")).doesNotContain("worker2");
		as("auditor").get("/api/v1/audit/events?subjectId={id}&actor=supervisor1&size=200", caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].action", hasItem("UPDATE")));
		as("auditor").get("/api/v1/audit/verify")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.entries").value(org.hamcrest.Matchers.greaterThan(all.size())));
		as("worker1").get("/api/v1/audit/events?subjectId={id}", client).andExpect(status().isForbidden());
	}

	/** The auditor's view of the trail of one client: the entries of that action. */
	private List<Map<String, Object>> auditEvents(String client, String action) throws Exception {
		return JsonPath
			.read(body(as("auditor").get("/api/v1/audit/events?subjectId={id}&action={action}&size=200", client, action)
				.andExpect(status().isOk())
				.andReturn()), "$.items");
	}

	/**
	 * A housing program (adults at risk of losing their home, within twice the poverty
	 * line), whose plans the supervisor approves and whose core assessment is the
	 * holistic one; its id.
	 */
	private String housingProgram() throws Exception {
		String program = read(as("padmin")
			.post("/api/v1/programs",
					"""
							{"name":"Housing Stability %s",
							 "rules":[{"kind":"AGE","minAge":18},{"kind":"INCOME","percentOfPoverty":200},
							          {"kind":"YES_NO","question":"Is the household at risk of losing its housing within 30 days?","expectedAnswer":true}],
							 "intensityLevels":[{"code":"HIGH","name":"High","contactEveryDays":7,"goalReview":"MONTHLY","reassessmentMonths":6},
							                    {"code":"LOW","name":"Low","contactEveryDays":30,"goalReview":"QUARTERLY","reassessmentMonths":12}]}"""
						.formatted(letters(8)))
			.andExpect(status().isCreated())
			.andReturn(), "$.id");
		as("padmin").put("/api/v1/programs/{id}/care-plan-settings", "\"0\"", """
				{"requireSupervisorApproval": true, "horizonMonths": 12}""", program).andExpect(status().isOk());
		// no API chooses a program's instruments: the program admin does it on its page
		this.users.runAs("padmin",
				() -> this.instruments.choose(java.util.UUID.fromString(program), 0,
						List.of(new InstrumentChoice(AssessmentTestData.HOLISTIC, true),
								new InstrumentChoice(AssessmentTestData.AHC, false))));
		return program;
	}

	/** The client's signed release of these categories to the service's organization. */
	private ResultActions consent(String client, DirectoryService service, String categories, String purpose)
			throws Exception {
		return as("worker1")
			.post("/api/v1/clients/{id}/consents",
					"""
							{"recipient": {"kind": "ORGANIZATION", "organizationId": "%s"}, "categories": [%s],
							 "purpose": "%s", "expiresOn": "%s",
							 "agreement": {"method": "SIGNATURE", "signaturePng": "%s"}, "rightToRevokeAcknowledged": true}"""
						.formatted(service.organizationId(), categories, purpose, TODAY.plusYears(1),
								ConsentFixtures.signature()),
					client)
			.andExpect(status().isCreated());
	}

	/** A home visit of two hours ago written up and signed; the note's id. */
	private String note(String caseId, String observations) throws Exception {
		String id = draftNote(caseId, observations);
		sign(caseId, id);
		return id;
	}

	/** A home visit of two hours ago written up with every element, not signed yet. */
	private String draftNote(String caseId, String observations) throws Exception {
		return read(as("worker1")
			.post("/api/v1/cases/{id}/notes",
					"""
							{"method": "HOME_VISIT", "contactAt": "%s", "location": "Client's apartment, 4B",
							 "participants": ["Client"], "topics": "Food; the flat hunt",
							 "clientStatements": ["The pantry people were kind."], "observations": "%s",
							 "services": "Went through the pantry's opening hours.",
							 "nextContactPlan": "Phone call after the viewing", "nextContactOn": "%s"}"""
						.formatted(Instant.now().minus(Duration.ofHours(2)), observations, TODAY.plusDays(7)),
					caseId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.check.missing", empty()))
			.andReturn(), "$.id");
	}

	private void sign(String caseId, String noteId) throws Exception {
		MvcResult draft = as("worker1").get("/api/v1/cases/{id}/notes/{n}", caseId, noteId).andReturn();
		as("worker1").postIfMatch("/api/v1/cases/{id}/notes/{n}/actions/sign", etag(draft), "{}", caseId, noteId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signedAt").exists());
	}

	/** The receiving provider answers through its secure link, not logged in. */
	private ResultActions provider(String token, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/provider-referrals/{token}/status", token).with(anonymous())
			.contentType("application/json")
			.content(json));
	}

	/** The worker reads the case; its computed stage is the one expected. */
	private ResultActions expectStage(String caseId, String stage) throws Exception {
		return as("worker1").get("/api/v1/cases/{id}", caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value(stage));
	}

	/** The kinds of the open tasks of the user's queue on the case. */
	private List<String> taskKindsOn(String user, String caseId) throws Exception {
		String queue = body(as(user).get("/api/v1/tasks?size=200").andExpect(status().isOk()).andReturn());
		return JsonPath.read(queue, "$.items[?(@.caseId == '" + caseId + "')].kind");
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

	private static String read(MvcResult result, String path) throws Exception {
		return JsonPath.read(body(result), path).toString();
	}

	private static String etag(MvcResult result) {
		return result.getResponse().getHeader("ETag");
	}

	/** Lower-case letters, so that names made of them are new to the shared database. */
	private static String letters(int n) {
		Random random = new Random();
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < n; i++) {
			s.append((char) ('a' + random.nextInt(26)));
		}
		return s.toString();
	}

}
