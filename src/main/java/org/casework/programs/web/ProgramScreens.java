package org.casework.programs.web;

import org.casework.identity.Role;
import org.casework.identity.UserContext;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every program screen knows: it is in the menu's "Programs" section, and whether
 * the reader is a program admin (who gets the buttons to change programs and guidelines).
 */
@ControllerAdvice(
		assignableTypes = { ProgramPageController.class, GuidelinePageController.class, WordListPageController.class })
class ProgramScreens {

	private final UserContext users;

	ProgramScreens(UserContext users) {
		this.users = users;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "programs";
	}

	@ModelAttribute("programAdmin")
	boolean programAdmin() {
		return this.users.find().map(me -> me.has(Role.PROGRAM_ADMIN)).orElse(false);
	}

}
