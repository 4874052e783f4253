package org.casework.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An audit entry as an auditor reads it. */
public record AuditEvent(long seq, UUID id, Instant occurredAt, String actor, String action, String subjectType,
		String subjectId, UUID clientId, List<UUID> clientIds, String purpose, String reason, String requestId,
		String sourceAddress, String detail, String hash) {
}
