package org.casework.programs.web;

import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program admin adds a phrase to the judgmental words that notes are checked for, then
 * retires it with a reason and finds it in the history; a case worker reads the lists
 * without the forms.
 */
class WordListPageTests extends BrowserSupport {

	@Test
	void aProgramAdminAddsAJudgmentalPhraseAndRetiresItWithAReason() {
		login("padmin");
		followNav("Programs");
		follow("Word lists");
		assertThat(heading()).isEqualTo("Vague goal wording");
		assertThat(entry("improve housing").getText()).contains("Shipped with Casework");

		follow("Judgmental words in notes");
		assertThat(heading()).isEqualTo("Judgmental words in notes");
		assertThat(entry("manic").getText()).contains("Describe what you saw and heard");

		expand("Add a phrase");
		fill("Suggestion", "Say how often the client called and what they asked for.");
		press("Add to the list");
		assertThat(errorOf(field("Phrase"))).contains("must contain at least one word");
		fill("Phrase", "Frequent flyer");
		screenshot("programs-word-lists-add");
		press("Add to the list");
		assertThat(flash()).isEqualTo("“Frequent flyer” is on the list.");
		assertThat(entry("Frequent flyer").getText()).contains("Say how often the client called")
			.contains("Added by Priya Raman on");

		WebElement added = entry("Frequent flyer");
		added.findElement(By.tagName("summary")).click();
		retire(entry("Frequent flyer"));
		assertThat(pageText()).contains("must say why the phrase is retired");
		type(entry("Frequent flyer").findElement(By.name("reason")), "Covered by the team's documentation training.");
		retire(entry("Frequent flyer"));
		assertThat(flash()).isEqualTo("“Frequent flyer” is off the list; it stays below as history.");
		assertThat(present(By.xpath("//ul[contains(@class,'word-list')]//div[normalize-space(.)='Frequent flyer']")))
			.isFalse();
		expand("Retired (1)");
		assertThat(this.driver.findElement(By.id("retired")).getText()).contains("Frequent flyer")
			.contains("Covered by the team's documentation training.");
		screenshot("programs-word-lists-retired");
		logout();

		login("worker1");
		open("/programs/word-lists/judgmental-wording");
		assertThat(entry("manic").isDisplayed()).isTrue();
		assertThat(present(By.id("add-phrase"))).isFalse();
		assertThat(present(By.xpath("//button[normalize-space(.)='Retire']"))).isFalse();
	}

	private WebElement entry(String phrase) {
		return this.driver.findElement(By.xpath("//ul[contains(@class,'word-list')]/li[div[contains(@class,'phrase')"
				+ " and normalize-space(.)='" + phrase + "']]"));
	}

	private void retire(WebElement entry) {
		clickThrough(entry.findElement(By.xpath(".//button[normalize-space(.)='Retire']")));
	}

}
