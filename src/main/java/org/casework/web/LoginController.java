package org.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the POST; this page tells why the person is
 * here again: a wrong password, an account held after too many failures, a sign-out, or a
 * session that ended.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		String message = null;
		String kind = "danger";
		if (request.getParameter("held") != null) {
			message = "login.held";
		}
		else if (request.getParameter("error") != null) {
			message = "login.error";
		}
		else if (request.getParameter("logout") != null) {
			message = "login.logout";
			kind = "success";
		}
		else if (request.getParameter("expired") != null || sessionExpired(request)) {
			message = "login.expired";
			kind = "warning";
		}
		model.addAttribute("loginMessage", message);
		model.addAttribute("loginMessageKind", kind);
		model.addAttribute("login", new LoginForm());
		return "login";
	}

	private static boolean sessionExpired(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || session.getAttribute(SessionExpiryFilter.EXPIRED) == null) {
			return false;
		}
		session.removeAttribute(SessionExpiryFilter.EXPIRED);
		return true;
	}

	/** Only for the form fragments: Spring Security reads the posted fields. */
	static class LoginForm {

		private String username;

		private String password;

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

}
