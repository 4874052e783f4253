package org.casework.assessments.instruments;

import java.math.BigDecimal;

import org.casework.assessments.instruments.AnswerValue.BooleanValue;
import org.casework.assessments.instruments.AnswerValue.CodingValue;
import org.casework.assessments.instruments.AnswerValue.DateValue;
import org.casework.assessments.instruments.AnswerValue.DecimalValue;
import org.casework.assessments.instruments.AnswerValue.IntegerValue;
import org.casework.assessments.instruments.AnswerValue.StringValue;

/** Compares an answer with the value of a condition. */
final class AnswerComparison {

	private AnswerComparison() {
	}

	/**
	 * Negative, zero or positive as the answer is below, equal to or above the value;
	 * unordered kinds (booleans, codes, text) answer 0 when equal and 1 when not. Null
	 * when the two cannot be compared at all (a number and a date).
	 */
	static Integer compare(AnswerValue answer, AnswerValue value) {
		BigDecimal a = number(answer);
		BigDecimal b = number(value);
		if (a != null && b != null) {
			return a.compareTo(b);
		}
		if (answer instanceof DateValue d && value instanceof DateValue e) {
			return d.value().compareTo(e.value());
		}
		if (answer instanceof BooleanValue x && value instanceof BooleanValue y) {
			return x.value() == y.value() ? 0 : 1;
		}
		if (answer instanceof CodingValue x && value instanceof CodingValue y) {
			return x.sameCode(y) ? 0 : 1;
		}
		if (answer instanceof StringValue x && value instanceof StringValue y) {
			return x.value().equals(y.value()) ? 0 : 1;
		}
		return null;
	}

	private static BigDecimal number(AnswerValue value) {
		if (value instanceof IntegerValue i) {
			return BigDecimal.valueOf(i.value());
		}
		if (value instanceof DecimalValue d) {
			return d.value();
		}
		return null;
	}

}
