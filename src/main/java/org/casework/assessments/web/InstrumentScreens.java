package org.casework.assessments.web;

import org.casework.identity.Role;
import org.casework.identity.UserContext;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every instrument screen knows: whether the reader is a program admin (who gets the
 * buttons to upload, edit, retire and choose).
 */
@ControllerAdvice(assignableTypes = { InstrumentPageController.class, ProgramInstrumentPageController.class })
class InstrumentScreens {

	private final UserContext users;

	InstrumentScreens(UserContext users) {
		this.users = users;
	}

	@ModelAttribute("programAdmin")
	boolean programAdmin() {
		return this.users.find().map(me -> me.has(Role.PROGRAM_ADMIN)).orElse(false);
	}

}
