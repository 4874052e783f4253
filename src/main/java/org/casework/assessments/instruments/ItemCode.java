package org.casework.assessments.instruments;

/**
 * A code of a question or an instrument in a terminology, such as LOINC
 * ({@code http://loinc.org}, {@code 88122-7}).
 */
public record ItemCode(String system, String code, String display) {

	public static final String LOINC = "http://loinc.org";

	public boolean loinc() {
		return LOINC.equals(this.system);
	}

}
