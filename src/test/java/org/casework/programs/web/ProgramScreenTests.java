package org.casework.programs.web;

import java.util.List;
import java.util.UUID;

import org.casework.TestUsers;
import org.casework.identity.UserContext;
import org.casework.programs.EligibilityRule;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The program screens without a browser: who gets which buttons, rows added without
 * saving, refusals next to their fields, a stale edit, and the guideline tables.
 */
@ApiTest
class ProgramScreenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgramManagement programs;

	@Autowired
	UserContext users;

	ProgramView define(String name) {
		return this.users.runAs("padmin",
				() -> this.programs.create(new ProgramInput(name, "Help with rent", 25,
						List.of(EligibilityRule.age(null, 18, null),
								EligibilityRule.jurisdiction(null, List.of("Fulton", "DeKalb"), List.of("30301"))),
						List.of())));
	}

	ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(httpBasic(user, TestUsers.PASSWORD)));
	}

	@Test
	void aWorkerReadsAProgramsRulesInWordsButGetsNoButtonsToChangeIt() throws Exception {
		ProgramView program = define("Rent Relief " + UUID.randomUUID());
		as("worker1", get("/programs")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(program.name()), containsString("Up to 25 active"),
					not(containsString("New program")))));
		as("worker1", get("/programs/{id}", program.id())).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Age 18 or older"),
					containsString("Lives in Fulton or DeKalb County, or ZIP 30301"),
					not(containsString("/programs/" + program.id() + "/edit")),
					not(containsString("Retire the program")))));
		as("worker1", get("/programs/{id}", program.id()).param("lang", "es"))
			.andExpect(content().string(allOf(containsString("Edad de 18 años o más"),
					containsString("Vive en el condado de Fulton o DeKalb, o en el código postal 30301"))));
		as("worker1", get("/programs/new")).andExpect(status().isForbidden());
		as("worker1", get("/programs/{id}/edit", program.id())).andExpect(status().isForbidden());
		as("worker1", post("/programs/{id}/retire", program.id()).param("version", "0").param("reason", "No"))
			.andExpect(status().isForbidden());
		as("worker1", get("/programs/guidelines/2030/edit")).andExpect(status().isForbidden());
		assertThat(this.users.runAs("worker1", () -> this.programs.get(program.id())).active()).isTrue();
	}

	@Test
	void aNewProgramOffersTheStandardLevelsAndAddsARuleOfAKindWithoutSaving() throws Exception {
		as("padmin", get("/programs/new")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"HIGH\""), containsString("value=\"MEDIUM\""),
					containsString("value=\"LOW\""))));
		as("padmin", post("/programs/new").param("name", "Not saved yet").param("add", "rules:INCOME"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"rules0.percentOfPoverty\""), containsString("Remove rule 1"))));
		as("padmin",
				post("/programs/new").param("name", "Not saved yet")
					.param("rules[0].kind", "JURISDICTION")
					.param("rules[0].minAge", "18")
					.param("refresh", "true"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"rules0.counties\""), not(containsString("id=\"rules0.minAge\"")))));
		assertThat(this.users.runAs("padmin", () -> this.programs.list(true))).extracting(ProgramView::name)
			.doesNotContain("Not saved yet");
	}

	@Test
	void refusedFieldsAreNamedNextToTheirFields() throws Exception {
		as("padmin",
				post("/programs/new").param("name", "Youth Works")
					.param("rules[0].kind", "AGE")
					.param("rules[0].minAge", "25")
					.param("rules[0].maxAge", "16")
					.param("intensityLevels[0].code", "high")
					.param("intensityLevels[0].name", "High")
					.param("intensityLevels[0].contactEveryDays", "")
					.param("intensityLevels[0].goalReview", "MONTHLY")
					.param("intensityLevels[0].reassessmentMonths", "6"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"rules0.maxAge-error\""),
					containsString("must not be below the minimum age"),
					containsString("id=\"intensityLevels0.contactEveryDays-error\""))));
	}

	@Test
	void aStaleEditShowsTheConflictAndChangesNothing() throws Exception {
		ProgramView program = define("Energy Assistance " + UUID.randomUUID());
		this.users.runAs("padmin", () -> this.programs.revise(program.id(), program.version(),
				new ProgramInput(program.name(), "Changed meanwhile", null, program.rules(), List.of())));
		as("padmin",
				post("/programs/{id}/edit", program.id()).param("name", "Mine")
					.param("version", String.valueOf(program.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed by someone else")));
		assertThat(this.users.runAs("padmin", () -> this.programs.get(program.id())).name()).isEqualTo(program.name());
	}

	@Test
	void aProgramIsRetiredOnlyWithAReasonAndReactivated() throws Exception {
		ProgramView program = define("Winter Shelter " + UUID.randomUUID());
		as("padmin", post("/programs/{id}/retire", program.id()).param("version", "0").param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")));
		as("padmin", post("/programs/{id}/retire", program.id()).param("version", "0").param("reason", "Season ended."))
			.andExpect(redirectedUrlPattern("/programs/*"))
			.andExpect(flash().attribute("flash", "programs.flash.retired"));
		as("padmin", get("/programs/{id}", program.id()))
			.andExpect(content().string(allOf(containsString("Season ended."), containsString("Reactivate"))));
		as("padmin", post("/programs/{id}/reactivate", program.id()).param("version", "1"))
			.andExpect(flash().attribute("flash", "programs.flash.reactivated"));
	}

	@Test
	void theGuidelineTablesAreReadByEveryoneAndAYearIsEnteredWithEveryAmount() throws Exception {
		as("worker1", get("/programs/guidelines")).andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("$15,960"), containsString("+$5,680"), not(containsString("Enter a year")))));
		as("padmin",
				post("/programs/guidelines/2040/edit").param("amounts[0]", "20000")
					.param("amounts[1]", "27000")
					.param("amounts[2]", "")
					.param("additionalPerson", "7000")
					.param("source", "Entered for a test"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"amounts2-error\""), containsString("id=\"amounts3-error\""))));
	}

}
