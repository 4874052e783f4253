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
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(canonical(fields).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the hash is taken of: each field as {@code length:text|}, or {@code -1:|} when
	 * empty. Fields written one after the other give the same text as written together,
	 * so the writer can leave the first and the last (the number and the previous hash)
	 * to the database (see {@link AuditChainWriter}).
	 */
	static String canonical(Object... fields) {
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
		return canonical.toString();
	}

	/** An entry collected during a transaction, not yet given its place in the chain. */
	record Unsealed(UUID id, Instant occurredAt, String actor, UUID actorId, AuditEntry entry, String requestId,
			String sourceAddress) {

		/**
		 * The canonical text of every hashed field but the first and the last (the number
		 * and the previous hash), which are known only once the chain is locked.
		 */
		String body() {
			return canonical(this.id, this.occurredAt, this.actor, this.actorId, this.entry.action().name(),
					this.entry.subjectType(), this.entry.subjectId(), this.entry.clientId(), this.entry.clientIds(),
					this.entry.purpose().name(), this.entry.reason(), this.requestId, this.sourceAddress,
					this.entry.detail());
		}

	}

}
