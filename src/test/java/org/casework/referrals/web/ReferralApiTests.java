package org.casework.referrals.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.casework.audit.Disclosure;
import org.casework.audit.DisclosureAccounting;
import org.casework.cases.CaseSummary;
import org.casework.consents.ConsentView;
import org.casework.consents.InformationCategory;
import org.casework.referrals.ReferralChanged;
import org.casework.referrals.ReferralFollowUps;
import org.casework.referrals.ReferralTestData;
import org.casework.referrals.ReferralTestData.Services;
import org.casework.shared.PageRequest;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A worker refers a client to a directory service under the client's consent; the
 * provider answers through its secure link; the referral follows the FHIR Task lifecycle
 * to its outcome. Consent decides what the provider sees at every view, each view is a
 * disclosure, stalled referrals raise follow-ups that resolve themselves, and bad input
 * or the other side's transitions are refused.
 */
@ApiTest
@RecordApplicationEvents
class ReferralApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	@Autowired
	DisclosureAccounting accounting;

	@Autowired
	ReferralFollowUps followUps;

	/** The application's clock (the demo clock in tests), moved on as the days pass. */
	@MockitoSpyBean(name = "demoClock")
	Clock clock;

	Duration passed = Duration.ZERO;

	ReferralTestData data;

	Services services;

	@BeforeEach
	void setUp() {
		doAnswer(call -> Instant.now(Clock.systemUTC()).plus(this.passed)).when(this.clock).instant();
		this.data = new ReferralTestData(this.context);
		this.services = this.data.services();
	}

	Api as(String user) {
		return Api.as(this.mvc, user);
	}

	@Test
	void aReferralSentUnderConsentIsAnsweredThroughTheProviderLinkAndCompletedWithItsOutcome() throws Exception {
		CaseSummary c = this.data.openCase("worker1", "Food Security", "Ines", "Moreau");
		String body = """
				{"caseId": "%s", "serviceId": "%s", "reason": "No food in the house until the SNAP benefits are back.",
				 "urgency": "URGENT",
				 "shared": [{"category": "HEALTH", "text": "Type 2 diabetes: needs low-sugar food."},
				            {"category": "SUBSTANCE_USE", "text": "In recovery, attends meetings twice a week."}],
				 "status": "requested"}""".formatted(c.id(), this.services.pantry().id());
		as("worker1").post("/api/v1/referrals", body)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("No active consent lets Oakhurst Test Pantry Org receive")));
		as("worker1").get("/api/v1/referrals?caseId={id}", c.id()).andExpect(jsonPath("$.total").value(0));

		ConsentView consent = this.data.consent("worker1", c.clientId(), this.services.pantry(),
				InformationCategory.GENERAL, InformationCategory.HEALTH);
		MvcResult sent = as("worker1").post("/api/v1/referrals", body)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/referrals/")))
			.andExpect(jsonPath("$.status").value("requested"))
			.andExpect(jsonPath("$.caseNumber").value(c.number()))
			.andExpect(jsonPath("$.clientName").value("Ines Moreau"))
			.andExpect(jsonPath("$.organizationName").value("Oakhurst Test Pantry Org"))
			.andExpect(jsonPath("$.shared[0].shared").value(true))
			.andExpect(jsonPath("$.shared[1].shared").value(false))
			.andExpect(jsonPath("$.shared[1].withheldBecause").value("no consent"))
			.andExpect(jsonPath("$.history[*].to", contains("draft", "requested")))
			.andExpect(jsonPath("$.next", contains("cancelled", "entered-in-error")))
			.andReturn();
		String id = read(sent, "$.id");
		assertThat(this.events.stream(ReferralChanged.class).filter(e -> e.referralId().toString().equals(id)))
			.extracting(ReferralChanged::to)
			.extracting(s -> s.code())
			.containsExactly("requested");

		as("worker1").post("/api/v1/referrals/{id}/status", """
				{"status": "accepted"}""", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Only the receiving provider marks a referral accepted"));

		String link = read(as("worker1").post("/api/v1/referrals/{id}/links", "{}", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.path", containsString("/r/cwr_")))
			.andReturn(), "$.path");
		String token = link.substring(link.indexOf("/r/") + 3);

		provider(get("/api/v1/provider-referrals/{token}", token)).andExpect(status().isOk())
			.andExpect(jsonPath("$.covered").value(true))
			.andExpect(jsonPath("$.clientName").value("Ines Moreau"))
			.andExpect(jsonPath("$.reason", startsWith("No food in the house")))
			.andExpect(jsonPath("$.shared[*].category", contains("HEALTH")))
			.andExpect(jsonPath("$.shared[*].text", not(hasItem(containsString("recovery")))))
			.andExpect(jsonPath("$.redisclosureNotice").value(false))
			.andExpect(jsonPath("$.next", contains("accepted", "rejected", "cancelled")));
		List<Disclosure> disclosed = this.accounting.forClient(c.clientId(), new PageRequest(0, 10)).items();
		assertThat(disclosed).hasSize(1);
		assertThat(disclosed.get(0).referralId()).hasToString(id);
		assertThat(disclosed.get(0).categories()).containsExactlyInAnyOrder("GENERAL", "HEALTH");
		assertThat(disclosed.get(0).consentIds()).containsExactly(consent.id());
		assertThat(disclosed.get(0).disclosedBy()).startsWith("provider-link:");

		Instant appointment = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		provider(post("/api/v1/provider-referrals/{token}/status", token).contentType("application/json").content("""
				{"status": "accepted", "appointmentAt": "%s"}""".formatted(appointment))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("accepted"))
			.andExpect(jsonPath("$.appointmentAt").value(appointment.toString()));
		provider(post("/api/v1/provider-referrals/{token}/status", token).contentType("application/json").content("""
				{"status": "completed"}""")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("serviceReceived", "clientAttended")));
		provider(post("/api/v1/provider-referrals/{token}/status", token).contentType("application/json").content("""
				{"status": "completed", "serviceReceived": true, "clientAttended": true,
				 "outcomeNote": "Two weeks of groceries; enrolled for the monthly box."}""")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("completed"))
			.andExpect(jsonPath("$.next").isEmpty());

		as("worker1").get("/api/v1/referrals/{id}", id)
			.andExpect(jsonPath("$.status").value("completed"))
			.andExpect(jsonPath("$.serviceReceived").value(true))
			.andExpect(jsonPath("$.attended").value(true))
			.andExpect(jsonPath("$.history[*].to", contains("draft", "requested", "accepted", "completed")))
			.andExpect(jsonPath("$.history[2].side").value("TARGET"))
			.andExpect(jsonPath("$.history[2].byName").value("Oakhurst Test Pantry Org"))
			.andExpect(jsonPath("$.links[0].views").value(1));
		provider(post("/api/v1/provider-referrals/{token}/status", token).contentType("application/json").content("""
				{"status": "in-progress"}""")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("A referral that is completed cannot become in-progress")));
	}

	@Test
	void whatTheProviderSeesFollowsTheConsentAtEveryViewAndARevokedOrExpiredLinkFindsNothing() throws Exception {
		CaseSummary c = this.data.openCase("worker1", "Food Security", "Hana", "Kowalski");
		ConsentView consent = this.data.consent("worker1", c.clientId(), this.services.pantry(),
				InformationCategory.GENERAL, InformationCategory.HEALTH);
		String id = send(c, """
				[{"category": "HEALTH", "text": "Allergic to peanuts."},
				 {"category": "SUBSTANCE_USE", "text": "Methadone maintenance, daily dosing at 8 am."}]""");
		String token = token(id);
		provider(get("/api/v1/provider-referrals/{token}", token)).andExpect(status().isOk())
			.andExpect(jsonPath("$.shared[*].category", contains("HEALTH")))
			.andExpect(jsonPath("$.shared[*].text", not(hasItem(containsString("Methadone")))))
			.andExpect(jsonPath("$.redisclosureNotice").value(false));

		as("worker1")
			.postIfMatch("/api/v1/clients/{client}/consents/{consent}/actions/revoke", "\"0\"",
					"""
							{"revokedOn": "%s", "receivedHow": "VERBALLY", "note": "Called the office."}"""
						.formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC)),
					c.clientId(), consent.id())
			.andExpect(status().isOk());
		int before = this.accounting.forClient(c.clientId(), new PageRequest(0, 10)).items().size();
		provider(get("/api/v1/provider-referrals/{token}", token)).andExpect(status().isOk())
			.andExpect(jsonPath("$.covered").value(false))
			.andExpect(jsonPath("$.clientName").value(nullValue()))
			.andExpect(jsonPath("$.reason").value(nullValue()))
			.andExpect(jsonPath("$.shared").isEmpty());
		assertThat(this.accounting.forClient(c.clientId(), new PageRequest(0, 10)).items()).hasSize(before);
		as("worker1").get("/api/v1/referrals/{id}", id)
			.andExpect(jsonPath("$.shared[0].shared").value(false))
			.andExpect(jsonPath("$.shared[0].withheldBecause", startsWith("consent revoked on")));

		String linkId = read(as("worker1").get("/api/v1/referrals/{id}", id).andReturn(), "$.links[0].id");
		as("worker1").post("/api/v1/referrals/{id}/links/{link}/actions/revoke", "{}", id, linkId)
			.andExpect(status().isNoContent());
		provider(get("/api/v1/provider-referrals/{token}", token)).andExpect(status().isNotFound());

		String another = token(id);
		provider(get("/api/v1/provider-referrals/{token}", another)).andExpect(status().isOk());
		this.passed = Duration.ofDays(15);
		provider(get("/api/v1/provider-referrals/{token}", another)).andExpect(status().isNotFound());
		provider(get("/api/v1/provider-referrals/{token}", "cwr_not-a-token")).andExpect(status().isNotFound());
	}

	@Test
	void part2InformationGoesWithTheRedisclosureNotice() throws Exception {
		CaseSummary c = this.data.openCase("worker1", "Food Security", "Tomas", "Lindqvist");
		this.data.consent("worker1", c.clientId(), this.services.pantry(), InformationCategory.GENERAL);
		var part2 = org.casework.consents.ConsentFixtures.substanceUse(
				ReferralTestData.recipient(this.services.pantry()), java.time.LocalDate.now(java.time.ZoneOffset.UTC));
		this.context.getBean(org.casework.identity.UserContext.class)
			.runAs("worker1",
					() -> this.context.getBean(org.casework.consents.Consents.class).record(c.clientId(), part2));
		String id = send(c, """
				[{"category": "SUBSTANCE_USE", "text": "Attends the outpatient program on Tuesdays."}]""");
		provider(get("/api/v1/provider-referrals/{token}", token(id))).andExpect(status().isOk())
			.andExpect(jsonPath("$.shared[*].category", contains("SUBSTANCE_USE")))
			.andExpect(jsonPath("$.redisclosureNotice").value(true));
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndOtherTeamsSeeNothing() throws Exception {
		CaseSummary c = this.data.openCase("worker1", "Food Security", "Aiko", "Brennan");
		as("worker1").post("/api/v1/referrals", """
				{"caseId": "%s", "shared": [{"category": "HEALTH"}], "status": "accepted"}""".formatted(c.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("serviceId", "reason", "status", "shared[0].text")));
		as("worker1").post("/api/v1/referrals", """
				{"caseId": "%s", "serviceId": "%s", "reason": "x"}""".formatted(c.id(), UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("serviceId"))
			.andExpect(jsonPath("$.errors[0].message").value("is not a service of the directory"));
		as("worker1")
			.post("/api/v1/referrals",
					"""
							{"caseId": "%s", "serviceId": "%s", "reason": "Check-up", "stepId": "%s"}"""
						.formatted(c.id(), this.services.clinic().id(), UUID.randomUUID()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stepId"));
		as("worker1").get("/api/v1/referrals?caseId={id}", c.id()).andExpect(jsonPath("$.total").value(0));

		String draft = read(as("worker1")
			.post("/api/v1/referrals",
					"""
							{"caseId": "%s", "serviceId": "%s", "reason": "Check-up"}""".formatted(c.id(),
							this.services.clinic().id()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("draft"))
			.andReturn(), "$.id");
		as("worker1").post("/api/v1/referrals/{id}/status", """
				{"status": "cancelled"}""", draft)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", startsWith("A referral that is draft cannot become cancelled")));
		as("worker1").post("/api/v1/referrals/{id}/status", """
				{"status": "entered-in-error"}""", draft).andExpect(status().isOk());
		as("worker1").post("/api/v1/referrals/{id}/status", """
				{"status": "stalled"}""", draft)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		as("worker1").postIfMatch("/api/v1/referrals/{id}/status", "\"0\"", """
				{"status": "requested"}""", draft).andExpect(status().isPreconditionFailed());

		as("worker2").get("/api/v1/referrals/{id}", draft).andExpect(status().isNotFound());
		as("worker2").get("/api/v1/referrals?caseId={id}", c.id()).andExpect(status().isNotFound());
		as("worker2").post("/api/v1/referrals/{id}/links", "{}", draft).andExpect(status().isNotFound());
	}

	@Test
	void aReferralToAnInactiveServiceIsRefused() throws Exception {
		CaseSummary c = this.data.openCase("worker1", "Food Security", "Rosa", "Quintero");
		var catalog = this.context.getBean(org.casework.directory.DirectoryCatalog.class);
		var users = this.context.getBean(org.casework.identity.UserContext.class);
		users.runAs("padmin", () -> catalog.deactivate(this.services.clinic().id(),
				catalog.details(this.services.clinic().id()).version()));
		as("worker1")
			.post("/api/v1/referrals",
					"""
							{"caseId": "%s", "serviceId": "%s", "reason": "Check-up"}""".formatted(c.id(),
							this.services.clinic().id()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("is inactive in the directory")));
	}

	@Test
	void stalledReferralsRaiseOneFollowUpEachThatResolvesItselfWhenTheConditionEnds() throws Exception {
		CaseSummary c = this.data.openCase("worker1", "Food Security", "Yusuf", "Adeyemi");
		this.data.consent("worker1", c.clientId(), this.services.pantry(), InformationCategory.GENERAL);
		String id = send(c, "[]");

		Instant now = Instant.now();
		this.followUps.evaluate(now.plus(Duration.ofDays(1)));
		as("worker1").get("/api/v1/referrals/{id}", id).andExpect(jsonPath("$.followUps").isEmpty());
		this.followUps.evaluate(now.plus(Duration.ofDays(7)));
		assertThat(this.followUps.evaluate(now.plus(Duration.ofDays(7)))).isZero();
		as("worker1").get("/api/v1/referrals/{id}", id)
			.andExpect(jsonPath("$.followUps[*].kind", contains("NO_ANSWER")))
			.andExpect(jsonPath("$.followUps[0].status").value("OPEN"))
			.andExpect(jsonPath("$.followUps[0].title", startsWith("No answer from Oakhurst Test Pantry Org after 3")));
		as("worker1").get("/api/v1/referrals?stalled=true").andExpect(jsonPath("$.items[*].id", hasItem(id)));
		as("supervisor1").get("/api/v1/referrals?stalled=true").andExpect(jsonPath("$.items[*].id", hasItem(id)));
		as("worker2").get("/api/v1/referrals?stalled=true").andExpect(jsonPath("$.items[*].id", not(hasItem(id))));

		String token = token(id);
		Instant appointment = now.plus(Duration.ofDays(8));
		provider(post("/api/v1/provider-referrals/{token}/status", token).contentType("application/json").content("""
				{"status": "accepted", "appointmentAt": "%s"}""".formatted(appointment))).andExpect(status().isOk());
		as("worker1").get("/api/v1/referrals/{id}", id).andExpect(jsonPath("$.followUps[0].status").value("RESOLVED"));
		as("worker1").get("/api/v1/referrals?stalled=true").andExpect(jsonPath("$.items[*].id", not(hasItem(id))));

		this.followUps.evaluate(now.plus(Duration.ofDays(9)));
		as("worker1").get("/api/v1/referrals/{id}", id)
			.andExpect(jsonPath("$.followUps[0].kind").value("APPOINTMENT_PASSED"))
			.andExpect(jsonPath("$.followUps[0].status").value("OPEN"))
			.andExpect(jsonPath("$.followUps[0].title", containsString("record whether Yusuf Adeyemi attended")));
		as("worker1").post("/api/v1/referrals/{id}/attendance", """
				{"note": "?"}""", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attended"));
		as("worker1").post("/api/v1/referrals/{id}/attendance", """
				{"attended": false, "note": "Missed the bus; the pantry rebooked her."}""", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attended").value(false))
			.andExpect(jsonPath("$.followUps[0].status").value("RESOLVED"));

		provider(post("/api/v1/provider-referrals/{token}/status", token).contentType("application/json").content("""
				{"status": "failed"}""")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	@Test
	void aRejectionAsksForAnotherServiceUntilOneIsReferredTo() throws Exception {
		CaseSummary c = this.data.openCase("worker1", "Food Security", "Mei", "Tanaka");
		this.data.consent("worker1", c.clientId(), this.services.pantry(), InformationCategory.GENERAL);
		this.data.consent("worker1", c.clientId(), this.services.clinic(), InformationCategory.GENERAL);
		String id = send(c, "[]");
		String token = token(id);
		provider(post("/api/v1/provider-referrals/{token}/status", token).contentType("application/json").content("""
				{"status": "rejected"}""")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		provider(post("/api/v1/provider-referrals/{token}/status", token).contentType("application/json").content("""
				{"status": "rejected", "reason": "Outside our delivery area"}""")).andExpect(status().isOk());
		as("worker1").get("/api/v1/referrals/{id}", id)
			.andExpect(jsonPath("$.status").value("rejected"))
			.andExpect(jsonPath("$.statusReason").value("Outside our delivery area"))
			.andExpect(jsonPath("$.followUps[0].kind").value("REJECTED"))
			.andExpect(jsonPath("$.followUps[0].title",
					containsString("rejected the referral (Outside our delivery area): find another service")));

		as("worker1")
			.post("/api/v1/referrals",
					"""
							{"caseId": "%s", "serviceId": "%s", "reason": "Food and a check-up", "status": "requested"}"""
						.formatted(c.id(), this.services.clinic().id()))
			.andExpect(status().isCreated());
		as("worker1").get("/api/v1/referrals/{id}", id)
			.andExpect(jsonPath("$.followUps[0].status").value("RESOLVED"))
			.andExpect(jsonPath("$.followUps[0].closedNote").value("Another service found"));
	}

	@Test
	void aProgramAdminSetsHowLongReferralsWaitForAnAnswer() throws Exception {
		var program = this.data.cases().program("Food Security");
		as("worker1").get("/api/v1/programs/{id}/referral-settings", program.id())
			.andExpect(jsonPath("$.noAnswerBusinessDays").value(3))
			.andExpect(jsonPath("$.programOwn").value(false));
		as("worker1").put("/api/v1/programs/{id}/referral-settings", "\"0\"", """
				{"noAnswerBusinessDays": 5}""", program.id()).andExpect(status().isForbidden());
		as("padmin").put("/api/v1/programs/{id}/referral-settings", "\"0\"", """
				{"noAnswerBusinessDays": 0}""", program.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("noAnswerBusinessDays"));
		as("padmin").put("/api/v1/programs/{id}/referral-settings", "\"0\"", """
				{"noAnswerBusinessDays": 5}""", program.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noAnswerBusinessDays").value(5))
			.andExpect(header().string("ETag", "\"0\""));
		as("padmin").put("/api/v1/programs/{id}/referral-settings", "\"0\"", """
				{"noAnswerBusinessDays": 4}""", program.id()).andExpect(status().isOk());
		as("padmin").put("/api/v1/programs/{id}/referral-settings", "\"0\"", """
				{"noAnswerBusinessDays": 2}""", program.id()).andExpect(status().isPreconditionFailed());
		as("padmin").put("/api/v1/programs/{id}/referral-settings", "\"1\"", """
				{"noAnswerBusinessDays": 3}""", program.id()).andExpect(status().isOk());
	}

	@Test
	void aCompletedReferralForAPlanStepShowsOnTheStepAndCompletesIt() throws Exception {
		var plans = new org.casework.careplans.CarePlanTestData(this.context);
		CaseSummary c = plans.assessedCase("worker1", plans.program("Family Housing"), "Olga", "Sorensen");
		var plan = plans.draft("worker1", c, org.casework.careplans.CarePlanTestData.goal("Food on the table",
				"Collect a food box every week", "weeks with a food box", 6));
		String goalId = plan.goals().get(0).id().toString();
		String stepId = plan.goals().get(0).steps().get(0).id().toString();
		this.data.consent("worker1", c.clientId(), this.services.pantry(), InformationCategory.GENERAL);
		String id = read(as("worker1").post("/api/v1/referrals", """
				{"caseId": "%s", "serviceId": "%s", "reason": "Weekly food box", "stepId": "%s",
				 "status": "requested"}""".formatted(c.id(), this.services.pantry().id(), stepId))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stepId").value(stepId))
			.andReturn(), "$.id");
		as("worker1").post("/api/v1/referrals/{id}/actions/complete-step", "{}", id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("Only a completed referral with the service received completes its step"));
		String token = token(id);
		provider(post("/api/v1/provider-referrals/{token}/status", token).contentType("application/json").content("""
				{"status": "accepted"}""")).andExpect(status().isOk());
		provider(post("/api/v1/provider-referrals/{token}/status", token).contentType("application/json").content("""
				{"status": "completed", "serviceReceived": true, "clientAttended": true}"""))
			.andExpect(status().isOk());
		as("worker1").post("/api/v1/referrals/{id}/actions/complete-step", "{}", id).andExpect(status().isOk());
		as("worker1").get("/api/v1/cases/{id}/plan/goals/{goal}", c.id(), goalId)
			.andExpect(jsonPath("$.steps[0].status").value("DONE"));
	}

	private String send(CaseSummary c, String shared) throws Exception {
		return read(
				as("worker1")
					.post("/api/v1/referrals",
							"""
									{"caseId": "%s", "serviceId": "%s", "reason": "Food for the family this week.", "shared": %s,
									 "status": "requested"}"""
								.formatted(c.id(), this.services.pantry().id(), shared))
					.andExpect(status().isCreated())
					.andReturn(),
				"$.id");
	}

	private String token(String referralId) throws Exception {
		String path = read(as("worker1").post("/api/v1/referrals/{id}/links", "{}", referralId)
			.andExpect(status().isCreated())
			.andReturn(), "$.path");
		return path.substring(path.indexOf("/r/") + 3);
	}

	private ResultActions provider(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(anonymous()));
	}

	private static String read(MvcResult result, String path) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), path);
	}

}
