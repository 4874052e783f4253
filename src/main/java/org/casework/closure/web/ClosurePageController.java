package org.casework.closure.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.casework.cases.CaseFile;
import org.casework.cases.CaseManagement;
import org.casework.cases.CaseStatus;
import org.casework.closure.AdvanceNotice;
import org.casework.closure.ChecklistItem;
import org.casework.closure.ClosureDecision;
import org.casework.closure.ClosureDetails;
import org.casework.closure.ClosureEvidence;
import org.casework.closure.ClosureReason;
import org.casework.closure.ClosureStatus;
import org.casework.closure.ClosureView;
import org.casework.closure.Closures;
import org.casework.closure.Closures.SummaryDocument;
import org.casework.closure.HandoffRequest;
import org.casework.closure.OutreachInput;
import org.casework.closure.OutreachMethod;
import org.casework.closure.ProgressReview;
import org.casework.closure.RelapsePlan;
import org.casework.closure.ResourceChoice;
import org.casework.closure.ResourceView;
import org.casework.closure.StartClosure;
import org.casework.closure.SummaryText;
import org.casework.closure.web.ClosureForms.DecisionForm;
import org.casework.closure.web.ClosureForms.HandoffForm;
import org.casework.closure.web.ClosureForms.NoticeForm;
import org.casework.closure.web.ClosureForms.OutreachForm;
import org.casework.closure.web.ClosureForms.RelapseForm;
import org.casework.closure.web.ClosureForms.ResourceForm;
import org.casework.closure.web.ClosureForms.ReviewForm;
import org.casework.closure.web.ClosureForms.StartForm;
import org.casework.closure.web.ClosureForms.SummaryForm;
import org.casework.closure.web.ClosureForms.TextForm;
import org.casework.consents.InformationCategory;
import org.casework.directory.DirectoryCatalog;
import org.casework.directory.DirectoryQuery;
import org.casework.directory.ServiceCard;
import org.casework.platform.PdfDocuments;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.FormProblems;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;
import org.casework.shared.StaleVersionException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The closure screens: the closure page of a case (starting it with the reason and the
 * evidence the record holds, the five procedures as a checklist with their forms, the
 * outreach attempts, every blocker with where to fix it, submitting, withdrawing, the
 * supervisor's decision, reopening a closed case) and the summary page (drafted from the
 * record, edited, signed, corrected by addenda, printed, and the warm handoff).
 */
@Controller
@RequestMapping("/cases/{caseId}/closure")
class ClosurePageController {

	/** How many directory services the resource and handoff pickers offer at once. */
	static final int PICKER_SIZE = 50;

	private final Closures closures;

	private final CaseManagement cases;

	private final DirectoryCatalog directory;

	private final PdfDocuments pdfs;

	ClosurePageController(Closures closures, CaseManagement cases, DirectoryCatalog directory, PdfDocuments pdfs) {
		this.closures = closures;
		this.cases = cases;
		this.directory = directory;
		this.pdfs = pdfs;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "caseload";
	}

	@GetMapping
	String show(@PathVariable UUID caseId, @RequestParam(required = false) String find, Model model) {
		model.addAttribute("find", find);
		return page(caseId, model);
	}

	@PostMapping
	String start(@PathVariable UUID caseId, @ModelAttribute("startForm") StartForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.start(caseId,
					new StartClosure(form.getReason(), text(form.getReasonNote()), form.getClosureDate(),
							form.getCheckInDays(), form.getNoticeGivenOn(), text(form.getNoticeMethod())));
			return done(redirect, caseId, "closure.flash.started", "");
		});
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/details")
	String details(@PathVariable UUID caseId, @ModelAttribute("detailsForm") StartForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.update(caseId, form.getVersion(), new ClosureDetails(form.getReason(),
					text(form.getReasonNote()), form.getClosureDate(), form.getCheckInDays()));
			return done(redirect, caseId, "closure.flash.details", "#details");
		});
		model.addAttribute("detailsOpen", true);
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/notice")
	String notice(@PathVariable UUID caseId, @ModelAttribute("noticeForm") NoticeForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			try {
				this.closures.recordNotice(caseId, form.getVersion(),
						new AdvanceNotice(form.getGivenOn(), text(form.getMethod()), text(form.getNote())));
			}
			catch (InvalidInputException ex) {
				// the notice is checked as it is when a closure starts with it
				throw new InvalidInputException(ex.problems()
					.stream()
					.map(p -> new FieldProblem(
							p.field().replace("noticeGivenOn", "givenOn").replace("noticeMethod", "method"),
							p.message()))
					.toList());
			}
			return done(redirect, caseId, "closure.flash.notice", "#notice");
		});
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/progress-review")
	String review(@PathVariable UUID caseId, @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.reviewProgress(caseId, form.getVersion(),
					new ProgressReview(form.getReviewedOn(), text(form.getNote())));
			return done(redirect, caseId, "closure.flash.review", "#progress");
		});
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/relapse-plan")
	String relapsePlan(@PathVariable UUID caseId, @ModelAttribute("relapseForm") RelapseForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.relapsePlan(caseId, form.getVersion(),
					new RelapsePlan(lines(form.getWarningSigns()), lines(form.getCopingStrategies()),
							contacts(form.getPeopleToCall()), contacts(form.getEmergencyContacts()),
							text(form.getHowToSeekHelp())));
			return done(redirect, caseId, "closure.flash.relapsePlan", "#relapse");
		});
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/resources/add")
	String addResource(@PathVariable UUID caseId, @ModelAttribute("resourceForm") ResourceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			List<ResourceChoice> chosen = new ArrayList<>(chosen(caseId));
			chosen.add(new ResourceChoice(form.getServiceId(), text(form.getNote())));
			this.closures.resources(caseId, form.getVersion(), chosen);
			return done(redirect, caseId, "closure.flash.resourceAdded", "#resources");
		});
	}

	@PostMapping("/resources/remove")
	String removeResource(@PathVariable UUID caseId, @ModelAttribute("resourceForm") ResourceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			List<ResourceChoice> chosen = new ArrayList<>(chosen(caseId));
			chosen.removeIf(c -> c.serviceId().equals(form.getServiceId()));
			this.closures.resources(caseId, form.getVersion(), chosen);
			return done(redirect, caseId, "closure.flash.resourceRemoved", "#resources");
		});
	}

	@PostMapping("/resources/note")
	String noteResource(@PathVariable UUID caseId, @ModelAttribute("resourceForm") ResourceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			List<ResourceChoice> chosen = chosen(caseId).stream()
				.map(c -> c.serviceId().equals(form.getServiceId())
						? new ResourceChoice(c.serviceId(), text(form.getNote())) : c)
				.toList();
			this.closures.resources(caseId, form.getVersion(), chosen);
			return done(redirect, caseId, "closure.flash.resourceNote", "#resources");
		});
	}

	@PostMapping("/outreach")
	String outreach(@PathVariable UUID caseId, @ModelAttribute("outreachForm") OutreachForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.addOutreachAttempt(caseId,
					new OutreachInput(form.getAttemptedOn(), form.getMethod(), text(form.getOutcome())));
			return done(redirect, caseId, "closure.flash.outreach", "#outreach");
		});
		model.addAttribute("outreachOpen", true);
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/submit")
	String submit(@PathVariable UUID caseId, @RequestParam long version, Model model, RedirectAttributes redirect) {
		return act(caseId, model, () -> {
			ClosureView view = this.closures.submit(caseId, version);
			redirect.addFlashAttribute("flash",
					view.status() == ClosureStatus.APPROVED ? "closure.flash.closed" : "closure.flash.submitted");
			return "redirect:/cases/" + caseId + "/closure";
		});
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable UUID caseId, @ModelAttribute("withdrawForm") TextForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.withdraw(caseId, form.getVersion(), text(form.getReason()));
			redirect.addFlashAttribute("flash", "closure.flash.withdrawn");
			return "redirect:/cases/" + caseId;
		});
		model.addAttribute("withdrawOpen", true);
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/approve")
	String approve(@PathVariable UUID caseId, @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.approve(caseId, form.getVersion(),
					new ClosureDecision(text(form.getComments()), text(form.getJustification())));
			redirect.addFlashAttribute("flash", "closure.flash.approved");
			return "redirect:/cases/" + caseId;
		});
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/return")
	String returnForChanges(@PathVariable UUID caseId, @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.returnForChanges(caseId, form.getVersion(),
					new ClosureDecision(text(form.getComments()), null));
			return done(redirect, caseId, "closure.flash.returned", "");
		});
		return done != null ? done : page(caseId, model);
	}

	@PostMapping("/reopen")
	String reopen(@PathVariable UUID caseId, @ModelAttribute("reopenForm") TextForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.reopen(caseId, text(form.getReason()));
			redirect.addFlashAttribute("flash", "closure.flash.reopened");
			return "redirect:/cases/" + caseId;
		});
		return done != null ? done : page(caseId, model);
	}

	// the summary

	@GetMapping("/summary")
	String summary(@PathVariable UUID caseId, @RequestParam(required = false) String find, Model model) {
		model.addAttribute("find", find);
		return summaryPage(caseId, model);
	}

	@PostMapping("/summary/draft")
	String draft(@PathVariable UUID caseId, @RequestParam long version, Model model, RedirectAttributes redirect) {
		return actOnSummary(caseId, model, () -> {
			this.closures.draftSummary(caseId, version);
			return summaryDone(redirect, caseId, "closure.flash.drafted");
		});
	}

	@PostMapping("/summary")
	String editSummary(@PathVariable UUID caseId, @ModelAttribute("summaryForm") SummaryForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.editSummary(caseId, form.getVersion(),
					new SummaryText(text(form.getOverview()), text(form.getServices()), text(form.getGoalsAchieved()),
							text(form.getGoalsNotAchieved()), text(form.getAssessment()),
							text(form.getUnresolvedNeeds()), text(form.getRecommendations())));
			return summaryDone(redirect, caseId, "closure.flash.summarySaved");
		});
		return done != null ? done : summaryPage(caseId, model);
	}

	@PostMapping("/summary/sign")
	String sign(@PathVariable UUID caseId, @RequestParam long version, Model model, RedirectAttributes redirect) {
		return actOnSummary(caseId, model, () -> {
			this.closures.signSummary(caseId, version);
			return summaryDone(redirect, caseId, "closure.flash.signed");
		});
	}

	@PostMapping("/summary/addenda")
	String addendum(@PathVariable UUID caseId, @ModelAttribute("addendumForm") TextForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.addSummaryAddendum(caseId, text(form.getText()));
			return summaryDone(redirect, caseId, "closure.flash.addendum");
		});
		return done != null ? done : summaryPage(caseId, model);
	}

	@PostMapping("/summary/handoff")
	String handoff(@PathVariable UUID caseId, @ModelAttribute("handoffForm") HandoffForm form, BindingResult binding,
			@RequestParam(required = false) String find, Model model, RedirectAttributes redirect) {
		model.addAttribute("find", find);
		String done = FormProblems.submit(binding, model, () -> {
			this.closures.handoff(caseId, form.getVersion(),
					new HandoffRequest(form.getServiceId(), text(form.getReason()), form.getUrgency(), form.shared()));
			return summaryDone(redirect, caseId, "closure.flash.handoff");
		});
		return done != null ? done : summaryPage(caseId, model);
	}

	/**
	 * The summary as the client takes it home, in their language where Casework has it.
	 */
	@GetMapping("/summary.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID caseId) {
		SummaryDocument doc = this.closures.summaryDocument(caseId);
		byte[] pdf = this.pdfs.render("closure/pdf", Map.of("closure", doc.closure(), "programName", doc.programName(),
				"openedOn", doc.openedOn(), "workerName", doc.workerName()), doc.locale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("closure-summary-" + doc.closure().caseNumber() + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	// helpers

	private static String done(RedirectAttributes redirect, UUID caseId, String flash, String anchor) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/cases/" + caseId + "/closure" + anchor;
	}

	private static String summaryDone(RedirectAttributes redirect, UUID caseId, String flash) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/cases/" + caseId + "/closure/summary";
	}

	/**
	 * Runs an action of a button; a refusal shows the page again with what was refused at
	 * the top, a stale version as the conflict alert.
	 */
	private String act(UUID caseId, Model model, Supplier<String> action) {
		String done = attempt(model, action);
		return done != null ? done : page(caseId, model);
	}

	private String actOnSummary(UUID caseId, Model model, Supplier<String> action) {
		String done = attempt(model, action);
		return done != null ? done : summaryPage(caseId, model);
	}

	/**
	 * What the action answered, or null when it was refused (the refusal in the model).
	 */
	private static String attempt(Model model, Supplier<String> action) {
		try {
			return action.get();
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("refusal", ex.getMessage());
			model.addAttribute("refusalReasons",
					ex.problems().stream().map(p -> p.field() + ": " + p.message()).toList());
		}
		catch (DomainRuleException ex) {
			model.addAttribute("refusal", ex.getMessage());
			model.addAttribute("refusalReasons", ex.reasons());
		}
		return null;
	}

	private List<ResourceChoice> chosen(UUID caseId) {
		return this.closures.get(caseId)
			.resources()
			.stream()
			.map(r -> new ResourceChoice(r.serviceId(), r.note()))
			.toList();
	}

	private CaseFile file(UUID caseId) {
		return this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
	}

	private ClosureView closure(UUID caseId) {
		try {
			return this.closures.get(caseId);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private String page(UUID caseId, Model model) {
		CaseFile file = file(caseId);
		ClosureView closure = closure(caseId);
		boolean open = file.summary().status() == CaseStatus.OPEN;
		boolean active = closure != null && closure.status().active();
		boolean editable = active && closure.status().editable();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		model.addAttribute("caseSummary", file.summary());
		model.addAttribute("closure", closure);
		model.addAttribute("active", active);
		model.addAttribute("editable", editable);
		model.addAttribute("reasons", ClosureReason.values());
		model.addAttribute("methods", OutreachMethod.values());
		model.addAttribute("checkIns", Map.of("30", "30", "90", "90"));
		model.addAttribute("today", today);
		ClosureEvidence evidence = null;
		if (active) {
			evidence = closure.evidence();
		}
		else if (open) {
			evidence = this.closures.readiness(caseId).evidence();
		}
		model.addAttribute("evidence", evidence);
		model.addAttribute("reopenable", !open && closure != null && closure.reopenableUntil() != null
				&& !today.isAfter(closure.reopenableUntil()));
		model.addAttribute("returnedComments", returnedComments(closure));
		model.addAttribute("fixLinks", fixLinks(caseId));
		if (open && !model.containsAttribute("outreachForm")) {
			OutreachForm outreach = new OutreachForm();
			outreach.setAttemptedOn(today);
			model.addAttribute("outreachForm", outreach);
		}
		if (open && !active) {
			model.addAttribute("mayStart", true);
			if (!model.containsAttribute("startForm")) {
				StartForm start = new StartForm();
				start.setClosureDate(today.plusDays(14));
				model.addAttribute("startForm", start);
			}
		}
		if (active) {
			Map<String, ChecklistItem> procedures = new LinkedHashMap<>();
			closure.checklist().forEach(item -> procedures.put(item.procedure().name(), item));
			model.addAttribute("procedures", procedures);
			long version = closure.version();
			if (!model.containsAttribute("detailsForm")) {
				StartForm details = new StartForm();
				details.setReason(closure.reason());
				details.setReasonNote(closure.reasonNote());
				details.setClosureDate(closure.closureDate());
				details.setCheckInDays(closure.checkInDays());
				details.setVersion(version);
				model.addAttribute("detailsForm", details);
			}
			if (!model.containsAttribute("noticeForm")) {
				NoticeForm notice = new NoticeForm();
				if (closure.notice() != null) {
					notice.setGivenOn(closure.notice().givenOn());
					notice.setMethod(closure.notice().method());
					notice.setNote(closure.notice().note());
				}
				notice.setVersion(version);
				model.addAttribute("noticeForm", notice);
			}
			if (!model.containsAttribute("reviewForm")) {
				ReviewForm review = new ReviewForm();
				if (closure.progressReview() != null) {
					review.setReviewedOn(closure.progressReview().reviewedOn());
					review.setNote(closure.progressReview().note());
				}
				review.setVersion(version);
				model.addAttribute("reviewForm", review);
			}
			if (!model.containsAttribute("relapseForm")) {
				model.addAttribute("relapseForm", relapseForm(closure.relapsePlan(), version));
			}
			if (!model.containsAttribute("withdrawForm")) {
				TextForm withdraw = new TextForm();
				withdraw.setVersion(version);
				model.addAttribute("withdrawForm", withdraw);
			}
			if (!model.containsAttribute("decisionForm")) {
				DecisionForm decision = new DecisionForm();
				decision.setVersion(version);
				model.addAttribute("decisionForm", decision);
			}
			String find = (String) model.getAttribute("find");
			if (editable && find != null) {
				List<UUID> chosen = closure.resources().stream().map(ResourceView::serviceId).toList();
				model.addAttribute("directoryServices",
						this.directory
							.search(new DirectoryQuery(find, null, null, false, null, null, null, null,
									PageRequest.of(0, PICKER_SIZE)))
							.items()
							.stream()
							.filter(s -> !chosen.contains(s.id()))
							.toList());
			}
		}
		if (!model.containsAttribute("reopenForm")) {
			model.addAttribute("reopenForm", new TextForm());
		}
		return "closure/closure";
	}

	private String summaryPage(UUID caseId, Model model) {
		CaseFile file = file(caseId);
		ClosureView closure = this.closures.get(caseId);
		model.addAttribute("caseSummary", file.summary());
		model.addAttribute("closure", closure);
		boolean editable = closure.status().editable();
		model.addAttribute("editable", editable);
		long version = closure.version();
		if (!model.containsAttribute("summaryForm")) {
			SummaryForm form = new SummaryForm();
			if (closure.summary() != null) {
				SummaryText t = closure.summary().text();
				form.setOverview(t.overview());
				form.setServices(t.services());
				form.setGoalsAchieved(t.goalsAchieved());
				form.setGoalsNotAchieved(t.goalsNotAchieved());
				form.setAssessment(t.assessment());
				form.setUnresolvedNeeds(t.unresolvedNeeds());
				form.setRecommendations(t.recommendations());
			}
			form.setVersion(version);
			model.addAttribute("summaryForm", form);
		}
		if (!model.containsAttribute("addendumForm")) {
			model.addAttribute("addendumForm", new TextForm());
		}
		boolean mayHandOff = closure.status().active() && closure.summary() != null && closure.summary().signed()
				&& closure.handoffReferralId() == null;
		model.addAttribute("mayHandOff", mayHandOff);
		if (mayHandOff) {
			if (!model.containsAttribute("handoffForm")) {
				HandoffForm handoff = new HandoffForm();
				handoff.setUrgency(Priority.ROUTINE);
				handoff.setVersion(version);
				model.addAttribute("handoffForm", handoff);
			}
			Map<String, String> services = new LinkedHashMap<>();
			for (ServiceCard s : this.directory
				.search(new DirectoryQuery((String) model.getAttribute("find"), null, null, false, null, null, null,
						null, PageRequest.of(0, PICKER_SIZE)))
				.items()) {
				services.put(s.id().toString(), s.name() + " (" + s.organizationName() + ")");
			}
			model.addAttribute("handoffServices", services);
			model.addAttribute("urgencies", Priority.values());
			model.addAttribute("categories", InformationCategory.values());
		}
		return "closure/summary";
	}

	/** Where each blocker is dealt with. */
	private static Map<String, String> fixLinks(UUID caseId) {
		String c = "/cases/" + caseId;
		String closure = c + "/closure";
		Map<String, String> links = new LinkedHashMap<>();
		links.put("UNSIGNED_NOTES", c + "/notes");
		links.put("REFERRALS_WITHOUT_OUTCOME", c + "#referrals");
		links.put("OPEN_TASKS", "/");
		links.put("ACTIVE_CRISIS", c);
		links.put("NO_ADVANCE_NOTICE", closure + "#notice");
		links.put("NOTICE_TOO_SHORT", closure + "#notice");
		links.put("OUTREACH_ATTEMPTS", closure + "#outreach");
		links.put("NO_HANDOFF", closure + "/summary#handoff");
		links.put("REASON_NOTE", closure + "#details");
		links.put("PROGRESS_REVIEW", closure + "#progress");
		links.put("RELAPSE_PLAN", closure + "#relapse");
		links.put("ONGOING_RESOURCES", closure + "#resources");
		links.put("SUMMARY_UNSIGNED", closure + "/summary");
		links.put("CLOSURE_DATE_AHEAD", closure + "#details");
		return links;
	}

	private static String returnedComments(ClosureView closure) {
		if (closure == null || closure.status() != ClosureStatus.RETURNED) {
			return null;
		}
		List<ClosureView.HistoryEntry> history = closure.history();
		for (int i = history.size() - 1; i >= 0; i--) {
			if ("RETURNED".equals(history.get(i).action())) {
				return history.get(i).comments();
			}
		}
		return null;
	}

	private static RelapseForm relapseForm(RelapsePlan plan, long version) {
		RelapseForm form = new RelapseForm();
		form.setVersion(version);
		if (plan != null) {
			form.setWarningSigns(String.join("\n", plan.warningSigns()));
			form.setCopingStrategies(String.join("\n", plan.copingStrategies()));
			form.setPeopleToCall(contactLines(plan.peopleToCall()));
			form.setEmergencyContacts(contactLines(plan.emergencyContacts()));
			form.setHowToSeekHelp(plan.howToSeekHelp());
		}
		return form;
	}

	private static String contactLines(List<RelapsePlan.Contact> contacts) {
		return String.join("\n", contacts.stream()
			.map(c -> String.join(", ",
					Stream.of(c.name(), c.relationship(), c.phone()).filter(s -> s != null && !s.isBlank()).toList()))
			.toList());
	}

	private static String text(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** One entry a line, blank lines left out. */
	static List<String> lines(String s) {
		return s == null ? List.of() : s.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/**
	 * A contact a line: name, relationship, phone (or name, phone) separated by commas.
	 */
	static List<RelapsePlan.Contact> contacts(String s) {
		return lines(s).stream().map(line -> {
			List<String> parts = Arrays.stream(line.split(",")).map(String::strip).toList();
			return switch (parts.size()) {
				case 1 -> new RelapsePlan.Contact(parts.get(0), null, null);
				case 2 -> new RelapsePlan.Contact(parts.get(0), null, parts.get(1));
				default -> new RelapsePlan.Contact(parts.get(0), String.join(", ", parts.subList(1, parts.size() - 1)),
						parts.get(parts.size() - 1));
			};
		}).toList();
	}

}
