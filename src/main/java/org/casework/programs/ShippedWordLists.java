package org.casework.programs;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the word lists from the shipped resources at startup, before anything reads them;
 * a list that was ever filled is left as the program admins keep it.
 */
@Component
@Order(0)
class ShippedWordLists implements ApplicationRunner {

	private final WordLists lists;

	ShippedWordLists(WordLists lists) {
		this.lists = lists;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.lists.seedShipped();
	}

}
