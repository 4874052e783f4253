package org.casework.monitoring.web;

import java.util.UUID;

import org.casework.monitoring.ReviewQueue;
import org.casework.monitoring.WorkQueue;
import org.casework.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work queue's actions on the home page (a task done, or dismissed with a reason) and
 * the supervisor's review queue.
 */
@Controller
class TaskPageController {

	private final WorkQueue queue;

	private final ReviewQueue review;

	TaskPageController(WorkQueue queue, ReviewQueue review) {
		this.queue = queue;
		this.review = review;
	}

	@PostMapping("/tasks/{id}")
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "done") String outcome,
			@RequestParam(required = false) String note, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		boolean dismiss = "dismiss".equals(outcome);
		try {
			if (dismiss) {
				this.queue.dismiss(id, version, note);
			}
			else {
				this.queue.done(id, version, note);
			}
			redirect.addFlashAttribute("flash", dismiss ? "tasks.flash.dismissed" : "tasks.flash.done");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("failedTask", id);
			redirect.addFlashAttribute("failedMessage",
					dismiss ? "tasks.task.reasonRequired" : "tasks.task.noteTooLong");
		}
		return "redirect:/#tasks-heading";
	}

	@GetMapping("/review")
	String reviewQueue(Model model) {
		model.addAttribute("navSection", "review");
		model.addAttribute("review", this.review.forMe());
		return "monitoring/review";
	}

}
