package org.casework.audit.web;

import java.util.List;

import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** An auditor reads the trail through its filters and checks that nobody altered it. */
class AuditPageTests extends BrowserSupport {

	@Test
	void anAuditorFiltersTheTrailByActorAndActionAndVerifiesTheChain() {
		login("auditor");
		followNav("Audit");
		assertThat(heading()).isEqualTo("Audit trail");
		screenshot("audit-trail");

		fill("Username", "auditor");
		choose("Action", "Signed in");
		press("Apply filters");
		assertThat(this.driver.findElement(By.cssSelector("p[role=status]")).getText())
			.matches("\\d+ entr(y|ies), newest first");
		List<WebElement> rows = this.driver.findElements(By.cssSelector("table tbody tr"));
		assertThat(rows).isNotEmpty();
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.findElement(By.xpath("td[3]")).getText()).isEqualTo("auditor");
			assertThat(row.findElement(By.xpath("td[4]")).getText()).isEqualTo("Signed in");
		});
		assertThat(field("Username").getDomProperty("value")).isEqualTo("auditor");
		screenshot("audit-filtered");

		pressInPlace("Verify the chain");
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "The chain is intact"));
		assertThat(this.driver.findElement(By.id("verification")).getText()).containsPattern("\\d+ entries checked");
		screenshot("audit-verified");
	}

	@Test
	void aDateThatIsNotADateIsNamedAtItsField() {
		login("auditor");
		open("/audit?from=yesterday");
		assertThat(errorOf(field("From (UTC)"))).isEqualTo("is not a valid date");
	}

	@Test
	void aCaseWorkerMayNotReadTheTrail() {
		login("worker1");
		assertThat(this.driver.findElements(By.linkText("Audit"))).isEmpty();
		open("/audit");
		assertThat(heading()).isEqualTo("Not allowed");
		screenshot("error-403");
	}

}
