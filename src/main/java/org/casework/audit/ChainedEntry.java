package org.casework.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An audit entry as stored, with the hash that chains it to the one before. The hash is
 * SHA-256 over every stored field, each written with its length so that no two different
 * entries can produce the same input.
 */
record ChainedEntry(long seq, UUID id, Instant occurredAt, String actor, UUID actorId, String action,
		String subjectType, String subjectId, UUID clientId, List<UUID> clientIds, String purpose, String reason,
		String requestId, String sourceAddress, String detail, String prevHash, String hash) {

	static final String GENESIS = "0".repeat(64);

	String computeHash() {
		return hashOf(this.seq, this.id, this.occurredAt, this.actor, this.actorId, this.action, this.subjectType,
				this.subjectId, this.clientId, this.clientIds, this.purpose, this.reason, this.requestId,
				this.sourceAddress, this.detail, this.prevHash);
	}

	static String hashOf(Object... fields) {
		StringBuilder canonical = new StringBuilder();
		for (Object field : fields) {
			String text;
			if (field == null) {
				text = null;
			}
			else if (field instanceof List<?> list) {
				text = list.stream().map(String::valueOf).collect(Collectors.joining(","));
			}
			else {
				text = field.toString();
			}
			if (text == null) {
				canonical.append("-1:");
			}
			else {
				canonical.append(text.length()).append(':').append(text);
			}
			canonical.append('|');
		}
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An entry collected during a transaction, not yet given its place in the chain. */
	record Unsealed(UUID id, Instant occurredAt, String actor, UUID actorId, AuditEntry entry, String requestId,
			String sourceAddress) {

		ChainedEntry seal(long seq, String prevHash) {
			ChainedEntry draft = new ChainedEntry(seq, this.id, this.occurredAt, this.actor, this.actorId,
					this.entry.action().name(), this.entry.subjectType(), this.entry.subjectId(), this.entry.clientId(),
					this.entry.clientIds(), this.entry.purpose().name(), this.entry.reason(), this.requestId,
					this.sourceAddress, this.entry.detail(), prevHash, null);
			return new ChainedEntry(seq, this.id, this.occurredAt, this.actor, this.actorId, draft.action(),
					draft.subjectType(), draft.subjectId(), draft.clientId(), draft.clientIds(), draft.purpose(),
					draft.reason(), draft.requestId(), draft.sourceAddress(), draft.detail(), prevHash,
					draft.computeHash());
		}

	}

}
