/**
 * The client registry: the person at the centre of every case, with identity, contacts,
 * identifiers, household and relationships, fuzzy search and duplicate detection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clients",
		allowedDependencies = { "identity", "audit", "shared" })
package org.casework.clients;
