package org.casework.shared;

/**
 * Someone else changed the record since the caller read it (412), or the caller did not
 * say which version it read (428). Nothing was changed.
 */
public class StaleVersionException extends RuntimeException {

	private final boolean missing;

	private StaleVersionException(String message, boolean missing) {
		super(message);
		this.missing = missing;
	}

	public static StaleVersionException stale(String kind) {
		return new StaleVersionException(
				"The " + kind
						+ " was changed by someone else since you read it. Reload it and apply your change again.",
				false);
	}

	public static StaleVersionException missing() {
		return new StaleVersionException("This update needs an If-Match header with the ETag of the version you read.",
				true);
	}

	public boolean isMissing() {
		return this.missing;
	}

}
