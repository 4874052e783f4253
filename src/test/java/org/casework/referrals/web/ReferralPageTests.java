package org.casework.referrals.web;

import org.casework.referrals.ReferralTestData;
import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program admin sets how long the program's referrals wait for the provider's answer,
 * and a worker finds the stalled referrals. A referral made on a phone under the client's
 * consent, answered by the provider through its link, is part of the browser lifecycle
 * scenario ({@code LifecyclePageTests}).
 */
class ReferralPageTests extends BrowserSupport {

	@Autowired
	ApplicationContext context;

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
