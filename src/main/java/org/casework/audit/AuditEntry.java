package org.casework.audit;

import java.util.List;
import java.util.UUID;

/**
 * One thing to record. The audit log adds who, when, the request id and the source
 * address.
 *
 * @param action what was done
 * @param subjectType the kind of record ("Client", "User", "ApiToken")
 * @param subjectId the record's id, if it has one
 * @param clientId the client the record is about, if any
 * @param clientIds every client a list or match showed
 * @param purpose ordinary access or emergency access
 * @param reason the reason given (emergency access, marking in error)
 * @param detail a short description without client data (field names, never values)
 */
public record AuditEntry(AuditAction action, String subjectType, String subjectId, UUID clientId, List<UUID> clientIds,
		AuditPurpose purpose, String reason, String detail) {

	public AuditEntry {
		clientIds = clientIds == null ? List.of() : List.copyOf(clientIds);
		purpose = purpose == null ? AuditPurpose.NORMAL : purpose;
	}

	public static AuditEntry of(AuditAction action, String subjectType, Object subjectId) {
		return new AuditEntry(action, subjectType, subjectId == null ? null : subjectId.toString(), null, List.of(),
				AuditPurpose.NORMAL, null, null);
	}

	public static AuditEntry client(AuditAction action, String subjectType, Object subjectId, UUID clientId) {
		return new AuditEntry(action, subjectType, subjectId == null ? null : subjectId.toString(), clientId, List.of(),
				AuditPurpose.NORMAL, null, null);
	}

	public AuditEntry withPurpose(AuditPurpose purpose, String reason) {
		return new AuditEntry(this.action, this.subjectType, this.subjectId, this.clientId, this.clientIds, purpose,
				reason, this.detail);
	}

	public AuditEntry withDetail(String detail) {
		return new AuditEntry(this.action, this.subjectType, this.subjectId, this.clientId, this.clientIds,
				this.purpose, this.reason, detail);
	}

	public AuditEntry withClients(List<UUID> clientIds) {
		return new AuditEntry(this.action, this.subjectType, this.subjectId, this.clientId, clientIds, this.purpose,
				this.reason, this.detail);
	}

}
