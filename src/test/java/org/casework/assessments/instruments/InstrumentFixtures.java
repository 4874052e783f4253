package org.casework.assessments.instruments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import ca.uhn.fhir.context.FhirContext;
import org.casework.assessments.instruments.AnswerValue.CodingValue;

/**
 * The shipped instruments as the catalog reads them, and small Questionnaires written for
 * a test. One FhirContext for the whole test JVM: it is expensive to make.
 */
final class InstrumentFixtures {

	static final FhirContext FHIR = FhirContext.forR4();

	static final QuestionnaireReader READER = new QuestionnaireReader(FHIR);

	static final String LOINC = "http://loinc.org";

	static final String CONCERN = "https://casework.example/fhir/CodeSystem/concern";

	static final String RATING = "https://casework.example/fhir/CodeSystem/domain-rating";

	private InstrumentFixtures() {
	}

	/** Casework's holistic needs and strengths assessment, version 1. */
	static Instrument holistic() {
		return READER.stored(shipped("casework-holistic"), 1);
	}

	/** The AHC HRSN screening tool's core questions, version 1. */
	static Instrument ahc() {
		return READER.stored(shipped("ahc-hrsn"), 1);
	}

	static String shipped(String code) {
		try (InputStream in = InstrumentFixtures.class.getResourceAsStream("/instruments/" + code + ".json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Questionnaire with code {@code test} and these items (JSON array elements). */
	static String questionnaire(String items) {
		return "{\"resourceType\":\"Questionnaire\",\"id\":\"test\",\"title\":\"Test instrument\",\"item\":[" + items
				+ "]}";
	}

	static Instrument read(String items) {
		return READER.read(questionnaire(items)).instrument().withVersion(1);
	}

	static CodingValue loinc(String code) {
		return AnswerValue.code(LOINC, code);
	}

	static CodingValue concern(String code) {
		return AnswerValue.code(CONCERN, code);
	}

	static CodingValue rating(String code) {
		return AnswerValue.code(RATING, code);
	}

}
