package org.casework.notes.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.casework.careplans.CarePlanTestData;
import org.casework.careplans.CarePlanView;
import org.casework.cases.CaseSummary;
import org.casework.cases.CaseTestData;
import org.casework.clients.ClientCrisis;
import org.casework.identity.UserContext;
import org.casework.monitoring.MonitoringRules;
import org.casework.monitoring.MonitoringTestData;
import org.casework.monitoring.TaskKind;
import org.casework.notes.ContactMethod;
import org.casework.notes.ContactNotes;
import org.casework.notes.NoteInput;
import org.casework.notes.NoteView;
import org.casework.notes.Notes;
import org.casework.notes.SignNote;
import org.casework.notes.NoteSigned;
import org.casework.notes.NoteVoided;
import org.casework.programs.ProgramView;
import org.casework.programs.WordList;
import org.casework.programs.WordLists;
import org.casework.shared.PageRequest;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A worker documents contacts through the API: drafts checked for the required elements
 * and judgmental wording, signed notes that never change and are corrected by addenda,
 * late entries, crisis flags, search, monthly summaries and staffings; bad input, scope
 * and concurrent edits are refused.
 */
@ApiTest
@RecordApplicationEvents
class NoteApiTests {

	static final String NOTES = "/api/v1/cases/{id}/notes";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	@Autowired
	WordLists wordLists;

	@Autowired
	UserContext users;

	@Autowired
	ClientCrisis crises;

	@Autowired
	ContactNotes contactNotes;

	@Autowired
	Notes notes;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MonitoringRules rules;

	CaseTestData data;

	ProgramView program;

	@BeforeEach
	void setUp() {
		this.data = new CaseTestData(this.context);
		this.program = this.data.program("Notes");
	}

	Api as(String user) {
		return Api.as(this.mvc, user);
	}

	CaseSummary openCase(String first, String last) {
		UUID client = this.data.client("worker1", first, last);
		return this.data.open("worker1", client, this.program.id(), Priority.ROUTINE);
	}

	static String ago(Duration duration) {
		return Instant.now().minus(duration).toString();
	}

	static String completeVisit(String contactAt, String observations) {
		return """
				{"method": "HOME_VISIT", "contactAt": "%s", "location": "Client's apartment, 4B",
				 "participants": ["Client", "Client's sister, Ana"], "topics": "Rent arrears; the heating",
				 "clientStatements": ["I paid half the rent on Friday."], "observations": "%s",
				 "services": "Gave the number of the utility assistance line.",
				 "nextContactPlan": "Phone call after the landlord answers", "nextContactOn": "%s"}"""
			.formatted(contactAt, observations, LocalDate.now().plusDays(7));
	}

	MvcResult create(CaseSummary c, String body) throws Exception {
		return as("worker1").post(NOTES, body, c.id())
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/cases/" + c.id() + "/notes/")))
			.andReturn();
	}

	static String read(MvcResult result, String path) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(), path).toString();
	}

	static String etag(MvcResult result) {
		return result.getResponse().getHeader("ETag");
	}

	ResultActions sign(CaseSummary c, String id, String etag, String body) throws Exception {
		return as("worker1").postIfMatch(NOTES + "/{n}/actions/sign", etag, body, c.id(), id);
	}

	@Test
	void aNoteIsCheckedBeforeSigningAndNeverChangesAfterwardsOnlyAddenda() throws Exception {
		CaseSummary c = openCase("Lena", "Okafor");
		MvcResult draft = create(c, """
				{"method": "HOME_VISIT", "contactAt": "%s"}""".formatted(ago(Duration.ofHours(1))));
		String id = read(draft, "$.id");
		as("worker1").get(NOTES + "/{n}", c.id(), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signedAt").doesNotExist())
			.andExpect(jsonPath("$.lateEntry").value(false))
			.andExpect(jsonPath("$.check.missing", contains("PARTICIPANTS", "LOCATION", "TOPICS", "OBSERVATIONS",
					"NEXT_CONTACT_PLAN", "NEXT_CONTACT_DATE")));
		sign(c, id, etag(draft), "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("The note cannot be signed: 6 elements are missing"))
			.andExpect(jsonPath("$.reasons", hasSize(6)))
			.andExpect(jsonPath("$.reasons", hasItem("location: where the contact took place is missing")))
			.andExpect(jsonPath("$.reasons", hasItem("nextContactOn: the date of the next contact is missing")));

		MvcResult saved = as("worker1")
			.put(NOTES + "/{n}", etag(draft), completeVisit(ago(Duration.ofHours(1)), "Client was manic."), c.id(), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.check.missing", hasSize(0)))
			.andExpect(jsonPath("$.check.judgments[0].field").value("observations"))
			.andExpect(jsonPath("$.check.judgments[0].phrase").value("manic"))
			.andExpect(jsonPath("$.check.judgments[0].suggestion", startsWith("Describe what you saw and heard")))
			.andReturn();
		sign(c, id, etag(saved), "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0]", startsWith("observations: \"manic\" — Describe what you saw")));
		MvcResult signed = sign(c, id, etag(saved), """
				{"overrideReason": "The psychiatrist's words at the visit, quoted to the team."}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signedAt").exists())
			.andExpect(
					jsonPath("$.judgmentOverride").value("The psychiatrist's words at the visit, quoted to the team."))
			.andExpect(jsonPath("$.keptPhrases", contains("manic")))
			.andReturn();
		assertThat(this.events.stream(NoteSigned.class).filter(e -> e.noteId().toString().equals(id))).singleElement()
			.satisfies(e -> {
				assertThat(e.caseId()).isEqualTo(c.id());
				assertThat(e.clientId()).isEqualTo(c.clientId());
				assertThat(e.clientContact()).isTrue();
			});

		as("worker1")
			.put(NOTES + "/{n}", etag(signed), completeVisit(ago(Duration.ofHours(1)), "Rewritten."), c.id(), id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("add an addendum")));
		sign(c, id, etag(signed), "{}").andExpect(status().isConflict());

		as("worker1").post(NOTES + "/{n}/addenda", """
				{"text": "Ana is the client's cousin, not her sister.", "reason": "Correction"}""", c.id(), id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.observations").value("Client was manic."))
			.andExpect(jsonPath("$.addenda[0].text").value("Ana is the client's cousin, not her sister."))
			.andExpect(jsonPath("$.addenda[0].authorName").value("Dana Whitfield"))
			.andExpect(jsonPath("$.addenda[0].signedAt").exists());
		as("worker1").post(NOTES + "/{n}/addenda", """
				{"text": "She seemed hysterical on the stairs."}""", c.id(), id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons[0]", startsWith("text: \"hysterical\"")));
		as("worker1").post(NOTES + "/{n}/addenda", "{}", c.id(), id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("text"));

		MvcResult other = create(c, "{\"method\": \"PHONE\"}");
		as("worker1").post(NOTES + "/{n}/addenda", """
				{"text": "More."}""", c.id(), read(other, "$.id")).andExpect(status().isConflict());
	}

	@Test
	void aPhraseAddedToTheWordListIsFlaggedAtOnce() throws Exception {
		CaseSummary c = openCase("Omar", "Haddad");
		String word = "grumpish" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4);
		String body = completeVisit(ago(Duration.ofHours(2)), "Client was " + word + " at the door.");
		as("worker1").post(NOTES + "/check", body, c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.judgments", hasSize(0)));
		this.users.runAs("padmin", () -> this.wordLists.add(WordList.JUDGMENTAL_WORDING, word,
				"Describe what the client did at the door."));
		as("worker1").post(NOTES + "/check", body, c.id())
			.andExpect(jsonPath("$.judgments[0].phrase").value(word))
			.andExpect(jsonPath("$.judgments[0].suggestion").value("Describe what the client did at the door."));
	}

	@Test
	void aNoteWrittenMoreThanADayAfterTheContactIsALateEntry() throws Exception {
		CaseSummary c = openCase("Ruth", "Adeyemi");
		MvcResult late = create(c, completeVisit(ago(Duration.ofHours(30)), "Two rooms, clean, heater off."));
		assertThat(read(late, "$.lateEntry")).isEqualTo("true");
		MvcResult timely = create(c, completeVisit(ago(Duration.ofHours(23)), "Two rooms, clean, heater off."));
		assertThat(read(timely, "$.lateEntry")).isEqualTo("false");
		MvcResult signed = sign(c, read(late, "$.id"), etag(late), "{}").andExpect(status().isOk()).andReturn();
		assertThat(read(signed, "$.lateEntry")).isEqualTo("true");
		as("worker1").get(NOTES, c.id())
			.andExpect(jsonPath("$.items[?(@.id=='" + read(late, "$.id") + "')].lateEntry", contains(true)));
	}

	@Test
	void signingANoteWithAnUrgentSafetyConcernRaisesTheClientsCrisisFlag() throws Exception {
		CaseSummary c = openCase("Vera", "Lindqvist");
		String body = """
				{"method": "PHONE", "contactAt": "%s", "participants": ["Client"], "topics": "Her partner's return",
				 "clientStatements": ["He said he would come back tonight and break the door."],
				 "nextContactPlan": "Call after the shelter intake", "nextContactOn": "%s",
				 "urgentSafetyConcern": true}""".formatted(ago(Duration.ofMinutes(20)), LocalDate.now().plusDays(1));
		MvcResult draft = create(c, body);
		sign(c, read(draft, "$.id"), etag(draft), "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons",
					contains("safetyConcern: a description of the urgent safety concern is missing")));
		MvcResult described = as("worker1").put(NOTES + "/{n}", etag(draft),
				body.replace("\"urgentSafetyConcern\": true",
						"\"urgentSafetyConcern\": true, \"safetyConcern\": \"Partner threatened to break in tonight\""),
				c.id(), read(draft, "$.id"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(this.crises.active(c.clientId())).isEmpty();
		sign(c, read(described, "$.id"), etag(described), "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.crisisRaised").value(true));
		assertThat(this.crises.active(c.clientId())).hasValueSatisfying(crisis -> {
			assertThat(crisis.reasons()).contains("Partner threatened to break in tonight");
			assertThat(crisis.source()).startsWith("contact note of ");
		});
	}

	@Test
	void theNotesOfACaseAreSearchedByTheirWordsAndTheirAddenda() throws Exception {
		CaseSummary c = openCase("Ines", "Carvalho");
		MvcResult smoke = create(c,
				completeVisit(ago(Duration.ofHours(3)), "The smoke alarms in the hallway had no batteries."));
		sign(c, read(smoke, "$.id"), etag(smoke), "{}").andExpect(status().isOk());
		MvcResult food = create(c, completeVisit(ago(Duration.ofHours(2)), "Fridge held milk and bread only."));
		sign(c, read(food, "$.id"), etag(food), "{}").andExpect(status().isOk());
		as("worker1").post(NOTES + "/{n}/addenda", """
				{"text": "The landlord replaced the batteries on Monday."}""", c.id(), read(food, "$.id"))
			.andExpect(status().isCreated());

		as("worker1").get(NOTES + "?q=alarm", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(read(smoke, "$.id")))
			.andExpect(jsonPath("$.items[0].snippet", containsString("<mark>alarms</mark>")));
		as("worker1").get(NOTES + "?q=batteries", c.id())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].id",
					org.hamcrest.Matchers.containsInAnyOrder(read(smoke, "$.id"), read(food, "$.id"))));
		as("worker1").get(NOTES + "?q=\"milk and bread\"", c.id())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(read(food, "$.id")));
		as("worker1").get(NOTES, c.id()).andExpect(jsonPath("$.total").value(2));
		as("worker1").get(NOTES + "?q=<script>", c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theMonthlySummaryIsAssembledFromTheMonthsSignedNotes() throws Exception {
		CarePlanTestData plans = new CarePlanTestData(this.context);
		ProgramView planned = plans.program("Note Summaries");
		CaseSummary c = plans.assessedCase("worker1", planned, "Maya", "Goldberg");
		CarePlanView plan = plans.draft("worker1", c, CarePlanTestData.goal("A place of my own",
				"Sign a lease for a one-bedroom apartment", "Leases signed", 8));
		UUID goal = plan.goals().get(0).id();
		ZoneId zone = ZoneId.of("America/New_York");
		YearMonth last = YearMonth.now(zone).minusMonths(1);
		Instant early = last.atDay(5).atTime(10, 0).atZone(zone).toInstant();
		Instant later = last.atDay(19).atTime(15, 30).atZone(zone).toInstant();
		MvcResult visit = create(c, """
				{"method": "HOME_VISIT", "contactAt": "%s", "location": "Shelter room 12", "participants": ["Client"],
				 "topics": "Apartment search", "goalIds": ["%s"], "observations": "Listings printed and marked.",
				 "services": "Bus pass for viewings", "nextContactPlan": "Viewing together", "nextContactOn": "%s"}"""
			.formatted(early, goal, last.atDay(12)));
		sign(c, read(visit, "$.id"), etag(visit), "{}").andExpect(status().isOk());
		MvcResult call = create(c, """
				{"method": "PHONE", "contactAt": "%s", "participants": ["Client"], "topics": "Viewing results",
				 "clientStatements": ["The second one has a bus stop right outside."],
				 "services": "Called the housing voucher office", "nextContactPlan": "Office visit to apply",
				 "nextContactOn": "%s"}""".formatted(later, last.atDay(26)));
		sign(c, read(call, "$.id"), etag(call), "{}").andExpect(status().isOk());
		create(c, """
				{"method": "PHONE", "contactAt": "%s", "topics": "Unsigned: left out"}"""
			.formatted(later.plusSeconds(60)));

		MvcResult summary = as("worker1").post(NOTES + "/monthly-summary", """
				{"month": "%s"}""".formatted(last), c.id())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type").value("MONTHLY_SUMMARY"))
			.andExpect(jsonPath("$.summaryMonth").value(last.toString()))
			.andExpect(jsonPath("$.topics", containsString("Contacts in " + last + ": 2")))
			.andExpect(jsonPath("$.topics", containsString("Home visit: 1")))
			.andExpect(jsonPath("$.topics", containsString("Phone call: 1")))
			.andExpect(jsonPath("$.topics", containsString("Goals touched: Sign a lease for a one-bedroom apartment")))
			.andExpect(jsonPath("$.goals[0].id").value(goal.toString()))
			.andExpect(jsonPath("$.services", containsString("Bus pass for viewings")))
			.andExpect(jsonPath("$.services", containsString("Called the housing voucher office")))
			.andExpect(jsonPath("$.observations", containsString("Apartment search")))
			.andExpect(jsonPath("$.nextContactPlan").value("Office visit to apply"))
			.andExpect(jsonPath("$.nextContactOn").value(last.atDay(26).toString()))
			.andExpect(jsonPath("$.signedAt").doesNotExist())
			.andReturn();
		String summaryId = read(summary, "$.id");
		sign(c, summaryId, etag(summary), "{}").andExpect(status().isOk());
		assertThat(this.events.stream(NoteSigned.class).filter(e -> e.noteId().toString().equals(summaryId)))
			.singleElement()
			.satisfies(e -> assertThat(e.clientContact()).isFalse());

		as("worker1").post(NOTES + "/monthly-summary", """
				{"month": "%s"}""".formatted(last), c.id()).andExpect(status().isConflict());
		as("worker1").post(NOTES + "/monthly-summary", """
				{"month": "%s"}""".formatted(YearMonth.now(zone).plusMonths(2)), c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		as("worker1").post(NOTES + "/monthly-summary", """
				{"month": "October"}""", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
	}

	@Test
	void aStaffingRecordsAttendeesFromSeveralAgenciesAndDecisionsWithOwnersAndDueDates() throws Exception {
		CaseSummary c = openCase("Tomas", "Novak");
		String due = LocalDate.now().plusDays(14).toString();
		MvcResult staffing = create(c, """
				{"type": "STAFFING", "method": "VIDEO", "contactAt": "%s",
				 "attendees": [{"name": "Dana Whitfield", "agency": "Casework demo agency", "role": "Case worker"},
				               {"name": "Ana Ruiz", "agency": "Grady Behavioral Health", "role": "Nurse"},
				               {"name": "", "agency": "", "role": ""}],
				 "observations": "Reviewed the hospital discharge and the housing search.",
				 "decisions": [{"decision": "Apply for the housing voucher", "owner": "Dana Whitfield"}]}"""
			.formatted(ago(Duration.ofHours(1))));
		assertThat(read(staffing, "$.attendees.length()")).isEqualTo("2");
		sign(c, read(staffing, "$.id"), etag(staffing), "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasons",
					contains("decisions: at least one decision with its owner and due date is missing")));
		MvcResult fixed = as("worker1")
			.put(NOTES + "/{n}", etag(staffing),
					"""
							{"method": "VIDEO", "contactAt": "%s",
							 "attendees": [{"name": "Dana Whitfield", "agency": "Casework demo agency", "role": "Case worker"},
							               {"name": "Ana Ruiz", "agency": "Grady Behavioral Health", "role": "Nurse"}],
							 "observations": "Reviewed the hospital discharge and the housing search.",
							 "decisions": [{"decision": "Apply for the housing voucher", "owner": "Dana Whitfield", "dueOn": "%s"},
							               {"decision": "Book the follow-up clinic visit", "owner": "Ana Ruiz", "dueOn": "%s"}]}"""
						.formatted(ago(Duration.ofHours(1)), due, due),
					c.id(), read(staffing, "$.id"))
			.andExpect(status().isOk())
			.andReturn();
		MvcResult signed = sign(c, read(fixed, "$.id"), etag(fixed), "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("STAFFING"))
			.andExpect(jsonPath("$.attendees[*].agency", contains("Casework demo agency", "Grady Behavioral Health")))
			.andExpect(jsonPath("$.decisions[1].owner").value("Ana Ruiz"))
			.andExpect(jsonPath("$.decisions[1].dueOn").value(due))
			.andReturn();
		String signedId = read(signed, "$.id");
		assertThat(this.events.stream(NoteSigned.class).filter(e -> e.noteId().toString().equals(signedId)))
			.singleElement()
			.satisfies(e -> assertThat(e.clientContact()).isFalse());
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		CaseSummary c = openCase("Kofi", "Mensah");
		as("worker1").post(NOTES, """
				{"method": "PHONE", "contactAt": "%s"}""".formatted(Instant.now().plus(Duration.ofHours(3))), c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactAt"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be in the future"));
		as("worker1").post(NOTES, """
				{"method": "CARRIER_PIGEON"}""", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("method"));
		as("worker1").post(NOTES, """
				{"method": "PHONE", "goalIds": ["%s"]}""".formatted(UUID.randomUUID()), c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("goalIds[0]"));
		as("worker1")
			.post(NOTES,
					"""
							{"method": "PHONE", "contactAt": "%s", "nextContactOn": "%s"}"""
						.formatted(ago(Duration.ofHours(1)), LocalDate.now().minusDays(3)),
					c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nextContactOn"));
		as("worker1").post(NOTES, """
				{"type": "MONTHLY_SUMMARY"}""", c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"));
		as("worker1").post(NOTES, """
				{"location": "%s"}""".formatted("x".repeat(400)), c.id())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("location"));
		as("worker1").get(NOTES, c.id()).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anotherTeamsWorkerFindsNoCaseAndNoNote() throws Exception {
		CaseSummary c = openCase("Hana", "Sato");
		MvcResult note = create(c, completeVisit(ago(Duration.ofHours(1)), "Two rooms, warm."));
		as("worker2").get(NOTES, c.id()).andExpect(status().isNotFound());
		as("worker2").get(NOTES + "/{n}", c.id(), read(note, "$.id")).andExpect(status().isNotFound());
		as("worker2").post(NOTES, "{}", c.id()).andExpect(status().isNotFound());
		as("worker2").postIfMatch(NOTES + "/{n}/actions/sign", etag(note), "{}", c.id(), read(note, "$.id"))
			.andExpect(status().isNotFound());
		as("worker2").post(NOTES + "/{n}/addenda", "{\"text\": \"x\"}", c.id(), read(note, "$.id"))
			.andExpect(status().isNotFound());
		CaseSummary other = openCase("Other", "Case");
		as("worker1").get(NOTES + "/{n}", other.id(), read(note, "$.id")).andExpect(status().isNotFound());
	}

	@Test
	void concurrentEditsOfADraftNeverOverwriteEachOther() throws Exception {
		CaseSummary c = openCase("Pavel", "Dvorak");
		MvcResult draft = create(c, "{\"method\": \"PHONE\"}");
		String id = read(draft, "$.id");
		as("worker1").put(NOTES + "/{n}", etag(draft), "{\"method\": \"PHONE\", \"topics\": \"Tab one\"}", c.id(), id)
			.andExpect(status().isOk());
		as("worker1").put(NOTES + "/{n}", etag(draft), "{\"method\": \"PHONE\", \"topics\": \"Tab two\"}", c.id(), id)
			.andExpect(status().isPreconditionFailed());
		as("worker1").put(NOTES + "/{n}", null, "{\"method\": \"PHONE\", \"topics\": \"No tag\"}", c.id(), id)
			.andExpect(status().isPreconditionRequired());
		as("worker1").get(NOTES + "/{n}", c.id(), id).andExpect(jsonPath("$.topics").value("Tab one"));
		sign(c, id, etag(draft), "{}").andExpect(status().isPreconditionFailed());
	}

	@Test
	void contactNotesAnswerTheLastClientContactAndTheDraftsLeftUnsigned() throws Exception {
		CaseSummary c = openCase("Ada", "Quist");
		CaseSummary quiet = openCase("Quiet", "Case");
		assertThat(this.contactNotes.lastContact(c.id())).isEmpty();
		Instant visitAt = Instant.now().minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		MvcResult visit = create(c, completeVisit(visitAt.toString(), "Two rooms, warm."));
		sign(c, read(visit, "$.id"), etag(visit), "{}").andExpect(status().isOk());
		MvcResult collateral = create(c, """
				{"method": "COLLATERAL", "contactAt": "%s", "participants": ["Landlord, Mr. Ortiz"],
				 "topics": "Arrears", "observations": "He reported the rent for November is unpaid.",
				 "nextContactPlan": "Tell the client", "nextContactOn": "%s"}""".formatted(ago(Duration.ofHours(5)),
				LocalDate.now().plusDays(2)));
		sign(c, read(collateral, "$.id"), etag(collateral), "{}").andExpect(status().isOk());
		MvcResult draft = create(c, "{\"method\": \"PHONE\", \"contactAt\": \"" + ago(Duration.ofHours(40)) + "\"}");

		assertThat(this.contactNotes.lastContact(c.id())).contains(visitAt);
		Map<UUID, Instant> last = this.contactNotes.lastContacts(List.of(c.id(), quiet.id()));
		assertThat(last).containsEntry(c.id(), visitAt).doesNotContainKey(quiet.id());
		assertThat(this.contactNotes.unsignedSince(Instant.now().minus(Duration.ofHours(24)))).anySatisfy(u -> {
			assertThat(u.noteId().toString()).isEqualTo(read(draft, "$.id"));
			assertThat(u.caseId()).isEqualTo(c.id());
		}).noneSatisfy(u -> assertThat(u.noteId().toString()).isEqualTo(read(visit, "$.id")));
		assertThat(this.contactNotes.unsignedOf(c.id())).extracting(u -> u.noteId().toString())
			.containsExactly(read(draft, "$.id"));

		MvcResult completed = as("worker1")
			.put(NOTES + "/{n}", etag(draft), completeVisit(ago(Duration.ofHours(40)), "Answered on the first ring."),
					c.id(), read(draft, "$.id"))
			.andExpect(status().isOk())
			.andReturn();
		sign(c, read(draft, "$.id"), etag(completed), "{}").andExpect(status().isOk());
		assertThat(this.contactNotes.unsignedSince(Instant.now().minus(Duration.ofHours(24))))
			.noneSatisfy(u -> assertThat(u.caseId()).isEqualTo(c.id()));
		assertThat(this.contactNotes.unsignedOf(c.id())).isEmpty();
	}

	/**
	 * A draft that will never be signed is voided with a reason by its author or a
	 * supervisor: it stays as it was, cannot be edited or signed, and no longer counts as
	 * a note left unsigned, so the reminder to sign it resolves.
	 */
	@Test
	void aDraftThatWillNeverBeSignedIsVoidedWithAReasonByASupervisor() throws Exception {
		MonitoringTestData monitoring = new MonitoringTestData(this.context);
		CaseSummary c = monitoring.openCase("worker1", "Ivo", "Left", Priority.ROUTINE, 20, 1);
		MvcResult draft = create(c, completeVisit(ago(Duration.ofHours(30)), "Written by a worker who left."));
		String id = read(draft, "$.id");
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(monitoring.statuses(c.id(), TaskKind.UNSIGNED_NOTE)).containsExactly("OPEN");
		String voidPath = NOTES + "/{n}/actions/void";

		as("supervisor1").postIfMatch(voidPath, etag(draft), "{}", c.id(), id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		as("supervisor1").postIfMatch(voidPath, "\"0\"", "{\"reason\": \"Cancelled\"}", c.id(), id)
			.andExpect(status().isPreconditionFailed());
		as("worker2").postIfMatch(voidPath, etag(draft), "{\"reason\": \"Cancelled\"}", c.id(), id)
			.andExpect(status().isNotFound());
		as("supervisor1").postIfMatch(voidPath, etag(draft), """
				{"reason": "Dana left the agency; the visit is recorded in the note of 3 November."}""", c.id(), id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signedAt").doesNotExist())
			.andExpect(jsonPath("$.voided.byName").value("Grace Okafor"))
			.andExpect(jsonPath("$.voided.reason")
				.value("Dana left the agency; the visit is recorded in the note of 3 November."))
			.andExpect(jsonPath("$.observations").value("Written by a worker who left."));
		assertThat(this.events.stream(NoteVoided.class).filter(e -> e.noteId().toString().equals(id))).hasSize(1);

		MvcResult now = as("worker1").get(NOTES + "/{n}", c.id(), id).andExpect(status().isOk()).andReturn();
		as("worker1").put(NOTES + "/{n}", etag(now), completeVisit(ago(Duration.ofHours(30)), "Again."), c.id(), id)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("voided")));
		sign(c, id, etag(now), "{}").andExpect(status().isConflict());
		as("worker1").postIfMatch(voidPath, etag(now), "{\"reason\": \"Twice\"}", c.id(), id)
			.andExpect(status().isConflict());
		assertThat(this.contactNotes.unsignedOf(c.id())).isEmpty();
		monitoring.settled();
		assertThat(monitoring.statuses(c.id(), TaskKind.UNSIGNED_NOTE)).containsExactly("RESOLVED");
		as("worker1").get(NOTES, c.id())
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].voided", contains(true)))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].signed", contains(false)));

		MvcResult visit = create(c, completeVisit(ago(Duration.ofHours(1)), "Calm."));
		MvcResult signed = sign(c, read(visit, "$.id"), etag(visit), "{}").andReturn();
		as("supervisor1").postIfMatch(voidPath, etag(signed), "{\"reason\": \"Wrong\"}", c.id(), read(visit, "$.id"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("addendum")));
	}

	/**
	 * A signed contact resolves the case's no-contact task and the reminder to sign its
	 * draft once the signature is committed; signing on a case without such a task leaves
	 * nothing for monitoring to do after the commit.
	 */
	@Test
	void signingAContactResolvesTheCasesNoContactAndUnsignedNoteTasks() throws Exception {
		MonitoringTestData monitoring = new MonitoringTestData(this.context);
		CaseSummary c = monitoring.openCase("worker1", "Rosa", "Quiet", Priority.URGENT, 20, 10);
		MvcResult draft = create(c, completeVisit(ago(Duration.ofHours(30)), "Answered the door at once."));
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(monitoring.statuses(c.id(), TaskKind.NO_CONTACT)).containsExactly("OPEN");
		assertThat(monitoring.statuses(c.id(), TaskKind.UNSIGNED_NOTE)).containsExactly("OPEN");

		sign(c, read(draft, "$.id"), etag(draft), "{}").andExpect(status().isOk());
		monitoring.settled();
		assertThat(monitoring.statuses(c.id(), TaskKind.NO_CONTACT)).containsExactly("RESOLVED");
		assertThat(monitoring.statuses(c.id(), TaskKind.UNSIGNED_NOTE)).containsExactly("RESOLVED");

		CaseSummary calm = monitoring.openCase("worker1", "Tomas", "Calm", Priority.ROUTINE, 20, 1);
		MvcResult call = create(calm, completeVisit(ago(Duration.ofHours(1)), "Calm voice."));
		long before = publicationsAbout(calm.id());
		sign(calm, read(call, "$.id"), etag(call), "{}").andExpect(status().isOk());
		assertThat(publicationsAbout(calm.id())).isEqualTo(before);
	}

	long publicationsAbout(UUID caseId) {
		return this.jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + caseId + "%")
			.query(Long.class)
			.single();
	}

	/**
	 * Signing changes no column an index of the notes reads, so PostgreSQL writes the
	 * signed version beside the draft (a heap-only update) and no index grows: a note
	 * saved from the template with prompts left empty is searchable, before and after
	 * signing, by what was written and not by the prompts.
	 */
	@Test
	void signingANoteLeavesTheNotesIndexesAsTheyWere() {
		CaseSummary c = openCase("Hana", "Sato");
		NoteInput input = new NoteInput(null, ContactMethod.PHONE, Instant.now().minus(Duration.ofHours(2)), "By phone",
				List.of("Client"), "Rent:\nSchool: the bus pass", List.of(), List.of(),
				"Clear voice, answered every question.\nMood:", null, "Call back on Friday",
				LocalDate.now().plusDays(3), List.of(), List.of(), false, null);
		long[] updates = this.users.runAs("worker1",
				() -> new TransactionTemplate(this.transactions).execute(status -> {
					NoteView draft = this.notes.create(c.id(), input);
					long[] before = noteUpdates();
					NoteView signed = this.notes.sign(c.id(), draft.id(), draft.version(), new SignNote(null));
					assertThat(signed.topics()).isEqualTo("School: the bus pass");
					long[] after = noteUpdates();
					return new long[] { after[0] - before[0], after[1] - before[1] };
				}));
		assertThat(updates).as("updates of contact_note, and how many of them were heap-only").containsExactly(1, 1);
		assertThat(
				this.users.runAs("worker1", () -> this.notes.list(c.id(), "bus pass", PageRequest.of(0, 10))).items())
			.hasSize(1);
		assertThat(this.users.runAs("worker1", () -> this.notes.list(c.id(), "mood", PageRequest.of(0, 10))).items())
			.isEmpty();
	}

	/** The updates of contact_note in this transaction, and how many were heap-only. */
	long[] noteUpdates() {
		return this.jdbc.sql("""
				SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_xact_user_tables WHERE relname = 'contact_note'""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.orElse(new long[] { 0, 0 });
	}

}
