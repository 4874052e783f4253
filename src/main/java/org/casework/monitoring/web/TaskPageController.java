package org.casework.monitoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.cases.CaseManagement;
import org.casework.cases.CaseSummary;
import org.casework.cases.CaseloadEntry;
import org.casework.monitoring.ReviewQueue;
import org.casework.monitoring.TaskView;
import org.casework.monitoring.WorkQueue;
import org.casework.shared.FormProblems;
import org.casework.shared.InvalidInputException;
import org.casework.shared.PageRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work queue's actions on the home page (a task written by hand, done, or dismissed
 * with a reason) and the supervisor's review queue.
 */
@Controller
class TaskPageController {

	/** How many of the caller's cases the form offers (their whole caseload, usually). */
	static final int CASES = PageRequest.MAX_SIZE;

	private final WorkQueue queue;

	private final ReviewQueue review;

	private final CaseManagement cases;

	TaskPageController(WorkQueue queue, ReviewQueue review, CaseManagement cases) {
		this.queue = queue;
		this.review = review;
		this.cases = cases;
	}

	/**
	 * The form of a task written by hand: due tomorrow for the caller unless they choose,
	 * about the case it was opened from ({@code ?caseId=}) or one of their caseload.
	 */
	@GetMapping("/tasks/new")
	String newTask(@RequestParam(required = false) UUID caseId, Model model) {
		TaskForm form = new TaskForm();
		form.setCaseId(caseId);
		form.setDueOn(this.queue.today().plusDays(1));
		model.addAttribute("task", form);
		return taskForm(model, caseId);
	}

	@PostMapping("/tasks")
	String create(@ModelAttribute("task") TaskForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			TaskView task = this.queue.create(form.command());
			redirect.addFlashAttribute("flash", "tasks.new.created");
			redirect.addFlashAttribute("flashArgs", new String[] { task.title() });
			return task.caseId() != null && form.getCaseId() != null ? "redirect:/cases/" + task.caseId()
					: "redirect:/#tasks-heading";
		});
		return done != null ? done : taskForm(model, form.getCaseId());
	}

	private String taskForm(Model model, UUID caseId) {
		model.addAttribute("navSection", "home");
		List<CaseSummary> choices = new ArrayList<>(this.cases.caseload(null, null, PageRequest.of(0, CASES))
			.items()
			.stream()
			.map(CaseloadEntry::summary)
			.toList());
		if (caseId != null && choices.stream().noneMatch(c -> c.id().equals(caseId))) {
			// a case of the team the supervisor opened the form from
			this.cases.find(caseId).ifPresent(c -> choices.add(0, c));
		}
		Map<String, String> caseChoices = new LinkedHashMap<>();
		choices.forEach(c -> caseChoices.put(c.id().toString(), c.number() + " · " + c.clientName()));
		Map<String, String> assignees = new LinkedHashMap<>();
		this.queue.assignees().forEach(u -> assignees.put(u.id().toString(), u.displayName()));
		model.addAttribute("caseChoices", caseChoices);
		model.addAttribute("assignees", assignees);
		return "monitoring/task-new";
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
