package org.casework.audit;

import java.time.Instant;

/**
 * Filters of the audit trail; any may be empty.
 *
 * @param subjectId a record's id: entries about it, or (for a client) every entry that
 * touched the client, including lists and matches that showed them
 * @param actor a username
 * @param from entries at or after
 * @param to entries before
 * @param action one action
 */
public record AuditQuery(String subjectId, String actor, Instant from, Instant to, AuditAction action) {
}
