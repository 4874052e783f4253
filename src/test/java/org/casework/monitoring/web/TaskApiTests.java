package org.casework.monitoring.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.casework.cases.CaseSummary;
import org.casework.monitoring.MonitoringRules;
import org.casework.monitoring.MonitoringTestData;
import org.casework.shared.Priority;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.casework.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work queue through the API: tasks written by hand, done or dismissed with a reason,
 * seen only by their owner and the owner's supervisor, listed overdue first, then by the
 * priority of the case and the due day; the caseload's next due item; the supervisor's
 * review queue.
 */
@ApiTest
class TaskApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MonitoringRules rules;

	@Autowired
	JdbcClient jdbc;

	MonitoringTestData data;

	LocalDate today = MonitoringTestData.today();

	@BeforeEach
	void setUp() {
		this.data = new MonitoringTestData(this.context);
	}

	Api as(String user) {
		return Api.as(this.mvc, user);
	}

	@Test
	void aWorkerWritesATaskMarksItDoneAndDismissesAnotherWithAReason() throws Exception {
		CaseSummary c = this.data.openCase("worker1", "Hana", "Manual", Priority.ROUTINE, 3, 1);
		MvcResult created = as("worker1")
			.post("/api/v1/tasks",
					"""
							{"title": "Call the landlord about the repairs", "dueOn": "%s", "caseId": "%s"}"""
						.formatted(this.today.plusDays(1), c.id()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/tasks/")))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.kind").value("MANUAL"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.caseNumber").value(c.number()))
			.andExpect(jsonPath("$.ownerName").value("Dana Whitfield"))
			.andReturn();
		String id = JsonPath.read(created.getResponse().getContentAsString(), "$.id");

		as("worker1").postIfMatch("/api/v1/tasks/{id}/actions/done", "\"7\"", "{}", id)
			.andExpect(status().isPreconditionFailed());
		as("worker1").postIfMatch("/api/v1/tasks/{id}/actions/done", "\"0\"", """
				{"note": "Repairs booked for Monday"}""", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.closedNote").value("Repairs booked for Monday"));
		as("worker1").post("/api/v1/tasks/{id}/actions/done", "{}", id).andExpect(status().isConflict());

		String other = JsonPath.read(as("worker1").post("/api/v1/tasks", """
				{"title": "Ask about the school transport", "dueOn": "%s"}""".formatted(this.today))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		as("worker1").post("/api/v1/tasks/{id}/actions/dismiss", """
				{"reason": " "}""", other)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		as("worker1").get("/api/v1/tasks/{id}", other).andExpect(jsonPath("$.status").value("OPEN"));
		as("worker1").post("/api/v1/tasks/{id}/actions/dismiss", """
				{"reason": "The school arranged it already"}""", other)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISMISSED"))
			.andExpect(jsonPath("$.closedNote").value("The school arranged it already"));
		as("worker1").get("/api/v1/tasks/{id}", other).andExpect(status().isOk());
	}

	@Test
	void badInputNamesTheFieldAndAnotherTeamsCaseIsNotFound() throws Exception {
		as("worker1").post("/api/v1/tasks", """
				{"dueOn": "%s"}""".formatted(this.today))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("title")));
		as("worker1").post("/api/v1/tasks", """
				{"title": "Too late", "dueOn": "%s"}""".formatted(this.today.minusDays(2)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("dueOn")));
		UUID worker2 = this.data.cases().user("worker2").id();
		as("worker1").post("/api/v1/tasks", """
				{"title": "For someone else", "dueOn": "%s", "ownerId": "%s"}""".formatted(this.today, worker2))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", contains("ownerId")));
		CaseSummary south = this.data.openCase("worker2", "Sofia", "South", Priority.ROUTINE, 3, 1);
		as("worker1").post("/api/v1/tasks", """
				{"title": "Not my case", "dueOn": "%s", "caseId": "%s"}""".formatted(this.today, south.id()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTaskIsSeenByItsOwnerAndTheirSupervisorOnlyAnotherTeamsWorkerGets404() throws Exception {
		String id = JsonPath.read(as("worker1").post("/api/v1/tasks", """
				{"title": "Visit on Friday", "dueOn": "%s"}""".formatted(this.today.plusDays(2)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		as("worker2").get("/api/v1/tasks/{id}", id).andExpect(status().isNotFound());
		as("worker2").post("/api/v1/tasks/{id}/actions/done", "{}", id).andExpect(status().isNotFound());
		as("worker2").post("/api/v1/tasks/{id}/actions/dismiss", """
				{"reason": "Not mine"}""", id).andExpect(status().isNotFound());
		as("supervisor1").get("/api/v1/tasks/{id}", id).andExpect(status().isOk());
		as("worker1").get("/api/v1/tasks/{id}", UUID.randomUUID()).andExpect(status().isNotFound());
	}

	@Test
	void theQueueListsOverdueFirstThenByPriorityOfTheCaseThenByDueDayAndFiltersByDue() throws Exception {
		this.data.cases().northWorker("queue1", "Quinn Ward");
		CaseSummary routine = this.data.openCase("queue1", "Rita", "Routine", Priority.ROUTINE, 1, 0);
		CaseSummary urgent = this.data.openCase("queue1", "Uma", "Urgent", Priority.URGENT, 1, 0);
		CaseSummary emergency = this.data.openCase("queue1", "Eli", "Emergency", Priority.EMERGENCY, 1, 0);
		task("queue1", "today-routine", this.today, routine.id());
		task("queue1", "tomorrow-emergency", this.today.plusDays(1), emergency.id());
		overdue(task("queue1", "overdue-routine", this.today, routine.id()), 3);
		task("queue1", "later-no-case", this.today.plusDays(10), null);
		overdue(task("queue1", "overdue-urgent", this.today, urgent.id()), 1);

		as("queue1").get("/api/v1/tasks")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.items[*].title",
					contains("overdue-urgent", "overdue-routine", "tomorrow-emergency", "today-routine",
							"later-no-case")))
			.andExpect(jsonPath("$.items[0].overdue").value(true))
			.andExpect(jsonPath("$.items[2].overdue").value(false));
		as("queue1").get("/api/v1/tasks?due=overdue")
			.andExpect(jsonPath("$.items[*].title", contains("overdue-urgent", "overdue-routine")));
		as("queue1").get("/api/v1/tasks?due=today").andExpect(jsonPath("$.items[*].title", contains("today-routine")));
		as("queue1").get("/api/v1/tasks?due=week")
			.andExpect(jsonPath("$.items[*].title", contains("tomorrow-emergency", "today-routine")));
		as("queue1").get("/api/v1/tasks?due=soon")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("due"));
		as("queue1").get("/api/v1/tasks?size=2&page=1")
			.andExpect(jsonPath("$.items[*].title", contains("tomorrow-emergency", "today-routine")));

		// a task on the case for someone else (as a plan's approval is the supervisor's)
		// is
		// not the worker's next step, however overdue
		UUID supervisors = task("queue1", "supervisors-approval", this.today, urgent.id());
		this.jdbc
			.sql("UPDATE task SET owner_id = (SELECT id FROM app_user WHERE username = 'supervisor1') WHERE id = ?")
			.param(supervisors)
			.update();
		overdue(supervisors, 5);
		as("queue1").get("/api/v1/caseload")
			.andExpect(jsonPath("$.items[?(@.number == '%s')].nextDue.title".formatted(urgent.number()),
					contains("overdue-urgent")))
			.andExpect(jsonPath("$.items[?(@.number == '%s')].nextDue.overdue".formatted(urgent.number()),
					contains(true)));
	}

	/**
	 * A rule's task keeps its wording's message and values: the API gives the English
	 * title with them, and the work queue and caseload show it in the reader's language,
	 * days written the way the language writes them.
	 */
	@Test
	void aRuleTaskReadsInEachReadersLanguage() throws Exception {
		this.data.cases().northWorker("lang1", "Lucia Varela");
		CaseSummary quiet = this.data.openCase("lang1", "Tomasa", "Quiet", Priority.URGENT, 20, 12);
		this.rules.evaluateCases(List.of(quiet.id()));
		LocalDate since = this.today.minusDays(12);

		as("lang1").get("/api/v1/tasks")
			.andExpect(jsonPath("$.items[?(@.kind == 'NO_CONTACT')].title",
					contains("No contact since "
							+ DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).format(since)
							+ ": contact the client (at least every 7 days at High intensity)")))
			.andExpect(jsonPath("$.items[?(@.kind == 'NO_CONTACT')].wording.key", contains("task.title.NO_CONTACT")))
			.andExpect(jsonPath("$.items[?(@.kind == 'NO_CONTACT')].wording.args[0]", contains(since.toString())));
		String spanish = "Sin contacto desde el "
				+ DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("es")).format(since)
				+ ": contacte al cliente (al menos cada 7 días con intensidad High)";
		this.mvc.perform(get("/").param("lang", "es").with(httpBasic("lang1", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(spanish)));
		// the case's next due item on the caseload: the first assessment, due before the
		// contact
		this.mvc.perform(get("/cases").param("lang", "es").with(httpBasic("lang1", TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Completar la primera evaluación")));
	}

	@Test
	void theSupervisorsReviewQueueShowsCasesWithNoContactAndEachWorkersOverdueTasks() throws Exception {
		CaseSummary quiet = this.data.openCase("worker1", "Vera", "Review", Priority.URGENT, 30, 12);
		this.rules.evaluate();
		overdue(task("worker1", "overdue for the review", this.today, null), 2);

		as("supervisor1").get("/api/v1/review-queue")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noContact[*].caseNumber", hasItem(quiet.number())))
			.andExpect(jsonPath("$.workers[*].name", hasItem("Dana Whitfield")))
			.andExpect(jsonPath("$.workers[?(@.name == 'Dana Whitfield')].overdue", contains((int) (long) this.jdbc.sql(
					"SELECT count(*) FROM task t JOIN app_user u ON u.id = t.owner_id WHERE u.username = 'worker1' AND t.status = 'OPEN' AND t.due_on < ?")
				.param(this.today)
				.query(Long.class)
				.single())))
			.andExpect(jsonPath("$.plansAwaitingApproval").isArray())
			.andExpect(jsonPath("$.crisis").isArray());
		as("worker1").get("/api/v1/review-queue").andExpect(status().isForbidden());
	}

	/** A task the user writes by hand. */
	private UUID task(String user, String title, LocalDate due, UUID caseId) throws Exception {
		String body = caseId == null ? """
				{"title": "%s", "dueOn": "%s"}""".formatted(title, due) : """
				{"title": "%s", "dueOn": "%s", "caseId": "%s"}""".formatted(title, due, caseId);
		return UUID.fromString(JsonPath.read(as(user).post("/api/v1/tasks", body)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id"));
	}

	/** The task fell due days ago. */
	private void overdue(UUID taskId, int days) {
		this.jdbc.sql("UPDATE task SET due_on = ? WHERE id = ?").params(this.today.minusDays(days), taskId).update();
	}

}
