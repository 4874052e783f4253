package org.casework.web;

import org.casework.identity.CurrentUser;
import org.casework.identity.UserContext;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every screen: who is signed in. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final UserContext users;

	LayoutModel(UserContext users) {
		this.users = users;
	}

	@ModelAttribute("me")
	CurrentUser me() {
		return this.users.find().orElse(null);
	}

}
