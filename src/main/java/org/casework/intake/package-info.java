/**
 * Intake: the standardized screening every client goes through before a program decision
 * (rapport, presenting issue, eligibility, urgency, initial documentation), the
 * completeness check, urgency triage, and the decision: enroll (opens a case), waitlist,
 * refer out, decline or ineligible.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
		allowedDependencies = { "identity", "audit", "shared", "programs", "clients", "cases" })
package org.casework.intake;
