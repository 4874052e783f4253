package org.casework.cases.web;

import java.util.UUID;

import org.casework.cases.CasePriorityChanged;
import org.casework.cases.CaseSummary;
import org.casework.cases.CaseTestData;
import org.casework.identity.Role;
import org.casework.identity.UserSummary;
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
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The care team beyond the owner, and changes of priority on an open case. */
@ApiTest
@RecordApplicationEvents
class CareTeamApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	CaseTestData data;

	ProgramView program;

	@BeforeEach
	void setUp() {
		this.data = new CaseTestData(this.context);
		this.program = this.data.program("Family Stability");
	}

	Api as(String user) {
		return Api.as(this.mvc, user);
	}

	CaseSummary openFor(String worker, String first, String last, Priority priority) {
		return this.data.open(worker, this.data.client(worker, first, last), this.program.id(), priority);
	}

	@Test
	void theOwnerBringsInAWorkerFromAnotherTeamWhoSeesTheClientUntilTakenOff() throws Exception {
		CaseSummary opened = openFor("worker1", "Amina", "Yusuf", Priority.URGENT);
		UserSummary luis = this.data.user("worker2");
		as("worker2").get("/api/v1/cases/{id}", opened.id()).andExpect(status().isNotFound());

		addMember("worker1", opened, "\"0\"", luis.id(), "SECONDARY_WORKER").andExpect(status().isCreated())
			.andExpect(header().string("Location", endsWith("/api/v1/cases/" + opened.id() + "/team/" + luis.id())))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.careTeam[*].name", contains("Dana Whitfield", "Luis Ortega")))
			.andExpect(jsonPath("$.careTeam[1].role").value("SECONDARY_WORKER"))
			.andExpect(jsonPath("$.teamChanges[0].addedByName").value("Dana Whitfield"));
		as("worker2").get("/api/v1/cases/{id}/team/{user}", opened.id(), luis.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("SECONDARY_WORKER"));
		as("worker2").get("/api/v1/clients/{id}", opened.clientId()).andExpect(status().isOk());
		as("worker2").get("/api/v1/caseload?programId={p}", this.program.id()).andExpect(jsonPath("$.total").value(0));

		as("worker1").postIfMatch("/api/v1/cases/{id}/team/{user}/actions/remove", "\"1\"", """
				{"reason":"Spanish-speaking colleague now on the North team"}""", opened.id(), luis.id())
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.careTeam[*].name", contains("Dana Whitfield")))
			.andExpect(jsonPath("$.teamChanges[0].leftByName").value("Dana Whitfield"))
			.andExpect(
					jsonPath("$.teamChanges[0].leaveReason").value("Spanish-speaking colleague now on the North team"));
		as("worker2").get("/api/v1/cases/{id}", opened.id()).andExpect(status().isNotFound());
		as("worker2").get("/api/v1/clients/{id}", opened.clientId()).andExpect(status().isNotFound());
		as("worker1").get("/api/v1/cases/{id}/team/{user}", opened.id(), luis.id()).andExpect(status().isNotFound());
	}

	@Test
	void aSupervisorOfAnotherTeamOnTheCareTeamManagesTheCase() throws Exception {
		UserSummary south = this.data.colleague("supervisor2", "Ana Souza", Role.SUPERVISOR, "worker2");
		UserSummary kim = this.data.northWorker("worker3", "Kim Andersen");
		CaseSummary opened = openFor("worker1", "Omar", "Haddad", Priority.ROUTINE);

		addMember("supervisor1", opened, "\"0\"", south.id(), "SUPERVISOR").andExpect(status().isCreated());
		addMember("supervisor2", opened, "\"1\"", kim.id(), "SECONDARY_WORKER").andExpect(status().isCreated())
			.andExpect(jsonPath("$.teamChanges[1].addedByName").value("Ana Souza"));
		addMember("worker3", opened, "\"2\"", this.data.user("worker2").id(), "SECONDARY_WORKER")
			.andExpect(status().isForbidden());
		reprioritize("worker3", opened, "\"2\"", """
				{"priority":"URGENT","reason":"Lost job"}""").andExpect(status().isForbidden());
		as("worker1").get("/api/v1/cases/{id}", opened.id())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.priority").value("ROUTINE"))
			.andExpect(jsonPath("$.careTeam[*].role", contains("PRIMARY_WORKER", "SUPERVISOR", "SECONDARY_WORKER")));
	}

	@Test
	void careTeamChangesAreCheckedAndRefusalsChangeNothing() throws Exception {
		CaseSummary opened = openFor("worker1", "Sofia", "Marin", Priority.ROUTINE);
		UUID worker1 = this.data.user("worker1").id();
		UUID worker2 = this.data.user("worker2").id();

		addMember("worker1", opened, "\"0\"", worker2, "PRIMARY_WORKER").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("role")));
		addMember("worker1", opened, "\"0\"", this.data.user("padmin").id(), "SECONDARY_WORKER")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("userId"))
			.andExpect(jsonPath("$.errors[0].message").value("must be an active case worker of the agency"));
		addMember("worker1", opened, "\"0\"", worker2, "SUPERVISOR").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("must be an active supervisor of the agency"));
		addMember("worker1", opened, "\"0\"", worker1, "SECONDARY_WORKER").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("is on the care team already"));
		addMember("worker1", opened, "\"0\"", worker2, "COOK").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		addMember("worker1", opened, null, worker2, "SECONDARY_WORKER").andExpect(status().isPreconditionRequired());
		addMember("worker1", opened, "\"5\"", worker2, "SECONDARY_WORKER").andExpect(status().isPreconditionFailed());
		addMember("worker2", opened, "\"0\"", worker2, "SECONDARY_WORKER").andExpect(status().isNotFound());

		as("worker1").postIfMatch("/api/v1/cases/{id}/team/{user}/actions/remove", "\"0\"", """
				{"reason":"Going on leave"}""", opened.id(), worker1)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(
					"The primary worker leaves the care team only when a supervisor transfers the case to another worker."));
		as("worker1").postIfMatch("/api/v1/cases/{id}/team/{user}/actions/remove", "\"0\"", """
				{"reason":"Not on it"}""", opened.id(), worker2).andExpect(status().isNotFound());
		addMember("worker1", opened, "\"0\"", worker2, "SECONDARY_WORKER").andExpect(status().isCreated());
		as("worker1").postIfMatch("/api/v1/cases/{id}/team/{user}/actions/remove", "\"1\"", """
				{"reason":"  "}""", opened.id(), worker2)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		as("worker1").get("/api/v1/cases/{id}", opened.id())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.careTeam.length()").value(2));
	}

	@Test
	void aRaisedPriorityMovesTheCaseUpTheCaseloadAndStaysInItsHistory() throws Exception {
		CaseSummary urgent = openFor("worker1", "Bea", "Urgent", Priority.URGENT);
		CaseSummary routine = openFor("worker1", "Carlos", "Routine", Priority.ROUTINE);
		this.data.quietFor(urgent.id(), 3);
		this.data.quietFor(routine.id(), 10);
		as("worker1").get("/api/v1/caseload?programId={p}", this.program.id())
			.andExpect(jsonPath("$.items[*].id", contains(urgent.id().toString(), routine.id().toString())));

		reprioritize("worker1", routine, "\"0\"", """
				{"priority":"URGENT","intensityCode":"LOW","reason":"Eviction notice received on Friday"}""")
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.priority").value("URGENT"))
			.andExpect(jsonPath("$.intensityCode").value("LOW"))
			.andExpect(jsonPath("$.priorityChanges[0].priorityFrom").value("ROUTINE"))
			.andExpect(jsonPath("$.priorityChanges[0].priorityTo").value("URGENT"))
			.andExpect(jsonPath("$.priorityChanges[0].intensityFrom").value("HIGH"))
			.andExpect(jsonPath("$.priorityChanges[0].intensityTo").value("LOW"))
			.andExpect(jsonPath("$.priorityChanges[0].changedByName").value("Dana Whitfield"))
			.andExpect(jsonPath("$.priorityChanges[0].reason").value("Eviction notice received on Friday"));

		as("worker1").get("/api/v1/caseload?programId={p}", this.program.id())
			.andExpect(jsonPath("$.items[*].id", contains(routine.id().toString(), urgent.id().toString())));
		assertThat(this.events.stream(CasePriorityChanged.class)).singleElement()
			.satisfies(e -> assertThat(e.to()).isEqualTo(Priority.URGENT));
		reprioritize("supervisor1", routine, "\"1\"", """
				{"priority":"EMERGENCY","reason":"Landlord changed the locks"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.intensityCode").value("LOW"))
			.andExpect(jsonPath("$.priorityChanges.length()").value(2));
	}

	@Test
	void aChangeOfPriorityNamesWhatIsWrong() throws Exception {
		CaseSummary opened = openFor("worker1", "Dalia", "Nasser", Priority.ROUTINE);
		reprioritize("worker1", opened, "\"0\"", """
				{"priority":"ROUTINE","intensityCode":"HIGH","reason":"Checked"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("priority"));
		reprioritize("worker1", opened, "\"0\"", """
				{"priority":"URGENT","intensityCode":"EXTREME","reason":"Worse"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("intensityCode"))
			.andExpect(jsonPath("$.errors[0].message").value("is not an intensity level of the program (HIGH, LOW)"));
		reprioritize("worker1", opened, "\"0\"", """
				{"reason":""}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("priority", "reason")));
		reprioritize("worker1", opened, "\"0\"", """
				{"priority":"SOON","reason":"Worse"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("priority"));
		reprioritize("worker1", opened, "\"3\"", """
				{"priority":"URGENT","reason":"Worse"}""").andExpect(status().isPreconditionFailed());
		reprioritize("worker2", opened, "\"0\"", """
				{"priority":"URGENT","reason":"Worse"}""").andExpect(status().isNotFound());
		as("worker1").get("/api/v1/cases/{id}", opened.id())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.priority").value("ROUTINE"))
			.andExpect(jsonPath("$.priorityChanges").isEmpty());
	}

	private ResultActions addMember(String caller, CaseSummary c, String etag, UUID user, String role)
			throws Exception {
		return as(caller).postIfMatch("/api/v1/cases/{id}/team", etag, """
				{"userId":"%s","role":"%s"}""".formatted(user, role), c.id());
	}

	private ResultActions reprioritize(String caller, CaseSummary c, String etag, String json) throws Exception {
		return as(caller).postIfMatch("/api/v1/cases/{id}/actions/reprioritize", etag, json, c.id());
	}

}
