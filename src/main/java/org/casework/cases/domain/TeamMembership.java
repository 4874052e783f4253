package org.casework.cases.domain;

import java.time.Instant;
import java.util.UUID;

import org.casework.cases.CareTeamRole;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's time on a case's care team in one role. Leaving ends the membership; the row
 * stays, with who ended it and why, so the case shows who worked on it and when.
 */
@Table("case_team_member")
public class TeamMembership {

	private final UUID userId;

	private final CareTeamRole role;

	private final Instant joinedAt;

	/** Who added the member; empty for the owner, whom an opening or a transfer adds. */
	private final UUID addedBy;

	private Instant leftAt;

	private UUID leftBy;

	private String leaveReason;

	@PersistenceCreator
	TeamMembership(UUID userId, CareTeamRole role, Instant joinedAt, UUID addedBy) {
		this.userId = userId;
		this.role = role;
		this.joinedAt = joinedAt;
		this.addedBy = addedBy;
	}

	static TeamMembership join(UUID userId, CareTeamRole role, Instant at) {
		return new TeamMembership(userId, role, at, null);
	}

	/** A membership as a query read it. */
	static TeamMembership read(UUID userId, CareTeamRole role, Instant joinedAt, UUID addedBy, Instant leftAt,
			UUID leftBy, String leaveReason) {
		TeamMembership m = new TeamMembership(userId, role, joinedAt, addedBy);
		m.leftAt = leftAt;
		m.leftBy = leftBy;
		m.leaveReason = leaveReason;
		return m;
	}

	static TeamMembership add(UUID userId, CareTeamRole role, UUID by, Instant at) {
		return new TeamMembership(userId, role, at, by);
	}

	void leave(Instant at) {
		this.leftAt = at;
	}

	void remove(UUID by, String reason, Instant at) {
		this.leftAt = at;
		this.leftBy = by;
		this.leaveReason = reason;
	}

	public boolean current() {
		return this.leftAt == null;
	}

	public UUID userId() {
		return this.userId;
	}

	public CareTeamRole role() {
		return this.role;
	}

	public Instant joinedAt() {
		return this.joinedAt;
	}

	public UUID addedBy() {
		return this.addedBy;
	}

	public Instant leftAt() {
		return this.leftAt;
	}

	public UUID leftBy() {
		return this.leftBy;
	}

	public String leaveReason() {
		return this.leaveReason;
	}

}
