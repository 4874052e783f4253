package org.casework.assessments;

import ca.uhn.fhir.context.FhirContext;
import org.casework.assessments.instruments.QuestionnaireReader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR R4 context (expensive to build: scanning the model takes seconds, so there is
 * one per JVM) and the reader of Questionnaires built on it.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentsConfiguration {

	/**
	 * HAPI's shared R4 context. Other modules that need FHIR R4 (the FHIR facade) inject
	 * this bean rather than building their own.
	 */
	@Bean
	FhirContext fhirContext() {
		return FhirContext.forR4Cached();
	}

	@Bean
	QuestionnaireReader questionnaireReader(FhirContext fhirContext) {
		return new QuestionnaireReader(fhirContext);
	}

}
