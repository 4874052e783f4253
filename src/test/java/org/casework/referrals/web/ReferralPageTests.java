package org.casework.referrals.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.casework.cases.CaseSummary;
import org.casework.consents.InformationCategory;
import org.casework.directory.Directory;
import org.casework.directory.DirectoryImports;
import org.casework.directory.DirectoryService;
import org.casework.identity.UserContext;
import org.casework.referrals.ReferralTestData;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker on a phone finds a food pantry open now within five miles, refers a client who
 * gave consent, and creates the provider's link; the provider accepts through the link
 * without an account; the worker sees the status change.
 */
class ReferralPageTests extends BrowserSupport {

	/** The Decatur Community Fridge of the demo directory: open around the clock. */
	static final UUID FRIDGE = UUID.fromString("b4a33d98-58e9-5941-9374-b78687c45fcb");

	@Autowired
	ApplicationContext context;

	@Autowired
	DirectoryImports imports;

	@Autowired
	Directory directory;

	@Autowired
	UserContext users;

	@BeforeEach
	void loadTheDemoDirectory() throws IOException {
		byte[] demo;
		try (InputStream in = new ClassPathResource("directory/demo-directory.json").getInputStream()) {
			demo = in.readAllBytes();
		}
		this.users.runAs("padmin", () -> this.imports.importNow(demo));
	}

	@Test
	void aWorkerRefersAClientWithConsentAndTheProviderAcceptsThroughTheLink() {
		ReferralTestData data = new ReferralTestData(this.context);
		CaseSummary c = data.openCase("worker1", "Food Security", "Nadia", "Petrova");
		DirectoryService fridge = this.directory.service(FRIDGE).orElseThrow();
		data.consent("worker1", c.clientId(), fridge, InformationCategory.GENERAL, InformationCategory.HEALTH);

		login("worker1");
		open("/cases/" + c.id());
		follow("Make a referral");
		assertThat(heading()).isEqualTo("Refer Nadia Petrova to a service");
		follow("Search the directory");
		choose("Category", "Food pantry");
		check("Open now");
		fill("ZIP code", "30030");
		fill("Within (miles)", "5");
		press("Search");
		screenshot("referrals-find-service");
		WebElement card = this.driver
			.findElement(By.xpath("//article[.//a[normalize-space(.)='Decatur Community Fridge']]"));
		assertThat(card.getText()).contains("Open now");
		WebElement page = this.driver.findElement(By.tagName("html"));
		card.findElement(By.xpath(".//a[normalize-space(.)='Refer to this service']")).click();
		this.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));

		assertThat(heading()).isEqualTo("Refer Nadia Petrova to a service");
		String consent = this.driver.findElement(By.cssSelector(".consent-box")).getText();
		assertThat(consent).contains("General: covered by a consent")
			.contains("Health: covered by a consent")
			.contains("Mental health: no consent");
		fill("Why the client needs the service", "Out of food since Friday; two children at home.");
		type(this.driver.findElement(By.id("items0.text")), "Breastfeeding; needs formula for a 4-month-old.");
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.id("items0.category")))
			.selectByVisibleText("Health");
		screenshot("referrals-new");
		press("Send the referral");
		assertThat(flash()).isEqualTo("The referral to St. Stephen Ministries is sent.");
		assertThat(this.driver.findElement(By.cssSelector(".referral-status")).getText()).isEqualTo("Requested");
		assertThat(this.driver.findElement(By.cssSelector(".shared-items")).getText()).contains("Shared");

		press("Create a link for the provider");
		String link = this.driver.findElement(By.id("issued-link-url")).getDomProperty("value");
		assertThat(link).contains("/r/cwr_");
		screenshot("referrals-referral");
		String referral = this.driver.getCurrentUrl().replaceAll("#.*", "");
		logout();

		this.driver.get(link);
		assertThat(heading()).isEqualTo("A referral to Decatur Community Fridge");
		assertThat(pageText()).contains("Nadia Petrova")
			.contains("Out of food since Friday")
			.contains("Breastfeeding; needs formula");
		screenshot("referrals-provider");
		press("Accept the referral");
		assertThat(flash()).isEqualTo("Thank you: the agency sees your answer.");
		assertThat(this.driver.findElement(By.cssSelector(".referral-status")).getText()).isEqualTo("Accepted");

		login("worker1");
		this.driver.get(referral);
		assertThat(this.driver.findElement(By.cssSelector(".referral-status")).getText()).isEqualTo("Accepted");
		assertThat(this.driver.findElement(By.cssSelector(".referral-history")).getText())
			.contains("Accepted by St. Stephen Ministries");
		screenshot("referrals-accepted");

		open("/cases/" + c.id());
		assertThat(this.driver.findElement(By.id("referrals")).getText()).contains("Decatur Community Fridge")
			.contains("Accepted");
	}

	@Test
	void aProgramAdminSetsHowLongReferralsWaitAndAWorkerSeesTheStalledOnes() {
		var program = new ReferralTestData(this.context).cases().program("Referral Waits");
		login("padmin");
		open("/programs/" + program.id());
		follow("Referral follow-up of this program");
		assertThat(this.driver.findElement(By.cssSelector(".current-rule")).getText()).contains("after 3 business days")
			.contains("the agency's default");
		fill("Business days to wait for an answer", "0");
		press("Save");
		assertThat(errorOf(field("Business days to wait for an answer"))).contains("between 1 and 30");
		fill("Business days to wait for an answer", "5");
		screenshot("referrals-settings");
		press("Save");
		assertThat(flash()).isEqualTo("The rule is saved; it applies to referrals waiting now.");
		assertThat(this.driver.findElement(By.cssSelector(".current-rule")).getText()).contains("after 5 business days")
			.contains("this program's own rule");
		logout();

		login("worker1");
		followNav("Referrals");
		assertThat(heading()).isEqualTo("Stalled referrals");
		screenshot("referrals-stalled");
	}

}
