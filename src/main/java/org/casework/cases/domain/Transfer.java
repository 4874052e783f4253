package org.casework.cases.domain;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** One change of owner, kept in the case's history. */
@Table("case_transfer")
public class Transfer {

	private final UUID fromOwner;

	private final UUID toOwner;

	private final String reason;

	private final String handoffNote;

	private final UUID transferredBy;

	private final Instant transferredAt;

	Transfer(UUID fromOwner, UUID toOwner, String reason, String handoffNote, UUID transferredBy,
			Instant transferredAt) {
		this.fromOwner = fromOwner;
		this.toOwner = toOwner;
		this.reason = reason;
		this.handoffNote = handoffNote;
		this.transferredBy = transferredBy;
		this.transferredAt = transferredAt;
	}

	public UUID fromOwner() {
		return this.fromOwner;
	}

	public UUID toOwner() {
		return this.toOwner;
	}

	public String reason() {
		return this.reason;
	}

	public String handoffNote() {
		return this.handoffNote;
	}

	public UUID transferredBy() {
		return this.transferredBy;
	}

	public Instant transferredAt() {
		return this.transferredAt;
	}

}
