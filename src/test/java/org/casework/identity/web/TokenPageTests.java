package org.casework.identity.web;

import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone keeps their own API tokens: a new one is shown once, an old one revoked. */
class TokenPageTests extends BrowserSupport {

	@Test
	void aTokenIsShownOnceAndCanBeRevoked() {
		login("auditor");
		followNav("My API tokens");
		assertThat(heading()).isEqualTo("My API tokens");
		press("Create token");
		assertThat(errorOf(field("What is it for?"))).isEqualTo("must say what the token is for");

		fill("What is it for?", "Nightly export");
		press("Create token");
		String token = field("Token").getDomProperty("value");
		assertThat(token).startsWith("cw_");
		assertThat(pageText()).contains("shown this once");
		screenshot("tokens-issued");

		open("/account/tokens");
		assertThat(this.driver.getPageSource()).doesNotContain(token);
		assertThat(pageText()).contains("Nightly export");
		press("Revoke Nightly export");
		assertThat(flash()).isEqualTo("The token is revoked.");
		assertThat(this.driver.findElement(By.xpath("//li[contains(., 'Nightly export')]")).getText())
			.contains("Revoked");
		screenshot("tokens");
	}

}
