package org.casework.careplans;

import org.casework.careplans.domain.SmartChecker;
import org.casework.careplans.domain.VaguePhrases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CarePlansConfiguration {

	/** The SMART check with the shipped list of vague wording. */
	@Bean
	SmartChecker smartChecker() {
		return new SmartChecker(VaguePhrases.defaults());
	}

}
