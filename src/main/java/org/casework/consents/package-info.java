/**
 * Releases of information: what a client agreed may be shared, with whom (a directory
 * organization, an agency, a named person), for what purpose and until when, with the
 * elements 42 CFR 2.31 requires for substance use information; revocation and expiry; and
 * the one sharing decision every outbound disclosure goes through, written to the
 * accounting of disclosures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consents",
		allowedDependencies = { "identity", "audit", "clients", "directory", "shared" })
package org.casework.consents;
