package org.casework.directory.web;

import org.casework.identity.Role;
import org.casework.identity.UserContext;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every directory screen knows: it is in the menu's "Directory" section, and whether
 * the reader is a program admin (who imports and marks services inactive).
 */
@ControllerAdvice(assignableTypes = DirectoryPageController.class)
class DirectoryScreens {

	private final UserContext users;

	DirectoryScreens(UserContext users) {
		this.users = users;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "directory";
	}

	@ModelAttribute("programAdmin")
	boolean programAdmin() {
		return this.users.find().map(me -> me.has(Role.PROGRAM_ADMIN)).orElse(false);
	}

}
