package org.casework.cases.domain;

import java.time.Instant;
import java.util.UUID;

import org.casework.cases.CareTeamRole;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's time on a case's care team in one role. Leaving ends the membership; the row
 * stays, so the case shows who worked on it and when.
 */
@Table("case_team_member")
public class TeamMembership {

	private final UUID userId;

	private final CareTeamRole role;

	private final Instant joinedAt;

	private Instant leftAt;

	TeamMembership(UUID userId, CareTeamRole role, Instant joinedAt, Instant leftAt) {
		this.userId = userId;
		this.role = role;
		this.joinedAt = joinedAt;
		this.leftAt = leftAt;
	}

	static TeamMembership join(UUID userId, CareTeamRole role, Instant at) {
		return new TeamMembership(userId, role, at, null);
	}

	void leave(Instant at) {
		this.leftAt = at;
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

	public Instant leftAt() {
		return this.leftAt;
	}

}
