package org.casework.consents.web;

import java.util.UUID;

import org.casework.audit.Disclosure;
import org.casework.consents.ConsentStatements;
import org.casework.consents.Consents;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's accounting of disclosures: what left the agency, to whom, when, under
 * which consent and by whom, newest first. Whoever has the client in scope reads it, and
 * auditors (who see no other client data: the page names the client by id only).
 */
@Controller
@RequestMapping("/clients/{clientId}/disclosures")
class DisclosurePageController {

	static final int PAGE_SIZE = 50;

	private final Consents consents;

	DisclosurePageController(Consents consents) {
		this.consents = consents;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "clients";
	}

	@GetMapping
	String list(@PathVariable UUID clientId, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<Disclosure> disclosures = this.consents.disclosures(clientId,
				new PageRequest(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("clientId", clientId);
		this.consents.clientOf(clientId).ifPresent(c -> model.addAttribute("client", c));
		model.addAttribute("disclosures", disclosures);
		model.addAttribute("notice", ConsentStatements.REDISCLOSURE_NOTICE);
		return "consents/disclosures";
	}

}
