package org.casework.demo;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

	/**
	 * With demo data, the application reads the demo clock, which lets the seeding thread
	 * stamp each step of a demo story with the day it happened.
	 */
	@Bean
	@Primary
	@ConditionalOnProperty(name = "casework.demo.enabled", havingValue = "true")
	DemoClock demoClock() {
		return new DemoClock(Clock.systemUTC());
	}

}
