package org.casework.identity.web;

import org.casework.web.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** A system admin keeps the users, their roles and teams, and the agencies. */
class AdminPageTests extends BrowserSupport {

	@Test
	void anAdminCreatesAUserWithARoleAndATeamAndLaterDeactivatesThem() {
		login("admin");
		followNav("Users");
		assertThat(heading()).isEqualTo("Users");
		assertThat(pageText()).contains("worker1").contains("Dana Whitfield");
		screenshot("admin-users");

		follow("Create a user");
		fill("Username", "worker1");
		fill("Full name", "Ada Caldwell");
		fill("Email", "ada.caldwell@example.org");
		fill("Password", "short");
		check("Case worker");
		choose("Team", "Riverside Community Services · North team");
		press("Create user");
		assertThat(errorOf(field("Username"))).isEqualTo("is taken already");
		assertThat(errorOf(field("Password"))).contains("at least 12 characters");
		assertThat(field("Case worker").isSelected()).isTrue();
		screenshot("admin-user-new-errors");

		fill("Username", "acaldwell");
		fill("Password", "violet-lantern-harbour-42");
		press("Create user");
		assertThat(flash()).isEqualTo("User acaldwell is created.");
		assertThat(heading()).isEqualTo("Ada Caldwell (acaldwell)");
		assertThat(field("Case worker").isSelected()).isTrue();
		assertThat(field("Supervisor").isSelected()).isFalse();
		screenshot("admin-user");

		check("Supervisor");
		press("Save changes");
		assertThat(flash()).startsWith("Changes to acaldwell are saved.");

		fill("Reason", "Moved to another agency.");
		press("Deactivate");
		assertThat(flash()).startsWith("acaldwell is deactivated.");
		assertThat(pageText()).contains("Moved to another agency.");

		followNav("Users");
		assertThat(this.driver.findElement(By.xpath("//tr[td/a[normalize-space(.)='acaldwell']]")).getText())
			.contains("Deactivated")
			.contains("Supervisor");

		follow("acaldwell");
		press("Reactivate");
		assertThat(flash()).isEqualTo("acaldwell is active again.");
		fill("New password", "acaldwell-password");
		press("Reset the password");
		assertThat(errorOf(field("New password"))).contains("must not contain the username");
		fill("New password", "copper-kettle-meadow-17");
		press("Reset the password");
		assertThat(flash()).startsWith("The password of acaldwell is reset.");
		logout();

		open("/login");
		fill("Username", "acaldwell");
		fill("Password", "copper-kettle-meadow-17");
		press("Sign in");
		assertThat(heading()).isEqualTo("Welcome, Ada Caldwell");
	}

	@Test
	void anAdminCreatesAnAgencyAndOneOfItsTeams() {
		login("admin");
		followNav("Teams");
		assertThat(heading()).isEqualTo("Agencies and teams");
		press("Create an agency");
		assertThat(errorOf(field("Agency name"))).isEqualTo("must not be empty");
		fill("Agency name", "Eastside Family Services");
		press("Create an agency");
		assertThat(flash()).isEqualTo("Agency Eastside Family Services is created.");

		choose("Agency", "Eastside Family Services");
		fill("Team name", "Intake team");
		press("Create a team");
		assertThat(flash()).isEqualTo("Team Intake team of Eastside Family Services is created.");
		assertThat(pageText()).contains("Intake team");
		screenshot("admin-teams");
	}

}
