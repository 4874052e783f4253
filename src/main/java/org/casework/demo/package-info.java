/**
 * Demo and test seed data: the demo users of API.md and, in the demo profile, realistic
 * records for every feature that exists, created through the modules' own services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "identity", "clients", "clients :: domain", "programs", "intake", "cases",
				"assessments", "careplans", "directory", "consents", "referrals", "notes", "monitoring", "closure",
				"shared" })
package org.casework.demo;
