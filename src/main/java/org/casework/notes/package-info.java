/**
 * Contact notes that stand up to scrutiny: structured notes of each contact with or about
 * the client (and of multidisciplinary staffings and monthly summaries), saved as drafts
 * while the worker types, checked for the required elements and for judgmental wording
 * before signing, immutable once signed and corrected by signed addenda; full-text search
 * within a case. Publishes {@link org.casework.notes.NoteSigned} and answers
 * {@link org.casework.notes.ContactNotes} for the monitoring rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notes",
		allowedDependencies = { "identity", "audit", "shared", "programs", "cases", "clients", "careplans" })
package org.casework.notes;
