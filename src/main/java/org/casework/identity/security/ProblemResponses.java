package org.casework.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** 401 and 403 for API callers, as RFC 9457 problem details like every other error. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, int status, String title, String detail, String instance)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"instance\":\""
					+ instance.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

}
