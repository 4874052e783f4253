package org.casework.referrals.web;

import java.util.function.Supplier;

import org.casework.consents.Sharing;
import org.casework.referrals.Appointment;
import org.casework.referrals.Attendance;
import org.casework.referrals.ProviderLinks;
import org.casework.referrals.ProviderReferral;
import org.casework.referrals.ReferralProperties;
import org.casework.referrals.StatusChange;
import org.casework.referrals.web.ReferralForms.ActionForm;
import org.casework.shared.FormProblems;
import org.casework.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a referral's provider opens from the secure link, without a Casework account:
 * what the client's consent lets them see, and the buttons to accept or reject, set the
 * appointment, record attendance and the outcome. An unknown, expired or revoked link
 * answers 404.
 */
@Controller
@RequestMapping("/r/{token}")
class ProviderPageController {

	private final ProviderLinks links;

	private final ReferralProperties properties;

	ProviderPageController(ProviderLinks links, ReferralProperties properties) {
		this.links = links;
		this.properties = properties;
	}

	@GetMapping
	String show(@PathVariable String token, Model model) {
		ProviderReferral referral = this.links.open(token).orElseThrow(() -> new NotFoundException("Referral"));
		model.addAttribute("token", token);
		return page(referral, model);
	}

	@PostMapping("/status")
	String status(@PathVariable String token, @ModelAttribute("action") ActionForm form, Model model,
			RedirectAttributes redirect) {
		return act(token, form, model, redirect, "status",
				() -> this.links.changeStatus(token,
						new StatusChange(form.getStatus(), form.getReason(), form.getServiceReceived(),
								form.getClientAttended(), form.getOutcomeNote(),
								ReferralForms.moment(form.getDate(), form.getTime(), this.properties.timeZone()))),
				"referrals.provider.flash.status");
	}

	@PostMapping("/appointment")
	String appointment(@PathVariable String token, @ModelAttribute("action") ActionForm form, Model model,
			RedirectAttributes redirect) {
		return act(token, form, model, redirect, "appointment",
				() -> this.links.setAppointment(token,
						new Appointment(
								ReferralForms.moment(form.getDate(), form.getTime(), this.properties.timeZone()),
								form.getNote())),
				"referrals.provider.flash.appointment");
	}

	@PostMapping("/attendance")
	String attendance(@PathVariable String token, @ModelAttribute("action") ActionForm form, Model model,
			RedirectAttributes redirect) {
		return act(token, form, model, redirect, "attendance",
				() -> this.links.recordAttendance(token, new Attendance(form.getAttended(), form.getNote())),
				"referrals.provider.flash.attendance");
	}

	private String act(String token, ActionForm form, Model model, RedirectAttributes redirect, String which,
			Supplier<ProviderReferral> action, String flash) {
		BindingResult binding = new BeanPropertyBindingResult(form, "action");
		String done = FormProblems.submit(binding, model, () -> {
			action.get();
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/r/" + token;
		});
		if (done != null) {
			return done;
		}
		model.addAttribute("failed", which);
		model.addAttribute("problems", ReferralForms.problems(binding));
		return show(token, model);
	}

	private String page(ProviderReferral referral, Model model) {
		model.addAttribute("r", referral);
		model.addAttribute("zone", this.properties.timeZone());
		model.addAttribute("redisclosureNotice", Sharing.REDISCLOSURE_NOTICE);
		if (!model.containsAttribute("action")) {
			model.addAttribute("action", new ActionForm());
		}
		return "referrals/provider";
	}

}
