package org.casework.directory.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.directory.Directory;
import org.casework.directory.DirectoryImports;
import org.casework.identity.UserContext;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker finds a food pantry open now within five miles of a ZIP code and reads it; a
 * program admin imports pasted HSDS JSON, follows the import to its report with the
 * refused record, and marks a service inactive.
 */
class DirectoryPageTests extends BrowserSupport {

	@Autowired
	DirectoryImports imports;

	@Autowired
	Directory directory;

	@Autowired
	UserContext users;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void loadTheDemoDirectory() throws IOException {
		byte[] demo;
		try (InputStream in = new ClassPathResource("directory/demo-directory.json").getInputStream()) {
			demo = in.readAllBytes();
		}
		this.users.runAs("padmin", () -> this.imports.importNow(demo));
	}

	@Test
	void aWorkerFindsAFoodPantryOpenNowWithinFiveMilesOfAZipCodeAndOpensIt() {
		login("worker1");
		followNav("Directory");
		assertThat(heading()).isEqualTo("Resource directory");
		choose("Category", "Food pantry");
		check("Open now");
		fill("ZIP code", "30030");
		fill("Within (miles)", "5");
		press("Search");

		WebElement card = this.driver
			.findElement(By.xpath("//article[.//a[normalize-space(.)='Decatur Community Fridge']]"));
		assertThat(card.getText()).contains("Open now").contains("miles").contains("St. Stephen Ministries");
		assertThat(this.driver.findElements(By.cssSelector("article.service-card")))
			.allSatisfy(c -> assertThat(c.getText()).contains("Open now").contains("Food pantry"));
		assertThat(pageText()).doesNotContain("Marietta Emergency Food Pantry");
		screenshot("directory-search");

		follow("Decatur Community Fridge");
		assertThat(heading()).isEqualTo("Decatur Community Fridge");
		assertThat(pageText()).contains("Open now")
			.contains("24 hours")
			.contains("412 Church Street, Decatur, GA 30030")
			.contains("English, Spanish")
			.contains("St. Stephen Ministries")
			.contains("Metro Atlanta");
		assertThat(present(By.xpath("//button[normalize-space(.)='Mark inactive']"))).isFalse();
		screenshot("directory-service");
	}

	@Test
	void aProgramAdminImportsPastedJsonSeesTheRefusedRecordAndMarksAServiceInactive() {
		UUID pantryId = UUID.randomUUID();
		Map<String, Object> pantry = service(pantryId, "Grant Park Pop-up Pantry");
		Map<String, Object> broken = service(UUID.randomUUID(), "Broken Record Pantry");
		broken.put("phones", List.of(Map.of("id", UUID.randomUUID().toString(), "type", "voice")));
		String dataset = this.json.writeValueAsString(List.of(pantry, broken));

		login("padmin");
		followNav("Directory");
		follow("Import services");
		assertThat(heading()).isEqualTo("Import services");
		screenshot("directory-import");
		this.driver.executeScript("arguments[0].value = arguments[1]", field("Or paste the JSON"), dataset);
		press("Import");

		assertThat(heading()).isEqualTo("Import report");
		this.wait.withTimeout(Duration.ofSeconds(20))
			.until(d -> d.findElement(By.id("progress-heading")).getText().equals("Import finished"));
		assertThat(this.driver.findElement(By.id("import-progress")).getText())
			.contains("2 of 2 records checked: 1 imported, 1 refused")
			.contains("services[1].phones[0].number: required")
			.contains("Broken Record Pantry");
		screenshot("directory-import-report");

		open("/directory/services/" + pantryId);
		assertThat(heading()).isEqualTo("Grant Park Pop-up Pantry");
		press("Mark inactive");
		assertThat(flash()).isEqualTo("Grant Park Pop-up Pantry is marked inactive.");
		assertThat(pageText()).contains("Inactive");
		assertThat(this.directory.service(pantryId)).hasValueSatisfying(s -> assertThat(s.active()).isFalse());
		press("Mark active again");
		assertThat(flash()).isEqualTo("Grant Park Pop-up Pantry is active again.");
	}

	private static Map<String, Object> service(UUID id, String name) {
		UUID location = UUID.randomUUID();
		return new java.util.LinkedHashMap<>(Map.of("id", id.toString(), "name", name, "status", "active",
				"description", "Groceries on Saturday mornings.", "organization",
				Map.of("id", UUID.nameUUIDFromBytes(name.getBytes()).toString(), "name", name + " Collective",
						"description", "Neighbours feeding neighbours."),
				"phones", List.of(Map.of("id", UUID.randomUUID().toString(), "number", "404-555-0177")),
				"service_at_locations",
				List.of(Map.of("id", UUID.randomUUID().toString(), "location", Map.of("id", location.toString(),
						"location_type", "physical", "latitude", 33.7373, "longitude", -84.3703)))));
	}

}
