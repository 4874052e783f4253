package org.casework.assessments;

import java.util.List;
import java.util.UUID;

import org.casework.assessments.instruments.Answers;
import org.casework.assessments.instruments.Instrument;
import org.casework.assessments.instruments.InstrumentEvaluator;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.shared.DomainRuleException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog on the real schema: the shipped instruments are stored once however often
 * Casework starts, stored versions never change, a later shipped version becomes the one
 * new assessments use, and a case assessment finds its program's core instrument. Rolled
 * back, so no other test sees these changes.
 */
@SpringBootTest
@Transactional
class InstrumentCatalogIntegrationTests {

	@Autowired
	InstrumentCatalog catalog;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserContext users;

	@Autowired
	ProgramManagement programs;

	long versionsOf(String code) {
		return this.jdbc.sql("SELECT count(*) FROM instrument_version WHERE code = ?")
			.param(code)
			.query(Long.class)
			.single();
	}

	@Test
	void theShippedInstrumentsAreStoredOnceHoweverOftenCaseworkStarts() throws Exception {
		new ShippedInstruments(this.catalog, this.transactions).run(null);
		new ShippedInstruments(this.catalog, this.transactions).run(null);
		assertThat(versionsOf("casework-holistic")).isEqualTo(1);
		assertThat(versionsOf("ahc-hrsn")).isEqualTo(1);
		InstrumentVersionInfo shipped = this.catalog.versions("ahc-hrsn").get(0);
		assertThat(shipped.origin()).isEqualTo(VersionOrigin.SHIPPED);
		assertThat(shipped.uploadedBy()).isNull();
	}

	@Test
	void storedVersionsNeverChange() {
		assertThatThrownBy(() -> this.jdbc
			.sql("UPDATE instrument_version SET title = 'Changed' WHERE code = 'ahc-hrsn' AND version = 1")
			.update()).rootCause().hasMessageContaining("instrument versions are never changed");
	}

	@Test
	void aLaterShippedVersionIsWhatNewAssessmentsUseAndTheOldOneStaysReadable() {
		String next = this.catalog.questionnaire("ahc-hrsn", 1)
			.replace("\"version\": \"1\"", "\"version\": \"2\"")
			.replace("AHC Health-Related Social Needs screening (core questions)", "AHC HRSN screening, 2027 wording");
		assertThat(this.catalog.ship(next)).isTrue();
		assertThat(this.catalog.ship(next)).isFalse();
		Instrument current = this.users.runAs("worker1", () -> this.catalog.forNewAssessment("ahc-hrsn"));
		assertThat(current.version()).isEqualTo(2);
		assertThat(current.title()).isEqualTo("AHC HRSN screening, 2027 wording");
		assertThat(current.canonical()).isEqualTo("https://casework.example/fhir/Questionnaire/ahc-hrsn|2");
		assertThat(this.catalog.version("ahc-hrsn", 1).title())
			.isEqualTo("AHC Health-Related Social Needs screening (core questions)");
	}

	@Test
	void aCaseAssessmentStartsFromItsProgramsCoreInstrument() {
		UUID program = this.users.runAs("padmin",
				() -> this.programs
					.create(new ProgramInput("Rapid Rehousing " + UUID.randomUUID(), "", null, List.of(), List.of()))
					.id());
		assertThat(this.users.runAs("worker1", () -> this.catalog.coreInstrument(program))).isEmpty();
		this.users.runAs("padmin", () -> this.catalog.choose(program, 0,
				List.of(new InstrumentChoice("ahc-hrsn", false), new InstrumentChoice("casework-holistic", true))));

		Instrument core = this.users.runAs("worker1", () -> this.catalog.coreInstrument(program)).orElseThrow();
		assertThat(core.code()).isEqualTo("casework-holistic");
		InstrumentEvaluator evaluator = this.catalog.evaluator(core);
		assertThat(evaluator.progress(Answers.none())).hasSize(8);
		assertThat(evaluator.scores(Answers.none())).extracting(DomainScore::rated).containsOnly(false);
	}

	@Test
	void onlyAProgramAdminChangesTheCatalog() {
		String json = this.catalog.questionnaire("ahc-hrsn", 1);
		assertThatThrownBy(() -> this.users.runAs("worker1", () -> this.catalog.upload(json)))
			.isInstanceOf(AccessDeniedException.class);
		InstrumentSummary ahc = this.catalog.summary("ahc-hrsn");
		assertThatThrownBy(() -> this.users.runAs("supervisor1",
				() -> this.catalog.retire("ahc-hrsn", ahc.revision(), "Not mine to retire")))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aRetiredInstrumentIsNotUsedForNewAssessments() {
		String code = "pets-" + UUID.randomUUID().toString().substring(0, 8);
		String json = "{\"resourceType\":\"Questionnaire\",\"id\":\"" + code + "\",\"title\":\"Pets at home\","
				+ "\"item\":[{\"linkId\":\"pets\",\"text\":\"Any pets?\",\"type\":\"boolean\"}]}";
		this.users.runAs("padmin", () -> this.catalog.upload(json));
		InstrumentSummary pets = this.catalog.summary(code);
		this.users.runAs("padmin", () -> this.catalog.retire(code, pets.revision(), "Asked at intake instead"));
		assertThatThrownBy(() -> this.users.runAs("worker1", () -> this.catalog.forNewAssessment(code)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("Instrument " + code + " is retired: new assessments do not use it.");
		assertThat(this.catalog.version(code, 1).title()).isEqualTo("Pets at home");
	}

}
