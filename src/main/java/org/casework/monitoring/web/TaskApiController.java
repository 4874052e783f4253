package org.casework.monitoring.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.casework.monitoring.DueFilter;
import org.casework.monitoring.NewTask;
import org.casework.monitoring.ReviewQueue;
import org.casework.monitoring.ReviewQueueView;
import org.casework.monitoring.TaskView;
import org.casework.monitoring.WorkQueue;
import org.casework.shared.Etags;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tasks", description = "The work queue: tasks written by hand and raised by the monitoring rules")
class TaskApiController {

	private static final String IF_MATCH = " If-Match with the task's ETag is checked when sent.";

	private final WorkQueue queue;

	private final ReviewQueue review;

	TaskApiController(WorkQueue queue, ReviewQueue review) {
		this.queue = queue;
		this.review = review;
	}

	/** What was done, optional. */
	record DoneRequest(String note) {
	}

	/** Why the task is dismissed, required. */
	record DismissRequest(String reason) {
	}

	@GetMapping(path = "/api/v1/tasks", produces = "application/json")
	@Operation(summary = "Your open tasks, the most urgent first",
			description = "Overdue first, then by the priority of the case, then by the due day. ?due=overdue (due "
					+ "before today), today (due today) or week (due today or in the next six days).")
	Page<TaskView> list(@RequestParam(required = false) String due, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.queue.mine(DueFilter.parse(due), PageRequest.of(page, size));
	}

	@PostMapping(path = "/api/v1/tasks", consumes = "application/json", produces = "application/json")
	@Operation(summary = "Write a task by hand",
			description = "{\"title\",\"dueOn\"} and optionally \"caseId\" and \"ownerId\" (you unless given; a "
					+ "supervisor may give it to a worker of the team). 400 names the field; 404 for a case outside "
					+ "your scope.")
	ResponseEntity<TaskView> create(@RequestBody NewTask body) {
		TaskView task = this.queue.create(body);
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id()))
			.eTag(Etags.of(task.version()))
			.body(task);
	}

	@GetMapping(path = "/api/v1/tasks/{id}", produces = "application/json")
	@Operation(summary = "A task", description = "Yours, or a worker's of the team you supervise; 404 otherwise.")
	ResponseEntity<TaskView> read(@PathVariable UUID id) {
		return withEtag(this.queue.get(id));
	}

	@PostMapping(path = "/api/v1/tasks/{id}/actions/done", produces = "application/json")
	@Operation(summary = "Mark a task done",
			description = "{\"note\"} optional. 409 when it is closed already." + IF_MATCH)
	ResponseEntity<TaskView> done(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) DoneRequest body) {
		return withEtag(this.queue.done(id, version(ifMatch), body == null ? null : body.note()));
	}

	@PostMapping(path = "/api/v1/tasks/{id}/actions/dismiss", consumes = "application/json",
			produces = "application/json")
	@Operation(summary = "Dismiss a task",
			description = "{\"reason\"}: why, required (400 naming reason). 409 when it is closed already." + IF_MATCH)
	ResponseEntity<TaskView> dismiss(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody DismissRequest body) {
		return withEtag(this.queue.dismiss(id, version(ifMatch), body == null ? null : body.reason()));
	}

	@GetMapping(path = "/api/v1/review-queue", produces = "application/json")
	@Operation(summary = "The supervisor's review queue",
			description = "Plans awaiting your approval, the team's clients in crisis, the team's cases with no "
					+ "contact beyond their cadence, emergency access to the team's clients, and each worker's open "
					+ "and overdue tasks. 403 for anyone who supervises no team.")
	ReviewQueueView reviewQueue() {
		return this.review.forMe();
	}

	private static Long version(String ifMatch) {
		return Etags.versionIfSent(ifMatch, "Task");
	}

	private static ResponseEntity<TaskView> withEtag(TaskView task) {
		return ResponseEntity.ok().eTag(Etags.of(task.version())).body(task);
	}

}
