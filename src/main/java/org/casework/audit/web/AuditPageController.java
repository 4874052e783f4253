package org.casework.audit.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditTrail;
import org.casework.audit.ChainVerification;
import org.casework.shared.InvalidInputException;
import org.casework.shared.PageRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The auditor's screen: the trail filtered by subject, actor, time and action, newest
 * first, and verification of the hash chain. Both are audited themselves.
 */
@Controller
@RequestMapping("/audit")
class AuditPageController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	AuditPageController(AuditTrail trail) {
		this.trail = trail;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "audit";
	}

	@GetMapping
	String trail(@ModelAttribute("filter") AuditFilterForm filter, BindingResult binding, Model model) {
		model.addAttribute("actions", AuditAction.values());
		if (!binding.hasErrors()) {
			try {
				model.addAttribute("events",
						this.trail.search(filter.toQuery(), new PageRequest(Math.max(0, filter.getPage()), PAGE_SIZE)));
			}
			catch (InvalidInputException ex) {
				ex.problems().forEach(p -> binding.reject("problem", p.field() + ": " + p.message()));
			}
		}
		return "audit/trail";
	}

	/** Without JavaScript: verify, then show the outcome on the trail page. */
	@PostMapping("/verify")
	String verify(RedirectAttributes redirect) {
		ChainVerification result = this.trail.verify();
		redirect.addFlashAttribute("verifyValid", result.valid());
		redirect.addFlashAttribute("verifyEntries", result.entries());
		redirect.addFlashAttribute("verifyBrokenSeq", result.firstBrokenSeq());
		redirect.addFlashAttribute("verifyBrokenId",
				result.firstBrokenId() == null ? null : result.firstBrokenId().toString());
		redirect.addFlashAttribute("verifyProblem", result.problem());
		return "redirect:/audit";
	}

	@HxRequest
	@PostMapping("/verify")
	String verifyLive(Model model) {
		ChainVerification result = this.trail.verify();
		model.addAttribute("verifyValid", result.valid());
		model.addAttribute("verifyEntries", result.entries());
		model.addAttribute("verifyBrokenSeq", result.firstBrokenSeq());
		model.addAttribute("verifyBrokenId", result.firstBrokenId());
		model.addAttribute("verifyProblem", result.problem());
		return "audit/trail :: verification";
	}

}
