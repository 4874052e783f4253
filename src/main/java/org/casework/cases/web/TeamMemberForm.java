package org.casework.cases.web;

import java.util.UUID;

import org.casework.cases.AddTeamMember;
import org.casework.cases.CareTeamRole;

/** Adding someone to a case's care team, with the version of the case the person read. */
public class TeamMemberForm {

	private UUID userId;

	private CareTeamRole role = CareTeamRole.SECONDARY_WORKER;

	private long version;

	AddTeamMember command() {
		return new AddTeamMember(this.userId, this.role);
	}

	public UUID getUserId() {
		return this.userId;
	}

	public void setUserId(UUID userId) {
		this.userId = userId;
	}

	public CareTeamRole getRole() {
		return this.role;
	}

	public void setRole(CareTeamRole role) {
		this.role = role;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
