package org.casework.platform;

import java.util.Optional;

import org.slf4j.MDC;

/** The request id and source address of the request being served, for audit entries. */
public final class RequestContext {

	static final String REQUEST_ID = "requestId";

	static final String SOURCE_ADDRESS = "sourceAddress";

	private RequestContext() {
	}

	public static Optional<String> requestId() {
		return Optional.ofNullable(MDC.get(REQUEST_ID));
	}

	public static Optional<String> sourceAddress() {
		return Optional.ofNullable(MDC.get(SOURCE_ADDRESS));
	}

}
