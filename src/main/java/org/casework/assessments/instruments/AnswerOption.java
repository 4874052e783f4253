package org.casework.assessments.instruments;

import java.math.BigDecimal;

import org.casework.assessments.instruments.AnswerValue.CodingValue;

/**
 * One answer a choice item offers: a code (LOINC answer codes where the instrument has
 * them), the text shown, and its weight for scoring, taken from the standard
 * {@code http://hl7.org/fhir/StructureDefinition/ordinalValue} extension (null when the
 * option carries none).
 */
public record AnswerOption(String system, String code, String display, BigDecimal weight) {

	public CodingValue coding() {
		return new CodingValue(this.system, this.code, this.display);
	}

	public boolean matches(CodingValue answer) {
		return coding().sameCode(answer);
	}

	public boolean loinc() {
		return ItemCode.LOINC.equals(this.system);
	}

}
