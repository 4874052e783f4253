package org.casework.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.casework.consents.InformationCategory;

/**
 * One row of a screen's form that writes {@link SharedItem}s (a referral's details for
 * the provider, a warm handoff's "what else the next provider needs to know"): a category
 * and a text, empty until the worker writes in it.
 */
public class SharedItemRow {

	private InformationCategory category = InformationCategory.GENERAL;

	private String text;

	/** As many empty rows as a form offers. */
	public static List<SharedItemRow> blank(int rows) {
		return new ArrayList<>(IntStream.range(0, rows).mapToObj(i -> new SharedItemRow()).toList());
	}

	/** The rows the worker wrote something in, each under its category. */
	public static List<SharedItem> written(List<SharedItemRow> rows) {
		return rows.stream()
			.filter(row -> row.getText() != null && !row.getText().isBlank())
			.map(row -> new SharedItem(row.getCategory(), row.getText().strip()))
			.toList();
	}

	public InformationCategory getCategory() {
		return this.category;
	}

	public void setCategory(InformationCategory category) {
		this.category = category;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
