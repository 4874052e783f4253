/**
 * Cases: a client's enrollment in a program, from the intake decision that opens it to
 * its closure. The owner and care team, priority and intensity, the stage computed from
 * the case's data, the caseloads of workers and teams, and transfers between workers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
		allowedDependencies = { "identity", "audit", "shared", "programs", "clients" })
package org.casework.cases;
