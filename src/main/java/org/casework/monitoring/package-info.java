/**
 * Monitoring: the work queue of tasks written by hand and tasks and alerts raised by
 * rules from the cadences of each case's intensity level (contact, goal review,
 * reassessment), referral follow-ups, unsigned notes, expiring consents, crisis flags,
 * emergency access and plans awaiting approval; a supervisor's review queue; the daily
 * reminder email.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
		allowedDependencies = { "identity", "shared", "programs", "cases", "assessments", "careplans", "consents",
				"clients", "referrals", "notes", "platform" })
package org.casework.monitoring;
