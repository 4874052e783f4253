package org.casework.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.casework.identity.ApiTokens;
import org.casework.identity.IssuedApiToken;
import org.casework.identity.web.AdminForms.TokenForm;
import org.casework.shared.FormProblems;
import org.casework.shared.InvalidInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own personal API tokens: list, create (shown once), revoke. */
@Controller
@RequestMapping("/account/tokens")
class AccountTokenPageController {

	private final ApiTokens tokens;

	AccountTokenPageController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "tokens";
	}

	@GetMapping
	String tokens(Model model) {
		model.addAttribute("tokenForm", new TokenForm());
		return view(model);
	}

	/**
	 * Answers with the page itself rather than a redirect: the new token is shown this
	 * once and must not be kept anywhere, not even for a moment in the session store that
	 * carries flash attributes.
	 */
	@PostMapping
	String create(@ModelAttribute("tokenForm") TokenForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (!binding.hasErrors()) {
			try {
				IssuedApiToken issued = this.tokens.create(form.getName(), form.getExpiresOn());
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				model.addAttribute("issued", issued);
				model.addAttribute("tokenForm", new TokenForm());
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(binding, ex.problems());
			}
		}
		return view(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(id);
		redirect.addFlashAttribute("flash", "tokens.flash.revoked");
		return "redirect:/account/tokens";
	}

	private String view(Model model) {
		model.addAttribute("tokens", this.tokens.mine());
		return "identity/tokens";
	}

}
