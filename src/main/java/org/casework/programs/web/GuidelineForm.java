package org.casework.programs.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.casework.programs.PovertyGuideline;

/**
 * One year's poverty guideline table as a program admin types it: the amounts for
 * households of one to eight people ({@code amounts[3]} is four people, as the refusals
 * name it), the amount per further person, and where the figures come from.
 */
class GuidelineForm {

	private List<BigDecimal> amounts = new ArrayList<>(Collections.nCopies(PovertyGuideline.TABLE_SIZE, null));

	private BigDecimal additionalPerson;

	private String source;

	static GuidelineForm of(PovertyGuideline table) {
		GuidelineForm form = new GuidelineForm();
		form.amounts = new ArrayList<>(table.amounts());
		form.additionalPerson = table.additionalPerson();
		form.source = table.source();
		return form;
	}

	/**
	 * The table for a year. An amount left empty goes in as zero, so that it is refused
	 * as "must be a positive amount" together with every other problem of the table.
	 */
	PovertyGuideline table(int year) {
		List<BigDecimal> typed = new ArrayList<>(Collections.nCopies(PovertyGuideline.TABLE_SIZE, BigDecimal.ZERO));
		for (int i = 0; i < Math.min(this.amounts.size(), typed.size()); i++) {
			if (this.amounts.get(i) != null) {
				typed.set(i, this.amounts.get(i));
			}
		}
		return new PovertyGuideline(year, typed, this.additionalPerson, this.source);
	}

	public List<BigDecimal> getAmounts() {
		return this.amounts;
	}

	public void setAmounts(List<BigDecimal> amounts) {
		this.amounts = amounts;
	}

	public BigDecimal getAdditionalPerson() {
		return this.additionalPerson;
	}

	public void setAdditionalPerson(BigDecimal additionalPerson) {
		this.additionalPerson = additionalPerson;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
