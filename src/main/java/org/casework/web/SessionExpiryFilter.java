package org.casework.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notices a browser that comes back with a session that has ended (idle timeout, server
 * restart) and leaves a note in its new session, so the sign-in page can say why the
 * person has to sign in again. Runs after the session repository has looked the session
 * up and before Spring Security sends the browser to the sign-in page.
 */
class SessionExpiryFilter extends OncePerRequestFilter {

	static final String EXPIRED = SessionExpiryFilter.class.getName() + ".EXPIRED";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
				&& "GET".equals(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& isPage(request.getRequestURI().substring(request.getContextPath().length()))) {
			request.getSession(true).setAttribute(EXPIRED, Boolean.TRUE);
		}
		chain.doFilter(request, response);
	}

	private static boolean isPage(String path) {
		return !(path.startsWith("/api/") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/actuator")
				|| path.equals("/favicon.ico") || path.equals("/error") || path.equals("/login"));
	}

}
