/**
 * Care plans: the Individual Support Plan of a case in versions (draft, agreed,
 * superseded), its client-owned SMART goals with measurable indicators, ordered action
 * steps with prerequisites, owners and barriers, the client's agreement (a signature or a
 * witnessed verbal agreement) and a supervisor's approval where the program requires it,
 * and progress towards each goal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Care plans", allowedDependencies = { "identity", "audit",
		"shared", "programs", "cases", "assessments", "clients", "platform" })
package org.casework.careplans;
