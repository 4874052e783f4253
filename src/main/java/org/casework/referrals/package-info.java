/**
 * Referrals that close the loop: a case (or a step of its care plan) refers the client to
 * a directory service with the reason, urgency and the information the client's consent
 * lets it share; the receiving provider answers through a secure link, and the referral
 * follows the FHIR Task lifecycle of the Gravity SDOH Clinical Care IG until the outcome
 * is recorded. Referrals that stall raise follow-ups.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals",
		allowedDependencies = { "identity", "audit", "shared", "programs", "cases", "clients", "clients :: domain",
				"careplans", "directory", "consents", "platform" })
package org.casework.referrals;
