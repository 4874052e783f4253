/**
 * The shell around every screen: layout and navigation, the login and home pages, error
 * pages, and the translation of domain errors into RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
		allowedDependencies = { "identity", "clients", "cases", "shared", "audit", "monitoring" })
package org.casework.web;
