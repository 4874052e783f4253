package org.casework.identity.security;

import java.util.List;

import org.casework.identity.ApiTokens;
import org.casework.identity.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Browsers sign in with a form (CSRF protected, session in the
 * database); scripts send HTTP Basic (can be switched off) or a personal API token. API
 * callers get problem details for 401 and 403; browsers are sent to the login page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
			+ "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(CaseworkUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle));
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, ApiTokens tokens,
			CaseworkUserDetailsService users, AuthenticationManager authenticationManager) throws Exception {
		http.authenticationManager(authenticationManager);
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		RequestMatcher swagger = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
		RequestMatcher headerAuthenticated = request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		AuthenticationEntryPoint apiEntryPoint = (request, response, ex) -> {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE,
					properties.httpBasic() ? "Basic realm=\"Casework\", Bearer" : "Bearer");
			String detail = ex instanceof LockedException ? ex.getMessage()
					: "Sign in, or send HTTP Basic credentials or a personal API token.";
			ProblemResponses.write(response, 401, "Unauthorized", detail, request.getRequestURI());
		};
		AccessDeniedHandler apiDenied = (request, response, ex) -> ProblemResponses.write(response, 403, "Forbidden",
				"Your role may not do this.", request.getRequestURI());

		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/webjars/**", "/css/**", "/js/**",
					"/img/**", "/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html")
			.permitAll()
			// a referral's provider, who has no account: the link's token is the
			// credential
			.requestMatchers("/r/**", "/api/v1/provider-referrals/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Role.SYSTEM_ADMIN.name())
			.requestMatchers("/api/v1/audit/**", "/audit/**")
			.hasRole(Role.AUDITOR.name())
			.requestMatchers("/api/v1/admin/**", "/admin/**")
			.hasRole(Role.SYSTEM_ADMIN.name())
			.requestMatchers("/api/v1/directory/import", "/api/v1/directory/imports/**", "/directory/import",
					"/directory/imports/**")
			.hasRole(Role.PROGRAM_ADMIN.name())
			.requestMatchers("/programs/new", "/programs/*/edit", "/programs/guidelines/*/edit", "/instruments/upload",
					"/instruments/*/edit")
			.hasRole(Role.PROGRAM_ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/instruments", "/api/v1/instruments/**", "/instruments",
					"/instruments/**")
			.authenticated()
			.requestMatchers("/api/v1/instruments", "/api/v1/instruments/**", "/instruments", "/instruments/**")
			.hasRole(Role.PROGRAM_ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/api/v1/programs", "/api/v1/programs/**", "/api/v1/poverty-guidelines",
					"/api/v1/poverty-guidelines/**", "/programs", "/programs/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/v1/programs/*/eligibility")
			.authenticated()
			.requestMatchers("/api/v1/programs", "/api/v1/programs/**", "/api/v1/poverty-guidelines/**", "/programs",
					"/programs/**")
			.hasRole(Role.PROGRAM_ADMIN.name())
			.requestMatchers("/api/v1/cases/*/actions/transfer", "/cases/*/transfer", "/api/v1/caseload/team",
					"/cases/team")
			.hasRole(Role.SUPERVISOR.name())
			.requestMatchers("/api/v1/referrals", "/api/v1/referrals/**", "/referrals", "/referrals/**")
			.hasAnyRole(Role.CASE_WORKER.name(), Role.SUPERVISOR.name())
			.requestMatchers("/api/v1/cases", "/api/v1/cases/**", "/api/v1/caseload", "/api/v1/caseload/**", "/cases",
					"/cases/**")
			.hasAnyRole(Role.CASE_WORKER.name(), Role.SUPERVISOR.name())
			.requestMatchers("/api/v1/clients/*/disclosures", "/clients/*/disclosures")
			.hasAnyRole(Role.AUDITOR.name(), Role.CASE_WORKER.name(), Role.SUPERVISOR.name())
			.requestMatchers("/api/v1/clients", "/api/v1/clients/**", "/clients", "/clients/**", "/api/v1/intakes",
					"/api/v1/intakes/**", "/intakes", "/intakes/**")
			.hasAnyRole(Role.CASE_WORKER.name(), Role.SUPERVISOR.name())
			.anyRequest()
			.authenticated());
		http.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/", false)
			.failureHandler((request, response, ex) -> response.sendRedirect(
					request.getContextPath() + (ex instanceof LockedException ? "/login?held" : "/login?error"))));
		if (properties.httpBasic()) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint));
		}
		else {
			http.httpBasic(basic -> basic.disable());
		}
		http.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, users, apiEntryPoint),
				BasicAuthenticationFilter.class);
		http.logout(logout -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/login?logout")
			.deleteCookies("CASEWORK_SESSION"));
		// the provider API carries its credential in the path, never in a cookie
		RequestMatcher providerApi = PathPatternRequestMatcher.withDefaults().matcher("/api/v1/provider-referrals/**");
		http.csrf(csrf -> csrf.ignoringRequestMatchers(headerAuthenticated, providerApi));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(apiEntryPoint, api)
			.defaultAccessDeniedHandlerFor(apiDenied, api)
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
