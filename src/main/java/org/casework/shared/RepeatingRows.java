package org.casework.shared;

import java.util.List;

/**
 * A page form with repeated rows (a client's phones, a program's rules) that a person
 * adds and removes by submitting the form with a button, so that it works without
 * JavaScript: a button named {@code add} with the value {@code section} or
 * {@code section:variant} (a rule of a kind), or named {@code remove} with the value
 * {@code section:index}. The form is then shown again with the row added or removed, and
 * nothing is saved.
 */
public interface RepeatingRows {

	/**
	 * Adds an empty row to a section.
	 * @param variant which kind of row, or {@code null} where a section has one kind
	 */
	void addRow(String section, String variant);

	/** The rows of a section, or an empty list for a section the form does not have. */
	List<?> rows(String section);

	/**
	 * Applies the add or remove button that was pressed, if any.
	 * @return whether one was: the form is to be shown again instead of being saved
	 */
	default boolean changeRows(String add, String remove) {
		if (add != null) {
			int colon = add.indexOf(':');
			addRow(colon < 0 ? add : add.substring(0, colon), colon < 0 ? null : add.substring(colon + 1));
		}
		if (remove != null) {
			removeRow(remove);
		}
		return add != null || remove != null;
	}

	private void removeRow(String spec) {
		int colon = spec.indexOf(':');
		if (colon < 0) {
			return;
		}
		int index;
		try {
			index = Integer.parseInt(spec.substring(colon + 1));
		}
		catch (NumberFormatException ex) {
			return;
		}
		List<?> rows = rows(spec.substring(0, colon));
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
	}

}
