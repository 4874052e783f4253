package org.casework.web;

import org.casework.shared.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Screens answer an unknown or out-of-scope record with the same "not found" page. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		ModelAndView mav = new ModelAndView("error/404");
		mav.setStatus(HttpStatus.NOT_FOUND);
		return mav;
	}

}
