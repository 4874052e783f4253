package org.casework.assessments.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.casework.identity.UserContext;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program admin at the instrument screens: reading the shipped instruments as an
 * outline, an upload refused with the linkId of each problem, uploading a screener from a
 * file and editing it into a second version, and choosing a program's instruments and its
 * core assessment. A case worker reads a program's instruments without the form.
 */
class InstrumentPageTests extends BrowserSupport {

	@Autowired
	ProgramManagement programs;

	@Autowired
	UserContext users;

	static String screener(String code, String title) {
		String json = """
				{
				  "resourceType": "Questionnaire",
				  "id": "%s",
				  "title": "%s",
				  "item": [ {
				    "linkId": "money",
				    "text": "Money",
				    "type": "group",
				    "item": [ {
				      "linkId": "bills",
				      "text": "Behind on any bills?",
				      "type": "boolean",
				      "required": true
				    }, {
				      "linkId": "which",
				      "text": "Which bills?",
				      "type": "choice",
				      "repeats": true,
				      "enableWhen": [ { "question": "bills", "operator": "=", "answerBoolean": true } ],
				      "answerOption": [ { "valueCoding": { "code": "rent", "display": "Rent" } },
				                        { "valueCoding": { "code": "power", "display": "Electricity" } } ]
				    } ]
				  } ]
				}""";
		return json.formatted(code, title);
	}

	@Test
	void aProgramAdminReadsUploadsAndEditsInstrumentsAndChoosesAProgramsCoreAssessment() throws IOException {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String code = "bills-" + suffix;
		String title = "Household bills check " + suffix;
		ProgramView program = this.users.runAs("padmin",
				() -> this.programs.create(new ProgramInput("Utility Relief " + suffix,
						"Help with arrears on power and water bills.", 30, List.of(), List.of())));

		login("padmin");
		followNav("Instruments");
		assertThat(heading()).isEqualTo("Instruments");
		assertThat(pageText()).contains("Holistic needs and strengths assessment")
			.contains("AHC Health-Related Social Needs screening (core questions)");
		screenshot("instruments-list");

		follow("AHC Health-Related Social Needs screening (core questions)");
		assertThat(heading()).isEqualTo("AHC Health-Related Social Needs screening (core questions)");
		String outline = section("Sections and questions");
		assertThat(outline).contains("What is your living situation today?")
			.contains("Often true")
			.contains("LOINC LA28397-0")
			.contains("weight 2")
			.contains(
					"Scored as the domain safety: the weights of the chosen answers added up. Ratings: 0 or more: Stable; 11 or more: Vulnerable.");
		assertThat(section("About the instrument")).contains("LOINC 96777-8");
		assertThat(section("Versions")).contains("Shipped with Casework");
		screenshot("instruments-ahc");

		followNav("Instruments");
		follow("Holistic needs and strengths assessment");
		assertThat(section("Sections and questions")).contains("Asked when “Rating of basic needs” is “In crisis”.")
			.contains(
					"Asked when “Domestic violence” is “Serious concern” or “Elder abuse” is “Serious concern” or “Child safety” is “Serious concern” or “Exploitation risk” is “Serious concern”.");
		screenshot("instruments-holistic");

		// an upload that uses what Casework does not support
		followNav("Instruments");
		follow("Upload an instrument");
		assertThat(heading()).isEqualTo("Upload an instrument");
		type(field("Questionnaire (FHIR R4 JSON)"),
				"""
						{"resourceType":"Questionnaire","id":"vitals","title":"Vitals","item":[
						{"linkId":"weight","text":"Weight","type":"quantity"},
						{"linkId":"packs","text":"Packs a day","type":"integer","enableWhen":[{"question":"cigarettes","operator":">","answerInteger":0}]}]}""");
		press("Store the instrument");
		String refused = this.driver.findElement(By.id("upload-problems")).getText();
		assertThat(refused).contains("The Questionnaire was not stored: 2 problems")
			.contains("Item weight: type 'quantity' is not supported")
			.contains("Item packs: enableWhen[0]: question 'cigarettes' is not an item of this instrument");
		assertThat(field("Questionnaire (FHIR R4 JSON)").getDomProperty("value")).contains("\"vitals\"");
		screenshot("instruments-upload-refused");

		// a screener from a file
		Path file = Files.createTempFile("instrument-", ".json");
		Files.writeString(file, screener(code, title), StandardCharsets.UTF_8);
		type(field("Questionnaire (FHIR R4 JSON)"), " ");
		field("Or choose a file").sendKeys(file.toAbsolutePath().toString());
		press("Store the instrument");
		assertThat(flash()).isEqualTo("Version 1 of " + title + " is stored.");
		assertThat(heading()).isEqualTo(title);
		assertThat(section("Sections and questions")).contains("Behind on any bills?")
			.contains("Asked when “Behind on any bills?” is yes.")
			.contains("Any of the options");

		// editing stores version 2; version 1 stays readable
		follow("Edit (new version)");
		assertThat(heading()).isEqualTo("Edit " + title);
		String json = field("Questionnaire (FHIR R4 JSON)").getDomProperty("value");
		assertThat(json).contains("\"version\": \"1\"");
		type(field("Questionnaire (FHIR R4 JSON)"),
				json.replace("Behind on any bills?", "Behind on any household bills?"));
		screenshot("instruments-edit");
		press("Store as version 2");
		assertThat(flash()).isEqualTo("Version 2 of " + title + " is stored.");
		assertThat(section("Sections and questions")).contains("Behind on any household bills?");
		assertThat(section("Versions")).contains("Version 2 (shown)").contains("Uploaded by padmin");
		follow("Version 1");
		assertThat(pageText()).contains("You are reading version 1; the latest is version 2.");
		assertThat(section("Sections and questions")).contains("Behind on any bills?");
		screenshot("instruments-version-1");

		// the program's instruments, from the program page
		open("/programs/" + program.id());
		follow("Assessment instruments of this program");
		assertThat(heading()).isEqualTo("Instruments of " + program.name());
		assertThat(pageText()).contains("The program has not chosen its instruments yet.");
		check(field("Instruments this program uses", "AHC Health-Related Social Needs screening (core questions)"));
		check(field("Instruments this program uses", title));
		press("Save the instruments");
		assertThat(this.driver.findElement(By.id("core")).getAttribute("aria-describedby")).contains("core-error");
		assertThat(this.driver.findElement(By.id("core-error")).getText())
			.isEqualTo("choose the core assessment among the instruments the program uses");
		assertThat(this.driver.findElement(By.id("error-summary")).getText())
			.contains("Core assessment: choose the core assessment among the instruments the program uses");
		screenshot("instruments-program-errors");
		field("Core assessment", title).click();
		press("Save the instruments");
		assertThat(flash()).isEqualTo("The instruments of " + program.name() + " are saved.");
		String inUse = section("Instruments in use");
		assertThat(inUse).isEqualTo("Instruments in use\n" + title
				+ "\nCore assessment\nAHC Health-Related Social Needs screening (core questions)");
		assertThat(field("Core assessment", title).isSelected()).isTrue();
		screenshot("instruments-program");

		// a worker reads the choice without the form
		logout();
		login("worker1");
		open("/programs/" + program.id() + "/instruments");
		assertThat(section("Instruments in use")).contains(title);
		assertThat(present(By.xpath("//button[normalize-space(.)='Save the instruments']"))).isFalse();
		screenshot("instruments-program-worker");
	}

	private void check(org.openqa.selenium.WebElement box) {
		if (!box.isSelected()) {
			box.click();
		}
	}

	private String section(String heading) {
		return this.driver.findElement(By.xpath("//section[.//h2[normalize-space(.)='" + heading + "']]")).getText();
	}

}
