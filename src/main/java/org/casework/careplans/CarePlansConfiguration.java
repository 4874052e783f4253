package org.casework.careplans;

import org.casework.careplans.domain.SmartChecker;
import org.casework.programs.WordList;
import org.casework.programs.WordLists;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CarePlansConfiguration {

	/**
	 * The SMART check with the list of vague wording a program admin keeps, read at every
	 * check so that a change applies at once.
	 */
	@Bean
	SmartChecker smartChecker(WordLists lists) {
		return new SmartChecker(() -> lists.phrases(WordList.VAGUE_GOAL_WORDING));
	}

}
