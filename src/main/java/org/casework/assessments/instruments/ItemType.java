package org.casework.assessments.instruments;

import java.util.Arrays;
import java.util.Optional;

/** The FHIR R4 Questionnaire item types Casework supports. */
public enum ItemType {

	/** A section or sub-section holding other items; no answer of its own. */
	GROUP("group"),
	/** Text shown to the worker (an instruction, a script to read out); no answer. */
	DISPLAY("display"), BOOLEAN("boolean"),
	/** One of the answer options (several when the item repeats). */
	CHOICE("choice"),
	/** One of the answer options, or free text. */
	OPEN_CHOICE("open-choice"), INTEGER("integer"), DECIMAL("decimal"),
	/** One line of text. */
	STRING("string"),
	/** Several lines of text. */
	TEXT("text"), DATE("date");

	private final String fhirCode;

	ItemType(String fhirCode) {
		this.fhirCode = fhirCode;
	}

	/** The type's code in a Questionnaire. */
	public String fhirCode() {
		return this.fhirCode;
	}

	/** Whether items of this type take answers (groups and display items do not). */
	public boolean takesAnswers() {
		return this != GROUP && this != DISPLAY;
	}

	public boolean hasOptions() {
		return this == CHOICE || this == OPEN_CHOICE;
	}

	public static Optional<ItemType> fromFhirCode(String code) {
		return Arrays.stream(values()).filter(t -> t.fhirCode.equals(code)).findFirst();
	}

	/** The codes of the supported types, for messages. */
	public static String supported() {
		return String.join(", ", Arrays.stream(values()).map(ItemType::fhirCode).toList());
	}

}
