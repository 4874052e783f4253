package org.casework.assessments.instruments;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.casework.assessments.instruments.AnswerValue.BooleanValue;

/**
 * A condition under which an item is asked: the answers to another question compared with
 * a value. As FHIR R4 defines it, the condition holds when any answer of that question
 * compares as asked; a question without an answer meets no condition but
 * {@code exists = false}.
 */
public record EnableWhen(String question, Operator operator, AnswerValue answer) {

	/** The comparisons of FHIR R4's enableWhen. */
	public enum Operator {

		EXISTS("exists"), EQUALS("="), NOT_EQUALS("!="), GREATER_THAN(">"), LESS_THAN("<"), GREATER_OR_EQUAL(">="),
		LESS_OR_EQUAL("<=");

		private final String fhirCode;

		Operator(String fhirCode) {
			this.fhirCode = fhirCode;
		}

		public String fhirCode() {
			return this.fhirCode;
		}

		/** Whether the operator orders values (only numbers and dates can be ordered). */
		public boolean orders() {
			return this != EXISTS && this != EQUALS && this != NOT_EQUALS;
		}

		public static Optional<Operator> fromFhirCode(String code) {
			return Arrays.stream(values()).filter(o -> o.fhirCode.equals(code)).findFirst();
		}

	}

	/** Whether the condition holds for the answers the question has. */
	public boolean holds(List<AnswerValue> answers) {
		if (this.operator == Operator.EXISTS) {
			boolean wanted = ((BooleanValue) this.answer).value();
			return answers.isEmpty() != wanted;
		}
		return answers.stream().anyMatch(this::holdsFor);
	}

	private boolean holdsFor(AnswerValue given) {
		Integer order = AnswerComparison.compare(given, this.answer);
		if (order == null) {
			return this.operator == Operator.NOT_EQUALS;
		}
		return switch (this.operator) {
			case EQUALS -> order == 0;
			case NOT_EQUALS -> order != 0;
			case GREATER_THAN -> order > 0;
			case LESS_THAN -> order < 0;
			case GREATER_OR_EQUAL -> order >= 0;
			case LESS_OR_EQUAL -> order <= 0;
			case EXISTS -> true;
		};
	}

}
