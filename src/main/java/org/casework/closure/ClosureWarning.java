package org.casework.closure;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Something a supervisor must justify before the case closes (IN_CRISIS_RATING: the
 * latest assessment still rates a domain in crisis: the client is not stable yet).
 *
 * @param message in English words (the API shows it)
 * @param arguments the facts the screens put into the message {@code closure.warning.}
 * <em>code</em> in the reader's language
 */
public record ClosureWarning(String code, String message, @JsonIgnore List<Object> arguments) {

	public ClosureWarning {
		arguments = List.copyOf(arguments);
	}

	public String reason() {
		return this.code + ": " + this.message;
	}

}
