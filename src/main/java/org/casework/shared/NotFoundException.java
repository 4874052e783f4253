package org.casework.shared;

/**
 * Unknown record, or a record outside the caller's scope (404). Both answer exactly the
 * same, so a caller cannot learn that an out-of-scope record exists.
 */
public class NotFoundException extends RuntimeException {

	private final String kind;

	public NotFoundException(String kind) {
		super(kind + " not found");
		this.kind = kind;
	}

	public String kind() {
		return this.kind;
	}

}
