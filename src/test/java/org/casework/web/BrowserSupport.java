package org.casework.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.casework.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives Debian's Chromium through Selenium the way a person uses the screens: fields are
 * found by their visible labels, buttons and links by their text. Every
 * {@link #screenshot(String)} saves the page at 375 px and 1280 px under
 * {@code target/screenshots/} and fails when the page scrolls sideways on a phone, when
 * axe-core finds a serious WCAG 2.1 AA violation, or when the browser reports a
 * Content-Security-Policy violation; {@link #capture(String)} saves the 375 px view only
 * and leaves out the accessibility analysis, for screens another test checks fully.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserSupport {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final int PHONE = 375;

	static final int DESKTOP = 1280;

	private static final DateTimeFormatter US_DATE_KEYS = DateTimeFormatter.ofPattern("MMddyyyy");

	@LocalServerPort
	private int port;

	protected ChromeDriver driver;

	protected WebDriverWait wait;

	/**
	 * One browser for the whole run, reset before each test: starting Chromium and its
	 * driver for each of some fifty tests cost about a second each.
	 */
	private static ChromeDriver shared;

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(BrowserSupport::quitShared));
	}

	/**
	 * Keeps what the browser showed when a test failed, next to the screenshots, and has
	 * the next test start a fresh browser rather than one left in an unknown state.
	 */
	@RegisterExtension
	final AfterTestExecutionCallback keepFailure = context -> {
		if (context.getExecutionException().isPresent() && this.driver != null) {
			try {
				Files.createDirectories(SCREENSHOTS);
				Files.write(SCREENSHOTS.resolve("failed-" + context.getRequiredTestMethod().getName() + ".png"),
						this.driver.getScreenshotAs(OutputType.BYTES));
			}
			finally {
				quitShared();
			}
		}
	};

	@BeforeEach
	void startBrowser() {
		this.driver = browser();
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
	}

	/**
	 * The shared browser as a new one would be: no cookies (of any port: a session of
	 * another test's server included), nothing left in its console log, the desktop
	 * window size and no device emulation, a blank page.
	 */
	private static synchronized ChromeDriver browser() {
		if (shared != null) {
			try {
				shared.executeCdpCommand("Network.clearBrowserCookies", Map.of());
				shared.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
				shared.manage().window().setSize(new Dimension(DESKTOP, 900));
				shared.get("about:blank");
				shared.manage().logs().get(LogType.BROWSER);
				return shared;
			}
			catch (WebDriverException ex) {
				quitShared();
			}
		}
		shared = launch();
		return shared;
	}

	private static ChromeDriver launch() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("casework.test.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=en-US", "--window-size=" + DESKTOP + ",900",
				// Bootstrap scrolls smoothly unless motion is reduced; Selenium clicks
				// before a smooth scroll ends
				"--force-prefers-reduced-motion");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(
					Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
			.build();
		return new ChromeDriver(service, options);
	}

	private static synchronized void quitShared() {
		if (shared != null) {
			try {
				shared.quit();
			}
			catch (WebDriverException ex) {
				// already gone
			}
			shared = null;
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void open(String path) {
		this.driver.get(url(path));
	}

	protected void login(String username) {
		open("/login");
		fill("Username", username);
		fill("Password", TestUsers.PASSWORD);
		press("Sign in");
		this.wait.until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/** Signs out, opening the menu first on a narrow screen. */
	protected void logout() {
		if (!button("Sign out").isDisplayed()) {
			this.driver.findElement(By.cssSelector(".navbar-toggler")).click();
			this.wait.until(ExpectedConditions.elementToBeClickable(button("Sign out")));
		}
		press("Sign out");
		this.wait.until(ExpectedConditions.urlContains("/login"));
	}

	/** The form control whose visible label reads {@code label}. */
	protected WebElement field(String label) {
		WebElement element = this.driver.findElement(By.xpath("//label[normalize-space(span[1])=" + literal(label)
				+ " or (not(span) and normalize-space(.)=" + literal(label) + ")]"));
		return this.driver.findElement(By.id(element.getAttribute("for")));
	}

	/**
	 * The fieldset whose legend reads {@code legend} (or whose legend's first span does,
	 * before a "(required)").
	 */
	protected WebElement group(String legend) {
		return this.driver.findElement(By.xpath("//fieldset[legend[normalize-space(.)=" + literal(legend)
				+ " or normalize-space(span[1])=" + literal(legend) + "]]"));
	}

	/**
	 * A control labelled {@code label} inside the fieldset with legend {@code legend}.
	 */
	protected WebElement field(String legend, String label) {
		WebElement fieldset = group(legend);
		WebElement element = fieldset.findElement(By.xpath(".//label[normalize-space(span[1])=" + literal(label)
				+ " or (not(span) and normalize-space(.)=" + literal(label) + ")]"));
		return this.driver.findElement(By.id(element.getAttribute("for")));
	}

	protected void fill(String label, String value) {
		type(field(label), value);
	}

	protected void type(WebElement element, String value) {
		element.clear();
		element.sendKeys(value);
	}

	/** Types a date into a date input as a person with a US keyboard layout would. */
	protected void fillDate(WebElement element, LocalDate date) {
		element.click();
		element.sendKeys(US_DATE_KEYS.format(date));
		if (!date.toString().equals(element.getDomProperty("value"))) {
			((JavascriptExecutor) this.driver).executeScript(
					"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
							+ " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
					element, date.toString());
		}
	}

	protected void fillDate(String label, LocalDate date) {
		fillDate(field(label), date);
	}

	protected void choose(WebElement select, String optionText) {
		new Select(select).selectByVisibleText(optionText);
	}

	protected void choose(String label, String optionText) {
		choose(field(label), optionText);
	}

	/**
	 * The client signs on the screen's signature pad with a finger's stroke, and the form
	 * has the drawn signature before anything is submitted.
	 */
	protected void sign() {
		WebElement canvas = this.driver.findElement(By.cssSelector("canvas[data-signature-canvas]"));
		new Actions(this.driver).scrollToElement(canvas).perform();
		new Actions(this.driver).moveToElement(canvas, -50, 0)
			.clickAndHold()
			.moveByOffset(30, -15)
			.moveByOffset(30, 25)
			.moveByOffset(30, -20)
			.release()
			.perform();
		this.wait.until(d -> d.findElement(By.cssSelector("input[data-signature-value]"))
			.getDomProperty("value")
			.startsWith("data:image/png"));
	}

	protected void check(String label) {
		WebElement box = field(label);
		if (!box.isSelected()) {
			box.click();
		}
	}

	/** Presses a button that submits a form and waits for the next page. */
	protected void press(String text) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		try {
			button(text).click();
		}
		catch (WebDriverException ex) {
			// ChromeDriver now and then loses the node it just found after a CDP session
			// (screenshots, axe) ran on the page; the page is still there, so try once
			// more
			if (stale(page)) {
				throw ex;
			}
			button(text).click();
		}
		this.wait.until(d -> stale(page));
	}

	private static boolean stale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			return ex.getMessage() != null && ex.getMessage().contains("does not belong to the document");
		}
	}

	/** Opens a collapsed part of the page ({@code <details>}) by its summary. */
	protected void expand(String summary) {
		WebElement toggle = this.driver.findElement(By.xpath("//summary[normalize-space(.)=" + literal(summary) + "]"));
		if (toggle.findElement(By.xpath("..")).getAttribute("open") == null) {
			toggle.click();
		}
	}

	/** Presses a button that htmx handles in place: the page stays. */
	protected void pressInPlace(String text) {
		button(text).click();
	}

	protected WebElement button(String text) {
		return this.driver.findElement(By.xpath("//button[normalize-space(.)=" + literal(text) + "]"));
	}

	protected void follow(String text) {
		clickThrough(this.driver.findElement(By.xpath("//a[normalize-space(.)=" + literal(text) + "]")));
	}

	/**
	 * Clicks a link or a button that loads another page, and waits for it. A page
	 * replaced answers either as stale or, now and then, as a node that "does not belong
	 * to the document": both mean the next page is there.
	 */
	protected void clickThrough(WebElement element) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		element.click();
		this.wait.until(d -> stale(page));
	}

	/**
	 * Follows a link of the main navigation, opening the menu first on a narrow screen.
	 */
	protected void followNav(String text) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		WebElement link = this.driver.findElement(By.xpath("//nav//a[normalize-space(.)=" + literal(text) + "]"));
		if (!link.isDisplayed()) {
			this.driver.findElement(By.cssSelector(".navbar-toggler")).click();
			this.wait.until(ExpectedConditions.elementToBeClickable(link));
		}
		link.click();
		this.wait.until(d -> stale(page));
	}

	protected String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	/** Text of the flash message, the page's status line after a post-redirect-get. */
	protected String flash() {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#flash .alert")))
			.getText();
	}

	/** The error shown under a field, found the way assistive technology finds it. */
	protected String errorOf(WebElement field) {
		String describedBy = field.getAttribute("aria-describedby");
		assertThat(describedBy).as("aria-describedby of " + field.getAttribute("id")).isNotBlank();
		assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
		String errorId = field.getAttribute("id") + "-error";
		assertThat(describedBy.split(" ")).contains(errorId);
		return this.driver.findElement(By.id(errorId)).getText();
	}

	protected boolean present(By by) {
		try {
			this.driver.findElement(by);
			return true;
		}
		catch (NoSuchElementException ex) {
			return false;
		}
	}

	protected String pageText() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	protected void pressEnter(WebElement element) {
		element.sendKeys(Keys.ENTER);
	}

	/**
	 * Saves the page as a phone (375 px) and a desktop (1280 px) show it, full length.
	 * Fails when the page is wider than a phone's screen, has serious accessibility
	 * problems, or when the browser refused something under the Content-Security-Policy.
	 */
	protected void screenshot(String name) {
		List<String> problems = new ArrayList<>();
		save(name, new int[] { PHONE, DESKTOP }, problems);
		Results axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(this.driver);
		for (Rule violation : axe.getViolations()) {
			if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
				problems.add(violation.getId() + ": " + violation.getHelp() + " "
						+ violation.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
			}
		}
		consoleProblems(problems);
		assertThat(problems).as("layout and console problems on " + name).isEmpty();
	}

	/**
	 * Saves the page as a phone shows it (375 px), full length, and fails when it is
	 * wider than the phone's screen or when the browser refused something under the
	 * Content-Security-Policy: for a screen whose accessibility and desktop layout
	 * another test checks with {@link #screenshot(String)}. It takes a fraction of that
	 * check's time, most of which goes to the accessibility analysis.
	 */
	protected void capture(String name) {
		List<String> problems = new ArrayList<>();
		save(name, new int[] { PHONE }, problems);
		consoleProblems(problems);
		assertThat(problems).as("layout and console problems on " + name).isEmpty();
	}

	/** Saves the page at each width, noting where it scrolls sideways. */
	private void save(String name, int[] widths, List<String> problems) {
		try {
			Files.createDirectories(SCREENSHOTS);
			for (int width : widths) {
				this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
						Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width == PHONE));
				Number scrollWidth = (Number) this.driver.executeScript("return document.documentElement.scrollWidth");
				if (scrollWidth.intValue() > width) {
					problems.add(name + " is " + scrollWidth + " px wide at " + width + " px");
				}
				Number height = (Number) this.driver.executeScript(
						"return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
				Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
						Map.of("format", "png", "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width",
								width, "height", Math.max(height.intValue(), 100), "scale", 1)));
				Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"),
						Base64.getDecoder().decode((String) shot.get("data")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** What the browser refused under the Content-Security-Policy, and script errors. */
	private void consoleProblems(List<String> problems) {
		for (LogEntry entry : this.driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Uncaught")) {
				problems.add(entry.getMessage());
			}
		}
	}

	private static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

}
