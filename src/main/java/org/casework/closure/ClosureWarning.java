package org.casework.closure;

/**
 * Something a supervisor must justify before the case closes (IN_CRISIS_RATING: the
 * latest assessment still rates a domain in crisis: the client is not stable yet).
 */
public record ClosureWarning(String code, String message) {

	public String reason() {
		return this.code + ": " + this.message;
	}

}
