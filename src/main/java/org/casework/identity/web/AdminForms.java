package org.casework.identity.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of the admin and account screens. */
final class AdminForms {

	private AdminForms() {
	}

	/** A new password set by an admin. */
	static class PasswordForm {

		private String password;

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

	/** A new agency. */
	static class AgencyForm {

		private String name;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	/** A new team of an agency. */
	static class TeamForm {

		private UUID agencyId;

		private String name;

		public UUID getAgencyId() {
			return this.agencyId;
		}

		public void setAgencyId(UUID agencyId) {
			this.agencyId = agencyId;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	/** A new personal API token. */
	static class TokenForm {

		private String name;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate expiresOn;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public LocalDate getExpiresOn() {
			return this.expiresOn;
		}

		public void setExpiresOn(LocalDate expiresOn) {
			this.expiresOn = expiresOn;
		}

	}

}
