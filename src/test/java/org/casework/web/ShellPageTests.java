package org.casework.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What surrounds every screen: signing in and out, the menu each role sees, the language,
 * and the pages for what is not there.
 */
class ShellPageTests extends BrowserSupport {

	@Test
	void signingInSaysWhatWentWrongAndSigningOutSaysSo() {
		open("/login");
		assertThat(heading()).isEqualTo("Sign in");
		screenshot("login");
		fill("Username", "worker2");
		fill("Password", "not-the-password");
		press("Sign in");
		assertThat(this.driver.findElement(By.cssSelector("[role=alert]")).getText())
			.isEqualTo("The username or password is not right.");
		screenshot("login-error");

		login("worker2");
		assertThat(heading()).isEqualTo("Welcome, Luis Ortega");
		logout();
		assertThat(this.driver.findElement(By.cssSelector(".alert[role=status]")).getText())
			.isEqualTo("You have signed out.");
	}

	@Test
	void anAccountIsHeldAfterTooManyFailedSignIns() {
		for (int i = 0; i < 5; i++) {
			open("/login");
			fill("Username", "nobody-at-all");
			fill("Password", "guess-number-" + i);
			press("Sign in");
		}
		open("/login");
		fill("Username", "nobody-at-all");
		fill("Password", "one-more-guess");
		press("Sign in");
		assertThat(this.driver.findElement(By.cssSelector("[role=alert]")).getText())
			.isEqualTo("Too many failed sign-ins. Wait 15 minutes, then try again.");
	}

	@Test
	void aSessionThatEndedSendsThePersonToSignInAgainWithAReason() {
		login("worker1");
		this.driver.manage().deleteCookieNamed("CASEWORK_SESSION");
		this.driver.manage().addCookie(new Cookie("CASEWORK_SESSION", "ZW5kZWQtc2Vzc2lvbi0xMjM0NTY3ODk="));
		open("/clients");
		assertThat(heading()).isEqualTo("Sign in");
		assertThat(this.driver.findElement(By.cssSelector(".alert")).getText())
			.isEqualTo("Your session ended after a while without activity. Sign in again.");
		screenshot("login-expired");
		fill("Username", "worker1");
		fill("Password", org.casework.TestUsers.PASSWORD);
		press("Sign in");
		assertThat(heading()).isEqualTo("Find a client");
	}

	@Test
	void theFirstTabReachesTheSkipLink() {
		login("worker1");
		this.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = this.driver.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Skip to main content");
		focused.sendKeys(Keys.ENTER);
		assertThat(this.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void theMenuShowsOnlyWhatTheRolesOpen() {
		login("admin");
		assertThat(menu()).containsExactly("Users", "Teams", "My API tokens");
		screenshot("home-admin");
		logout();
		login("auditor");
		assertThat(menu()).containsExactly("Audit", "My API tokens");
		logout();
		login("padmin");
		assertThat(menu()).containsExactly("Programs", "Directory", "Instruments", "My API tokens");
		logout();
		login("supervisor1");
		assertThat(menu()).containsExactly("Caseload", "Clients", "Intakes", "Referrals", "Review queue", "Programs",
				"Directory", "My API tokens");
	}

	@Test
	void theScreensSpeakSpanish() {
		login("worker1");
		open("/?lang=es");
		assertThat(heading()).isEqualTo("Bienvenido/a, Dana Whitfield");
		assertThat(menu()).containsExactly("Carga de casos", "Clientes", "Admisiones", "Derivaciones", "Programas",
				"Directorio", "Mis tokens de API");
		open("/clients/new");
		assertThat(heading()).isEqualTo("Registrar un cliente");
		screenshot("clients-new-es");
		open("/?lang=en");
	}

	@Test
	void aRecordThatIsNotThereAnswersNotFound() {
		login("worker1");
		open("/clients/" + UUID.randomUUID());
		assertThat(heading()).isEqualTo("Not found");
		screenshot("error-404");
	}

	private java.util.List<String> menu() {
		return this.driver.findElements(By.cssSelector("#main-nav .navbar-nav .nav-link"))
			.stream()
			.map(e -> e.getAttribute("textContent").trim())
			.toList();
	}

}
