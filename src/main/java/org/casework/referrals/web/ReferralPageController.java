package org.casework.referrals.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.casework.careplans.CarePlanManagement;
import org.casework.cases.CaseFile;
import org.casework.cases.CaseManagement;
import org.casework.consents.InformationCategory;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.consents.Sharing;
import org.casework.directory.Directory;
import org.casework.directory.DirectoryService;
import org.casework.referrals.Appointment;
import org.casework.referrals.Attendance;
import org.casework.referrals.IssuedLink;
import org.casework.referrals.ProviderLinks;
import org.casework.referrals.ReferralFollowUps;
import org.casework.referrals.ReferralProperties;
import org.casework.referrals.ReferralView;
import org.casework.referrals.Referrals;
import org.casework.referrals.StatusChange;
import org.casework.referrals.web.ReferralForms.ActionForm;
import org.casework.referrals.web.ReferralForms.NewReferralForm;
import org.casework.shared.FormProblems;
import org.casework.shared.NotFoundException;
import org.casework.shared.Priority;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The worker's referral screens: making a referral from a case (the service chosen in the
 * directory), a referral's page with its status, what it shares under consent, the
 * appointment, the provider's link and the follow-ups, and the list of stalled referrals.
 */
@Controller
class ReferralPageController {

	private final Referrals referrals;

	private final ProviderLinks links;

	private final ReferralFollowUps followUps;

	private final CaseManagement cases;

	private final CarePlanManagement plans;

	private final Directory directory;

	private final Sharing sharing;

	private final ReferralProperties properties;

	ReferralPageController(Referrals referrals, ProviderLinks links, ReferralFollowUps followUps, CaseManagement cases,
			CarePlanManagement plans, Directory directory, Sharing sharing, ReferralProperties properties) {
		this.referrals = referrals;
		this.links = links;
		this.followUps = followUps;
		this.cases = cases;
		this.plans = plans;
		this.directory = directory;
		this.sharing = sharing;
		this.properties = properties;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "referrals";
	}

	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return this.properties.timeZone();
	}

	// making a referral

	@GetMapping("/cases/{caseId}/referrals/new")
	String newReferral(@PathVariable UUID caseId, @RequestParam(required = false) UUID serviceId,
			@RequestParam(required = false) UUID stepId, Model model) {
		NewReferralForm form = new NewReferralForm();
		form.setServiceId(serviceId);
		form.setStepId(stepId);
		model.addAttribute("referral", form);
		return form(caseId, form, model);
	}

	@PostMapping("/cases/{caseId}/referrals")
	String create(@PathVariable UUID caseId, @ModelAttribute("referral") NewReferralForm form, BindingResult binding,
			@RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
		boolean send = "send".equals(action);
		String done = FormProblems.submit(binding, model, () -> {
			ReferralView made = this.referrals.create(form.referral(caseId, send, this.properties.timeZone()));
			redirect.addFlashAttribute("flash", send ? "referrals.flash.sent" : "referrals.flash.drafted");
			redirect.addFlashAttribute("flashArgs", new String[] { made.organizationName() });
			return "redirect:/referrals/" + made.id();
		});
		return done != null ? done : form(caseId, form, model);
	}

	private String form(UUID caseId, NewReferralForm form, Model model) {
		CaseFile file = this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
		model.addAttribute("file", file);
		model.addAttribute("categories", InformationCategory.values());
		model.addAttribute("urgencies", Priority.values());
		Map<String, String> steps = new LinkedHashMap<>();
		this.plans.current(caseId)
			.ifPresent(plan -> plan.goals()
				.forEach(goal -> goal.steps()
					.forEach(step -> steps.put(step.id().toString(), goal.label() + ": " + step.description()))));
		model.addAttribute("steps", steps);
		if (form.getServiceId() != null) {
			DirectoryService service = this.directory.service(form.getServiceId()).orElse(null);
			model.addAttribute("service", service);
			if (service != null) {
				model.addAttribute("consent",
						this.sharing.decide(
								file.summary().clientId(), new Recipient(RecipientKind.ORGANIZATION,
										service.organizationId(), service.organizationName()),
								EnumSet.allOf(InformationCategory.class)));
			}
		}
		return "referrals/new";
	}

	// a referral

	@GetMapping("/referrals/{id}")
	String referral(@PathVariable UUID id, Model model) {
		return page(this.referrals.get(id), model);
	}

	@PostMapping("/referrals/{id}/status")
	String status(@PathVariable UUID id, @ModelAttribute("action") ActionForm form, Model model,
			RedirectAttributes redirect) {
		return act(id, form, model, redirect, "status",
				() -> this.referrals.changeStatus(id, form.getVersion(),
						new StatusChange(form.getStatus(), form.getReason(), null, null, null, null)),
				"referrals.flash.status");
	}

	@PostMapping("/referrals/{id}/appointment")
	String appointment(@PathVariable UUID id, @ModelAttribute("action") ActionForm form, Model model,
			RedirectAttributes redirect) {
		return act(id, form, model, redirect, "appointment",
				() -> this.referrals.setAppointment(id, form.getVersion(),
						new Appointment(
								ReferralForms.moment(form.getDate(), form.getTime(), this.properties.timeZone()),
								form.getNote())),
				"referrals.flash.appointment");
	}

	@PostMapping("/referrals/{id}/attendance")
	String attendance(@PathVariable UUID id, @ModelAttribute("action") ActionForm form, Model model,
			RedirectAttributes redirect) {
		return act(id, form, model, redirect, "attendance", () -> this.referrals.recordAttendance(id, form.getVersion(),
				new Attendance(form.getAttended(), form.getNote())), "referrals.flash.attendance");
	}

	@PostMapping("/referrals/{id}/complete-step")
	String completeStep(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		return act(id, new ActionForm(), model, redirect, "step", () -> this.referrals.completeStep(id),
				"referrals.flash.stepDone");
	}

	@PostMapping("/referrals/{id}/links")
	String issueLink(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		IssuedLink link = this.links.issue(id);
		redirect.addFlashAttribute("issuedLink",
				ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).build().toUriString());
		redirect.addFlashAttribute("flash", "referrals.flash.linkIssued");
		return "redirect:/referrals/" + id + "#links";
	}

	@PostMapping("/referrals/{id}/links/{linkId}/revoke")
	String revokeLink(@PathVariable UUID id, @PathVariable UUID linkId, RedirectAttributes redirect) {
		this.links.revoke(id, linkId);
		redirect.addFlashAttribute("flash", "referrals.flash.linkRevoked");
		return "redirect:/referrals/" + id + "#links";
	}

	@PostMapping("/referrals/{id}/follow-ups/{followUpId}")
	String closeFollowUp(@PathVariable UUID id, @PathVariable UUID followUpId,
			@RequestParam(defaultValue = "done") String outcome, @ModelAttribute("action") ActionForm form, Model model,
			RedirectAttributes redirect) {
		return act(id, form, model, redirect, "followUp-" + followUpId, () -> {
			this.referrals.get(id);
			this.followUps.close(id, followUpId, "dismiss".equals(outcome), form.getNote());
			return null;
		}, "dismiss".equals(outcome) ? "referrals.flash.followUpDismissed" : "referrals.flash.followUpDone");
	}

	// the worker's list

	@GetMapping("/referrals")
	String stalled(Model model) {
		model.addAttribute("stalled", this.referrals.stalled());
		return "referrals/list";
	}

	private String act(UUID id, ActionForm form, Model model, RedirectAttributes redirect, String which,
			java.util.function.Supplier<ReferralView> action, String flash) {
		BindingResult binding = new BeanPropertyBindingResult(form, "action");
		String done = FormProblems.submit(binding, model, () -> {
			action.get();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/referrals/" + id;
		});
		if (done != null) {
			return done;
		}
		model.addAttribute("failed", which);
		model.addAttribute("problems", ReferralForms.problems(binding));
		return page(this.referrals.get(id), model);
	}

	private String page(ReferralView referral, Model model) {
		model.addAttribute("r", referral);
		model.addAttribute("action",
				model.containsAttribute("action") ? model.getAttribute("action") : new ActionForm());
		model.addAttribute("requesterNext", List.copyOf(referral.next()));
		return "referrals/referral";
	}

}
