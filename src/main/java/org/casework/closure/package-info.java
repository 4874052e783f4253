/**
 * Closure of a case (guide 000, "Case Closure and Transitions"; guide 001, stage 6): the
 * reason with the evidence Casework holds for it, the five procedures as a checklist
 * (advance notice, progress review, relapse-prevention and crisis plan, ongoing
 * resources, the closure summary), the blockers that keep a case open, the supervisor's
 * approval where the program requires it, a warm handoff to the next provider under the
 * client's consent, the check-in after closure and reopening within the program's window.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Closure",
		allowedDependencies = { "identity", "audit", "shared", "programs", "cases", "clients", "careplans",
				"assessments", "referrals", "directory", "consents", "notes", "monitoring", "platform" })
package org.casework.closure;
