package org.casework.cases.web;

import java.time.Year;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.casework.audit.AuditTrail;
import org.casework.cases.CaseOpened;
import org.casework.cases.CaseSummary;
import org.casework.cases.CaseTestData;
import org.casework.cases.CaseTransferred;
import org.casework.cases.OpenCase;
import org.casework.identity.UserSummary;
import org.casework.programs.ProgramView;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Priority;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
@RecordApplicationEvents
class CaseApiTests {

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

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
	void anEnrollmentOpensANumberedCaseOwnedByTheWorkerInTheAssessmentStage() throws Exception {
		CaseSummary opened = openFor("worker1", "Rosa", "Delgado", Priority.URGENT);
		CaseSummary next = openFor("worker1", "Tomas", "Delgado", Priority.ROUTINE);

		assertThat(opened.number()).matches("C-" + Year.now() + "-\\d{6}");
		assertThat(Integer.parseInt(next.number().substring(7)))
			.isEqualTo(Integer.parseInt(opened.number().substring(7)) + 1);
		assertThat(this.events.stream(CaseOpened.class).map(CaseOpened::caseId)).contains(opened.id(), next.id());
		as("worker1").get("/api/v1/cases/{id}", opened.id())
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.number").value(opened.number()))
			.andExpect(jsonPath("$.clientName").value("Rosa Delgado"))
			.andExpect(jsonPath("$.programName").value(this.program.name()))
			.andExpect(jsonPath("$.ownerName").value("Dana Whitfield"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.stage").value("ASSESSMENT"))
			.andExpect(jsonPath("$.priority").value("URGENT"))
			.andExpect(jsonPath("$.intensityCode").value("HIGH"))
			.andExpect(jsonPath("$.intakeId").isNotEmpty())
			.andExpect(jsonPath("$.client.preferredLanguage").value("es"))
			.andExpect(jsonPath("$.careTeam[0].name").value("Dana Whitfield"))
			.andExpect(jsonPath("$.careTeam[0].role").value("PRIMARY_WORKER"))
			.andExpect(jsonPath("$.transfers").isEmpty());
		this.auditTrail.seal();
		long audited = this.jdbc.sql(
				"SELECT count(*) FROM audit_event WHERE subject_type = 'Case' AND subject_id = ? AND action IN ('CREATE', 'READ')")
			.param(opened.id().toString())
			.query(Long.class)
			.single();
		assertThat(audited).isEqualTo(2);
		as("worker1").get("/api/v1/cases?owner=me&status=OPEN&programId={p}", this.program.id())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].id").value(next.id().toString()));
	}

	@Test
	void anOpeningIsCheckedBeforeAnythingIsSaved() {
		UUID client = this.data.client("worker1", "Ines", "Carvalho");
		UUID worker1 = this.data.user("worker1").id();
		assertThatThrownBy(() -> this.data.open("worker1",
				new OpenCase(client, this.program.id(), this.data.user("padmin").id(), Priority.URGENT, "MEDIUM",
						null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
						.containsExactlyInAnyOrder("intensityCode", "ownerId"));
		assertThatThrownBy(() -> this.data.open("worker1", new OpenCase(client, null, worker1, null, null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
						.containsExactlyInAnyOrder("programId", "priority"));
		assertThatThrownBy(() -> this.data.open("worker2",
				new OpenCase(client, this.program.id(), this.data.user("worker2").id(), Priority.URGENT, null, null)))
			.isInstanceOf(NotFoundException.class);
		this.data.open("worker1", client, this.program.id(), Priority.ROUTINE);
		assertThatThrownBy(() -> this.data.open("worker1", client, this.program.id(), Priority.URGENT))
			.isInstanceOf(DomainRuleException.class)
			.hasMessageContaining("open case");
		assertThat(this.jdbc.sql("SELECT count(*) FROM client_case WHERE client_id = ?")
			.param(client)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theCaseloadPutsTheMostUrgentFirstThenTheLongestWithoutActivity() throws Exception {
		CaseSummary routine = openFor("worker1", "Aaron", "Routine", Priority.ROUTINE);
		CaseSummary urgentRecent = openFor("worker1", "Bella", "Recent", Priority.URGENT);
		CaseSummary urgentQuiet = openFor("worker1", "Carl", "Quiet", Priority.URGENT);
		CaseSummary emergency = openFor("worker1", "Dora", "Crisis", Priority.EMERGENCY);
		this.data.quietFor(routine.id(), 40);
		this.data.quietFor(urgentRecent.id(), 2);
		this.data.quietFor(urgentQuiet.id(), 9);

		as("worker1").get("/api/v1/caseload?programId={p}", this.program.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.items[*].id",
					contains(emergency.id().toString(), urgentQuiet.id().toString(), urgentRecent.id().toString(),
							routine.id().toString())))
			.andExpect(jsonPath("$.items[0].daysSinceLastActivity").value(0))
			.andExpect(jsonPath("$.items[1].daysSinceLastActivity").value(9))
			.andExpect(jsonPath("$.items[3].daysSinceLastActivity").value(40))
			.andExpect(jsonPath("$.items[1].clientName").value("Carl Quiet"))
			.andExpect(jsonPath("$.items[1].stage").value("ASSESSMENT"));
		as("worker1").get("/api/v1/caseload?programId={p}&priority=URGENT", this.program.id())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].id").value(urgentQuiet.id().toString()));
		as("worker2").get("/api/v1/caseload?programId={p}", this.program.id()).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anotherTeamsWorkerCannotSeeTheCaseExactlyAsIfItDidNotExist() throws Exception {
		CaseSummary opened = openFor("worker1", "Hana", "Novak", Priority.URGENT);
		MvcResult outOfScope = as("worker2").get("/api/v1/cases/{id}", opened.id())
			.andExpect(status().isNotFound())
			.andReturn();
		UUID missing = UUID.randomUUID();
		MvcResult unknown = as("worker2").get("/api/v1/cases/{id}", missing)
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(outOfScope.getResponse().getContentAsString().replace(opened.id().toString(), "ID"))
			.isEqualTo(unknown.getResponse().getContentAsString().replace(missing.toString(), "ID"));
		as("worker2").get("/api/v1/cases?programId={p}", this.program.id()).andExpect(jsonPath("$.total").value(0));
		as("supervisor1").get("/api/v1/cases/{id}", opened.id()).andExpect(status().isOk());
		as("supervisor1").get("/api/v1/cases?programId={p}", this.program.id())
			.andExpect(jsonPath("$.items[*].id", hasItem(opened.id().toString())));
	}

	@Test
	void aSupervisorTransfersACaseAndTheClientMovesWithIt() throws Exception {
		UserSummary kim = this.data.northWorker("worker3", "Kim Andersen");
		CaseSummary opened = openFor("worker1", "Mirela", "Popescu", Priority.URGENT);
		String etag = as("supervisor1").get("/api/v1/cases/{id}", opened.id())
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		as("supervisor1")
			.postIfMatch("/api/v1/cases/{id}/actions/transfer", etag, """
					{"newOwnerId":"%s","reason":"Dana is on leave for three months",
					 "handoffNote":"Rent arrears hearing on Friday; Mirela prefers texts."}""".formatted(kim.id()),
					opened.id())
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.ownerName").value("Kim Andersen"));

		as("worker3").get("/api/v1/cases/{id}", opened.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerId").value(kim.id().toString()))
			.andExpect(jsonPath("$.careTeam.length()").value(1))
			.andExpect(jsonPath("$.careTeam[0].name").value("Kim Andersen"))
			.andExpect(jsonPath("$.careTeam[0].role").value("PRIMARY_WORKER"))
			.andExpect(jsonPath("$.transfers[0].fromOwnerName").value("Dana Whitfield"))
			.andExpect(jsonPath("$.transfers[0].toOwnerName").value("Kim Andersen"))
			.andExpect(jsonPath("$.transfers[0].transferredByName").value("Grace Okafor"))
			.andExpect(jsonPath("$.transfers[0].reason").value("Dana is on leave for three months"))
			.andExpect(jsonPath("$.transfers[0].handoffNote")
				.value("Rent arrears hearing on Friday; Mirela prefers texts."));
		as("worker3").get("/api/v1/caseload?programId={p}", this.program.id())
			.andExpect(jsonPath("$.items[0].id").value(opened.id().toString()));
		as("worker3").get("/api/v1/clients/{id}", opened.clientId()).andExpect(status().isOk());
		as("worker1").get("/api/v1/cases/{id}", opened.id()).andExpect(status().isNotFound());
		as("worker1").get("/api/v1/clients/{id}", opened.clientId()).andExpect(status().isNotFound());
		as("worker1").get("/api/v1/caseload?programId={p}", this.program.id()).andExpect(jsonPath("$.total").value(0));
		as("supervisor1").get("/api/v1/cases/{id}", opened.id()).andExpect(status().isOk());
		assertThat(this.events.stream(CaseTransferred.class)).containsExactly(new CaseTransferred(opened.id(),
				opened.clientId(), opened.ownerId(), kim.id(), this.data.user("supervisor1").id(),
				this.events.stream(CaseTransferred.class).findFirst().orElseThrow().transferredAt()));
	}

	@Test
	void aWorkerWhoStillWorksOnAnotherCaseOfTheClientKeepsSeeingThem() throws Exception {
		UserSummary kim = this.data.northWorker("worker3", "Kim Andersen");
		UUID client = this.data.client("worker1", "Joaquim", "Souza");
		CaseSummary housing = this.data.open("worker1", client, this.program.id(), Priority.ROUTINE);
		ProgramView employment = this.data.program("Employment");
		CaseSummary jobs = this.data.open("worker1", client, employment.id(), Priority.ROUTINE);
		transfer("supervisor1", housing, "\"0\"", kim.id()).andExpect(status().isOk());
		as("worker1").get("/api/v1/cases/{id}", jobs.id()).andExpect(status().isOk());
		as("worker1").get("/api/v1/cases/{id}", housing.id()).andExpect(status().isOk());
		as("worker1").get("/api/v1/caseload?programId={p}", this.program.id()).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void onlyTheSupervisorOfTheTeamTransfersACase() throws Exception {
		UserSummary kim = this.data.northWorker("worker3", "Kim Andersen");
		CaseSummary opened = openFor("worker1", "Petra", "Horvat", Priority.ROUTINE);
		transfer("worker1", opened, "\"0\"", kim.id()).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		transfer("worker2", opened, "\"0\"", kim.id()).andExpect(status().isForbidden());
		as("worker1").get("/api/v1/cases/{id}", opened.id()).andExpect(jsonPath("$.ownerName").value("Dana Whitfield"));
	}

	@Test
	void aTransferNeedsTheCurrentVersion() throws Exception {
		UserSummary kim = this.data.northWorker("worker3", "Kim Andersen");
		CaseSummary opened = openFor("worker1", "Yusuf", "Demir", Priority.ROUTINE);
		transfer("supervisor1", opened, null, kim.id()).andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.status").value(428));
		transfer("supervisor1", opened, "\"7\"", kim.id()).andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.status").value(412));
		as("worker1").get("/api/v1/cases/{id}", opened.id())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.ownerName").value("Dana Whitfield"));
	}

	@Test
	void badInputNamesTheFieldAndChangesNothing() throws Exception {
		CaseSummary opened = openFor("worker1", "Lena", "Vogel", Priority.ROUTINE);
		as("supervisor1").postIfMatch("/api/v1/cases/{id}/actions/transfer", "\"0\"", """
				{"newOwnerId":"%s","reason":" ","handoffNote":""}""".formatted(UUID.randomUUID()), opened.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://casework.org/problems/validation"))
			.andExpect(jsonPath("$.errors[*].field", contains("newOwnerId", "reason", "handoffNote")))
			.andExpect(jsonPath("$.errors[0].message").value("must be an active case worker of the agency"));
		as("supervisor1")
			.postIfMatch("/api/v1/cases/{id}/actions/transfer", "\"0\"",
					"""
							{"newOwnerId":"%s","reason":"Balance","handoffNote":"Note"}"""
						.formatted(this.data.user("padmin").id()),
					opened.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newOwnerId"));
		as("supervisor1").postIfMatch("/api/v1/cases/{id}/actions/transfer", "\"0\"", """
				{"newOwnerId":"not-an-id","reason":"Balance","handoffNote":"Note"}""", opened.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newOwnerId"));
		as("supervisor1").postIfMatch("/api/v1/cases/{id}/actions/transfer", "\"0\"", """
				{"newOwner":"x","reason":"Balance","handoffNote":"Note"}""", opened.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newOwner"));
		as("worker1").get("/api/v1/cases?status=SHUT")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		as("worker1").get("/api/v1/cases?owner=someone")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("owner"));
		as("worker1").get("/api/v1/caseload?priority=HIGH")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("priority"));
		as("worker1").get("/api/v1/cases/{id}", opened.id())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.transfers").isEmpty());
	}

	@Test
	void theTeamViewCountsEachWorkersOpenCasesAndFlagsAnUnsafeLoad() throws Exception {
		UserSummary busy = this.data.northWorker("worker4", "Sam Busy");
		String before = as("supervisor1").get("/api/v1/caseload/team")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		int safe = JsonPath.read(before, "$.safeCaseload");
		assertThat(safe).isEqualTo(25);
		List<Integer> openBefore = JsonPath.read(before, "$.workers[?(@.name=='Sam Busy')].openCases");
		assertThat(openBefore).as("a new worker is on the team view with no cases").containsExactly(0);
		int already = openBefore.get(0);
		for (int i = already; i <= safe; i++) {
			Priority priority = i == already ? Priority.EMERGENCY
					: i == already + 1 ? Priority.URGENT : Priority.ROUTINE;
			this.data.open("worker4", this.data.client("worker4", "Client", "Load" + (char) ('a' + i)),
					this.program.id(), priority);
		}
		String sam = "$.workers[?(@.name=='Sam Busy')].";
		as("supervisor1").get("/api/v1/caseload/team")
			.andExpect(jsonPath(sam + "userId", contains(busy.id().toString())))
			.andExpect(jsonPath(sam + "openCases", contains(safe + 1)))
			.andExpect(jsonPath(sam + "emergency",
					contains(JsonPath.<List<Integer>>read(before, sam + "emergency").get(0) + 1)))
			.andExpect(
					jsonPath(sam + "urgent", contains(JsonPath.<List<Integer>>read(before, sam + "urgent").get(0) + 1)))
			.andExpect(jsonPath(sam + "overSafeCaseload", contains(true)))
			.andExpect(jsonPath("$.workers[?(@.name=='Dana Whitfield')].overSafeCaseload", contains(false)))
			.andExpect(jsonPath("$.workers[*].name", not(hasItem("Luis Ortega"))))
			.andExpect(jsonPath("$.workers[*].name", not(hasItem("Grace Okafor"))));
		as("worker1").get("/api/v1/caseload/team").andExpect(status().isForbidden());
	}

	@Test
	void theOpenApiDocumentDescribesCasesAndCaseloads() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/v1/cases'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases/{id}/actions/transfer'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/caseload'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/caseload/team'].get").exists())
			.andExpect(jsonPath("$.components.schemas.TransferCase.properties.handoffNote").exists());
	}

	private ResultActions transfer(String caller, CaseSummary c, String etag, UUID to) throws Exception {
		return as(caller).postIfMatch("/api/v1/cases/{id}/actions/transfer", etag, """
				{"newOwnerId":"%s","reason":"Balance","handoffNote":"Nothing urgent."}""".formatted(to), c.id());
	}

}
