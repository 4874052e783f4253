package org.casework.consents.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.casework.cases.CaseTestData;
import org.casework.consents.ConsentFixtures;
import org.casework.consents.InformationCategory;
import org.casework.consents.Sharing;
import org.casework.identity.UserContext;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker on a phone records a client's consent with the signature drawn on the screen,
 * sees it active, records the client's revocation, and sees it revoked; the accounting of
 * disclosures shows what went out under it.
 */
class ConsentPageTests extends BrowserSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	UserContext users;

	@Autowired
	Sharing sharing;

	@Test
	void aWorkerRecordsASignedConsentOnThePhoneAndTheClientLaterRevokesIt() {
		UUID client = new CaseTestData(this.context).client("worker1", "Elena", "Vargas");
		this.driver.manage().window().setSize(new Dimension(375, 900));

		login("worker1");
		open("/clients/" + client);
		follow("Consents");
		assertThat(heading()).isEqualTo("Consents of Elena Vargas");
		assertThat(pageText()).contains("No consent is in effect");

		follow("Record a consent");
		press("Record the consent");
		assertThat(this.driver.findElement(By.id("error-summary")).getText()).contains("Recipient")
			.contains("Kinds of information")
			.contains("Expiry date");
		assertThat(errorOf(field("Purpose"))).contains("must say why");
		screenshot("consent-form-refused");

		choose("Recipient", "A person (type the name below)");
		fill("The person's name", "Rosa Vargas");
		field("Kinds of information", "General").click();
		field("Kinds of information", "Health").click();
		fill("Purpose", "Rosa, her sister, may speak with the clinic about appointments");
		fillDate("Expiry date", LocalDate.now().plusYears(1));
		check("The client was shown the right to revoke and acknowledged it");
		sign();
		screenshot("consent-form");
		press("Record the consent");

		assertThat(flash()).isEqualTo("The consent is recorded.");
		WebElement card = this.driver.findElement(By.cssSelector("#current-heading ~ .consent-card"));
		assertThat(card.getText()).contains("Rosa Vargas").contains("Active").contains("General").contains("Health");
		assertThat(card.findElement(By.cssSelector("img.consent-signature")).getDomProperty("naturalWidth"))
			.isEqualTo("300");
		screenshot("consents-active");

		// a referral goes out under it: health is allowed, substance use is withheld
		this.users.runAs("worker1",
				() -> this.sharing.disclose(client, ConsentFixtures.person("Rosa Vargas"),
						EnumSet.of(InformationCategory.HEALTH, InformationCategory.SUBSTANCE_USE),
						"Appointment reminders", "Next clinic appointment", null));

		// before sharing, the worker checks what may go to Rosa today
		follow("What may be shared?");
		choose("Recipient", "A person (type the name below)");
		fill("The person's name", "Rosa Vargas");
		field("Kinds of information", "Health").click();
		field("Kinds of information", "Substance use (42 CFR Part 2)").click();
		press("Check");
		assertThat(this.driver.findElement(By.id("decision")).getText()).contains("Health: may be shared")
			.contains("Substance use (42 CFR Part 2): withheld: no consent");
		screenshot("consents-sharing-check");
		follow("Consents");

		follow("End this consent Rosa Vargas");
		assertThat(heading()).isEqualTo("End the consent for Rosa Vargas");
		choose("How the revocation was received", "In writing");
		fill("Note", "Letter handed in at the front desk");
		screenshot("consent-revoke");
		press("Revoke the consent");

		assertThat(flash()).isEqualTo("The consent is revoked: nothing more is shared under it.");
		assertThat(pageText()).contains("No consent is in effect");
		WebElement ended = this.driver.findElement(By.cssSelector("#ended-heading ~ .consent-card"));
		assertThat(ended.getText()).contains("Revoked")
			.contains("Revoked on " + LocalDate.now() + " · received: In writing")
			.contains("Letter handed in at the front desk");
		screenshot("consents-revoked");

		follow("Accounting of disclosures");
		assertThat(heading()).isEqualTo("Accounting of disclosures");
		WebElement disclosure = this.driver.findElement(By.cssSelector(".disclosure"));
		assertThat(disclosure.getText()).contains("Rosa Vargas")
			.contains("Health")
			.contains("Appointment reminders")
			.contains("worker1")
			.doesNotContain("Substance use");
		screenshot("consents-disclosures");
	}

}
