/**
 * Programs: what an agency offers, the eligibility rules it screens for (each evaluated
 * with a documented basis), its capacity, and the intensity levels whose cadences set how
 * closely a case is followed. Also the HHS poverty guideline tables the income rules
 * read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programs",
		allowedDependencies = { "identity", "audit", "shared" })
package org.casework.programs;
