package org.casework.programs.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.casework.careplans.CarePlanTestData;
import org.casework.cases.CaseSummary;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A program admin keeps the word lists the checks read: the vague goal wording the SMART
 * check flags takes effect at once, a retired phrase stops being flagged but stays as
 * history, and the judgmental words for notes ship with their suggestions.
 */
@ApiTest
class WordListApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Api as(String user) {
		return Api.as(this.mvc, user);
	}

	@Test
	void aPhraseAddedByAProgramAdminIsFlaggedAtOnceAndStopsBeingFlaggedWhenRetired() throws Exception {
		CarePlanTestData data = new CarePlanTestData(this.context);
		CaseSummary c = data.openCase("worker1", data.program("Family Housing"), "Odette", "Marchand");
		String goal = """
				{"statement": "Turn things around with the landlord", "clientWords": "Keep the apartment"}""";
		as("worker1").post("/api/v1/cases/{id}/plan/check-goal", goal, c.id())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[*].code", not(hasItem("vague-wording"))));

		as("worker1").post("/api/v1/word-lists/vague-goal-wording/entries", """
				{"phrase": "turn things around"}""").andExpect(status().isForbidden());
		String location = as("padmin").post("/api/v1/word-lists/vague-goal-wording/entries",
				"""
						{"phrase": "Turn things around", "suggestion": "Say what will be different: rent paid, a repair done."}""")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/word-lists/vague-goal-wording/entries/")))
			.andExpect(jsonPath("$.phrase").value("Turn things around"))
			.andExpect(jsonPath("$.shipped").value(false))
			.andExpect(jsonPath("$.addedBy", notNullValue()))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String id = location.substring(location.lastIndexOf('/') + 1);

		as("worker1").post("/api/v1/cases/{id}/plan/check-goal", goal, c.id())
			.andExpect(jsonPath("$.findings[0].code").value("vague-wording"))
			.andExpect(jsonPath("$.findings[0].message", containsString("\"turn things around\" is vague")));

		as("padmin").post("/api/v1/word-lists/vague-goal-wording/entries", """
				{"phrase": "turn  THINGS around!"}""")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("\"turn  THINGS around!\" is already on the list"));

		as("padmin").post("/api/v1/word-lists/vague-goal-wording/entries/{id}/actions/retire", "{}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		as("padmin").post("/api/v1/word-lists/vague-goal-wording/entries/{id}/actions/retire", """
				{"reason": "Workers use it for concrete repair plans too."}""", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retiredAt", notNullValue()))
			.andExpect(jsonPath("$.retiredReason").value("Workers use it for concrete repair plans too."));
		as("padmin").post("/api/v1/word-lists/vague-goal-wording/entries/{id}/actions/retire", """
				{"reason": "again"}""", id).andExpect(status().isConflict());

		as("worker1").post("/api/v1/cases/{id}/plan/check-goal", goal, c.id())
			.andExpect(jsonPath("$.findings[*].code", not(hasItem("vague-wording"))));
		String list = as("worker1").get("/api/v1/word-lists/vague-goal-wording")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<String>>read(list, "$.entries[?(@.id == '" + id + "')].retiredReason"))
			.containsExactly("Workers use it for concrete repair plans too.");
	}

	@Test
	void badPhrasesAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
		as("padmin").post("/api/v1/word-lists/judgmental-wording/entries", """
				{"phrase": " ?! ", "suggestion": "x"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phrase"))
			.andExpect(jsonPath("$.errors[0].message").value("must contain at least one word"));
		as("padmin").post("/api/v1/word-lists/judgmental-wording/entries", """
				{"phrase": "%s"}""".formatted("word ".repeat(20)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phrase"))
			.andExpect(jsonPath("$.errors[0].message").value("must be at most 80 characters"));
		as("padmin").get("/api/v1/word-lists/judgmental-wording")
			.andExpect(jsonPath("$.entries[*].phrase", not(hasItem("?!"))))
			.andExpect(jsonPath("$.entries[*].phrase", not(hasItem(startsWith("word word")))));
		as("padmin").get("/api/v1/word-lists/favourite-words").andExpect(status().isNotFound());
	}

	@Test
	void theJudgmentalWordsForNotesShipWithWhatToWriteInstead() throws Exception {
		as("worker1").get("/api/v1/word-lists/judgmental-wording")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.list").value("judgmental-wording"))
			.andExpect(jsonPath("$.entries[?(@.phrase == 'manic')].suggestion",
					hasItem(startsWith("Describe what you saw and heard"))))
			.andExpect(jsonPath("$.entries[?(@.phrase == 'non-compliant')].shipped", hasItem(true)))
			.andExpect(jsonPath("$.entries[*].phrase",
					hasItems("attention-seeking", "addict", "refused to cooperate", "lazy", "manipulative")));
	}

}
