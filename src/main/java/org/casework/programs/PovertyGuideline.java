package org.casework.programs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One year's HHS poverty guideline: the annual amounts for households of one to eight
 * people, and the amount added for each person beyond eight.
 */
public record PovertyGuideline(int year, List<BigDecimal> amounts, BigDecimal additionalPerson, String source) {

	public static final int TABLE_SIZE = 8;

	public PovertyGuideline {
		// a table being entered may still have gaps (null): the check names each one
		amounts = Collections.unmodifiableList(new ArrayList<>(amounts));
	}

	/** The guideline for a household of this size (one or more). */
	public BigDecimal forHousehold(int size) {
		if (size < 1) {
			throw new IllegalArgumentException("household size must be at least 1");
		}
		if (size <= TABLE_SIZE) {
			return this.amounts.get(size - 1);
		}
		return this.amounts.get(TABLE_SIZE - 1)
			.add(this.additionalPerson.multiply(BigDecimal.valueOf(size - TABLE_SIZE)));
	}

}
