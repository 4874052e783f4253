package org.casework.assessments.instruments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One answer to a question, typed as the item's type asks: a boolean, a whole number, a
 * decimal, text, a date, or a coded option. In JSON a value is written as itself
 * ({@code true}, {@code 3}, {@code "2026-01-31"}) and a coded option as
 * {@code {"system","code","display"}}.
 */
public sealed interface AnswerValue {

	/** The value in words, for screens and messages (a coded option by its display). */
	String text();

	/** Which kind of value this is, for messages ("a boolean"). */
	String kind();

	static AnswerValue of(boolean value) {
		return new BooleanValue(value);
	}

	static AnswerValue of(int value) {
		return new IntegerValue(value);
	}

	static AnswerValue of(BigDecimal value) {
		return new DecimalValue(value);
	}

	static AnswerValue of(String value) {
		return new StringValue(value);
	}

	static AnswerValue of(LocalDate value) {
		return new DateValue(value);
	}

	static CodingValue code(String system, String code) {
		return new CodingValue(system, code, null);
	}

	record BooleanValue(boolean value) implements AnswerValue {

		@JsonValue
		public boolean value() {
			return this.value;
		}

		@Override
		public String text() {
			return this.value ? "yes" : "no";
		}

		@Override
		public String kind() {
			return "a boolean";
		}

	}

	/** A FHIR integer: 32 bits. */
	record IntegerValue(int value) implements AnswerValue {

		@JsonValue
		public int value() {
			return this.value;
		}

		@Override
		public String text() {
			return Integer.toString(this.value);
		}

		@Override
		public String kind() {
			return "a whole number";
		}

	}

	record DecimalValue(BigDecimal value) implements AnswerValue {

		public DecimalValue {
			Objects.requireNonNull(value, "value");
		}

		@JsonValue
		public BigDecimal value() {
			return this.value;
		}

		@Override
		public String text() {
			return this.value.toPlainString();
		}

		@Override
		public String kind() {
			return "a number";
		}

	}

	record StringValue(String value) implements AnswerValue {

		public StringValue {
			Objects.requireNonNull(value, "value");
		}

		@JsonValue
		public String value() {
			return this.value;
		}

		@Override
		public String text() {
			return this.value;
		}

		@Override
		public String kind() {
			return "text";
		}

	}

	record DateValue(LocalDate value) implements AnswerValue {

		public DateValue {
			Objects.requireNonNull(value, "value");
		}

		@JsonValue
		public LocalDate value() {
			return this.value;
		}

		@Override
		public String text() {
			return this.value.toString();
		}

		@Override
		public String kind() {
			return "a date";
		}

	}

	/**
	 * A coded answer. Without a system it matches an option by its code alone.
	 */
	record CodingValue(String system, String code, String display) implements AnswerValue {

		public CodingValue {
			Objects.requireNonNull(code, "code");
		}

		@Override
		public String text() {
			return this.display != null ? this.display : this.code;
		}

		@Override
		public String kind() {
			return "a coded option";
		}

		/** Whether both name the same code (a missing system matches any system). */
		public boolean sameCode(CodingValue other) {
			return this.code.equals(other.code)
					&& (this.system == null || other.system == null || this.system.equals(other.system));
		}

	}

}
