package org.casework.clients.web;

import java.time.LocalDate;
import java.util.List;

import org.casework.clients.ClientRegistry;
import org.casework.clients.domain.Address;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.Client;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.Sex;
import org.casework.identity.UserContext;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case worker at the registry's screens: registering, being warned of a duplicate,
 * finding people despite spelling mistakes, editing with a stale copy, and breaking the
 * glass for someone outside the caseload. Registering anyway after the warning is part of
 * the browser lifecycle scenario ({@code LifecyclePageTests}).
 */
class ClientPageTests extends BrowserSupport {

	@Autowired
	ClientRegistry registry;

	@Autowired
	UserContext users;

	@Test
	void aWorkerRegistersAClientIsWarnedOfANearDuplicateAndFindsTheClientDespiteAMisspelling() {
		login("worker1");
		assertThat(heading()).contains("Dana Whitfield");
		screenshot("home-worker");

		followNav("Clients");
		assertThat(heading()).isEqualTo("Find a client");
		screenshot("clients-search");

		follow("Register a client");
		assertThat(heading()).isEqualTo("Register a client");
		fill("First name", "Margarethe");
		fill("Last name", "Vandersloot");
		fillDate("Date of birth", LocalDate.of(1979, 4, 12));
		choose("Sex", "Female");
		fill("Preferred language", "nl");
		fill("Email", "m.vandersloot@example.org");
		fill("Phone number", "555-318-2200");
		fill("Street address", "12 Canal Street");
		fill("City", "Riverside");
		press("Add an identifier");
		choose(field("Identifier 1", "Kind of identifier"), "Social Security number");
		type(field("Identifier 1", "Number"), "123-45-6789");
		press("Add a household member");
		type(field("Household member 1", "Name"), "Pieter Vandersloot");
		choose(field("Household member 1", "Relationship to the client"), "Child");
		screenshot("clients-new");
		press("Register");

		assertThat(flash()).isEqualTo("Margarethe Vandersloot is registered.");
		assertThat(heading()).isEqualTo("Margarethe Vandersloot");
		assertThat(pageText()).contains("***-**-6789").doesNotContain("123-45-6789").contains("Pieter Vandersloot");
		screenshot("clients-profile");
		follow("Edit");
		assertThat(group("Identifier 1").getText()).contains("***-**-6789");
		press("Save changes");
		assertThat(flash()).isEqualTo("Changes to Margarethe Vandersloot are saved.");
		assertThat(pageText()).contains("***-**-6789").contains("Pieter Vandersloot");

		open("/clients/new");
		fill("First name", "Margarete");
		fill("Last name", "Vandersloot");
		fillDate("Date of birth", LocalDate.of(1979, 4, 12));
		field("Email").click();
		// the panel may first answer for the names alone, before the date of birth
		// arrives
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("duplicates"), "Likely the same person"));
		WebElement panel = this.driver.findElement(By.xpath("//section[h2[normalize-space(.)='Possible duplicates']]"));
		assertThat(panel.getText()).contains("Margarethe Vandersloot").contains("Likely the same person");
		press("Register");
		panel = this.driver.findElement(By.xpath("//section[h2[normalize-space(.)='Possible duplicates']]"));
		assertThat(panel.getText()).contains("Margarethe Vandersloot");
		assertThat(panel.findElement(By.partialLinkText("Open record")).getAttribute("href")).contains("/clients/");
		assertThat(button("This is a different person — register anyway").isDisplayed()).isTrue();
		screenshot("clients-duplicates");

		open("/clients");
		fill("Name", "Margaret Vandersluit");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "found"));
		WebElement hit = this.driver
			.findElement(By.xpath("//ul[@aria-label='Search results']//a[contains(., 'Margarethe Vandersloot')]"));
		assertThat(hit.isDisplayed()).isTrue();
		assertThat(this.driver.findElement(By.id("results")).getText()).contains("% match");
		screenshot("clients-search-results");
	}

	@Test
	void refusedFieldsAreNamedNextToTheFieldAndAStaleEditChangesNothing() {
		Client client = registerAs("worker1", "Theodora", "Quennell", LocalDate.of(1968, 1, 30));
		login("worker1");
		open("/clients/" + client.id());
		follow("Edit");
		assertThat(heading()).isEqualTo("Edit client");

		fill("Last name", "");
		fill("Email", "not-an-email");
		press("Save changes");
		assertThat(this.driver.findElement(By.id("error-summary")).getText()).contains("Last name: must not be empty");
		assertThat(errorOf(field("Last name"))).isEqualTo("must not be empty");
		assertThat(errorOf(field("Email"))).isEqualTo("is not a valid email address");
		screenshot("clients-edit-errors");

		fill("Last name", "Quennell-Hart");
		fill("Email", "theodora@example.org");
		this.users.runAs("worker1", () -> {
			Client current = this.registry.read(client.id());
			ClientDetails d = current.details();
			return this.registry.revise(client.id(), current.version(),
					new ClientDetails(d.givenName(), d.middleName(), d.familyName(), "Teddy", d.dateOfBirth(),
							d.birthDatePrecision(), d.birthYear(), d.sex(), null, null, null, false, null, d.address(),
							d.phones(), d.householdMembers(), d.relationships()),
					List.of());
		});
		press("Save changes");
		assertThat(this.driver.findElement(By.cssSelector("[role=alert]")).getText())
			.contains("Changed by someone else");
		screenshot("clients-edit-conflict");

		follow("Reload the record");
		assertThat(field("Last name").getDomProperty("value")).isEqualTo("Quennell");
		assertThat(field("Preferred name").getDomProperty("value")).isEqualTo("Teddy");
	}

	@Test
	void aRelationshipLinksTwoClientsBothWays() {
		Client wife = registerAs("worker1", "Henrietta", "Oyelaran", LocalDate.of(1975, 2, 14));
		Client husband = registerAs("worker1", "Babatunde", "Oyelaran", LocalDate.of(1973, 9, 3));
		login("worker1");
		open("/clients/" + husband.id() + "/edit");
		press("Add a relationship");
		choose(field("Relationship 1", "Related client"), "Henrietta Oyelaran (1975-02-14)");
		choose(field("Relationship 1", "Relationship to the client"), "Spouse");
		type(field("Relationship 1", "Note"), "Married 1999");
		screenshot("clients-edit-relationship");
		press("Save changes");
		assertThat(flash()).isEqualTo("Changes to Babatunde Oyelaran are saved.");
		WebElement relationships = this.driver
			.findElement(By.xpath("//section[.//h2[normalize-space(.)='Relationships with other clients']]"));
		assertThat(relationships.getText()).contains("Spouse: Henrietta Oyelaran");

		relationships.findElement(By.linkText("Henrietta Oyelaran")).click();
		this.wait.until(ExpectedConditions.urlContains(wife.id().toString()));
		assertThat(this.driver
			.findElement(By.xpath("//section[.//h2[normalize-space(.)='Relationships with other clients']]"))
			.getText()).contains("Spouse: Babatunde Oyelaran");

		open("/clients/" + husband.id() + "/edit");
		assertThat(group("Relationship 1").getText()).contains("Henrietta Oyelaran");
		press("Save changes");
		assertThat(flash()).isEqualTo("Changes to Babatunde Oyelaran are saved.");
		assertThat(pageText()).contains("Spouse: Henrietta Oyelaran");
	}

	@Test
	void aRecordRegisteredInErrorIsMarkedWithTheReason() {
		Client client = registerAs("worker1", "Bartholomew", "Featherstonehaugh", LocalDate.of(1955, 11, 2));
		login("worker1");
		open("/clients/" + client.id());
		follow("Mark as entered in error");
		fill("Why was this record entered in error?", "Registered twice at the front desk.");
		screenshot("clients-mark-in-error");
		press("Mark as entered in error");
		assertThat(flash()).isEqualTo("The record is marked as entered in error.");
		assertThat(this.driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("Registered in error")
			.contains("Registered twice at the front desk.");
		assertThat(present(By.linkText("Edit"))).isFalse();
		screenshot("clients-profile-in-error");
	}

	@Test
	void aWorkerBreaksTheGlassForAClientOutsideTheCaseloadAndTheSupervisorIsAlerted() {
		Client client = registerAs("worker1", "Evangelina", "Throckmorton", LocalDate.of(1987, 6, 9));
		login("worker2");
		open("/clients");
		fill("Name", "Evangelina Throckmorton");
		pressInPlace("Look in the whole registry");
		WebElement outside = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.xpath("//section[h2[normalize-space(.)='Outside your caseload']]")));
		assertThat(outside.getText()).contains("Evangelina Throckmorton");
		screenshot("clients-search-registry");
		outside.findElement(By.partialLinkText("Emergency access")).click();

		assertThat(heading()).isEqualTo("Emergency access");
		press("Open the record");
		assertThat(errorOf(field("Reason for emergency access")))
			.isEqualTo("must explain the emergency in at least 10 characters");
		fill("Reason for emergency access", "Client called the crisis line; needs the safety plan now.");
		screenshot("clients-emergency-access");
		press("Open the record");
		assertThat(flash()).startsWith("Emergency access is open until");
		assertThat(heading()).isEqualTo("Evangelina Throckmorton");
		logout();

		login("supervisor1");
		WebElement alerts = this.driver.findElement(By.xpath("//section[.//h2[contains(., 'Emergency access')]]"));
		assertThat(alerts.getText()).contains("Luis Ortega").contains("crisis line");
		screenshot("home-supervisor");
		alerts.findElement(By.xpath(".//li[contains(., 'crisis line')]//button")).click();
		assertThat(flash()).isEqualTo("Alert acknowledged.");
		assertThat(client.id()).isNotNull();
	}

	private Client registerAs(String username, String first, String last, LocalDate dob) {
		return this.users.runAs(username,
				() -> this.registry.register(new ClientDetails(first, null, last, null, dob, BirthDatePrecision.EXACT,
						null, Sex.NOT_STATED, null, null, "en", false, null,
						new Address("1 Test Road", null, "Riverside", "GA", "30301", "Fulton"), List.of(), List.of(),
						List.of()), List.of(), List.of()));
	}

}
