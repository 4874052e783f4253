package org.casework.consents.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.clients.ClientSummary;
import org.casework.consents.AgreementMethod;
import org.casework.consents.ConsentStatus;
import org.casework.consents.ConsentView;
import org.casework.consents.Consents;
import org.casework.consents.ExpiryEventKind;
import org.casework.consents.InformationCategory;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.consents.RevocationChannel;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.FormProblems;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The client's releases of information: the list (active, pending, expired, revoked),
 * recording a new one with the client's signature on the screen or a witnessed verbal
 * agreement and the statement of the right to revoke, and ending one (a revocation, or
 * the event it names).
 */
@Controller
@RequestMapping("/clients/{clientId}/consents")
class ConsentPageController {

	private final Consents consents;

	private final MessageSource messages;

	ConsentPageController(Consents consents, MessageSource messages) {
		this.consents = consents;
		this.messages = messages;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "clients";
	}

	@GetMapping
	String list(@PathVariable UUID clientId, Model model) {
		client(clientId, model);
		List<ConsentView> all = this.consents.list(clientId);
		model.addAttribute("current",
				all.stream()
					.filter(c -> c.status() == ConsentStatus.ACTIVE || c.status() == ConsentStatus.PENDING)
					.toList());
		model.addAttribute("ended",
				all.stream()
					.filter(c -> c.status() == ConsentStatus.EXPIRED || c.status() == ConsentStatus.REVOKED)
					.toList());
		return "consents/list";
	}

	@GetMapping("/new")
	String newConsent(@PathVariable UUID clientId, @RequestParam(required = false) String recipient, Model model) {
		ClientSummary client = client(clientId, model);
		ConsentForm form = new ConsentForm();
		if (recipient != null && recipients().containsKey(recipient)) {
			// a referral asks for a consent for its service's organization
			form.setRecipientChoice(recipient);
		}
		form.setPatientName(client.firstName() + " " + client.lastName());
		form.setSignedOn(LocalDate.now());
		model.addAttribute("consentForm", form);
		return form(model);
	}

	@PostMapping
	String record(@PathVariable UUID clientId, @ModelAttribute("consentForm") ConsentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		client(clientId, model);
		String done = submit(binding, model, form, () -> {
			this.consents.record(clientId, form.command());
			redirect.addFlashAttribute("flash", "consents.flash.recorded");
			return "redirect:/clients/" + clientId + "/consents";
		});
		return done != null ? done : form(model);
	}

	/**
	 * What may go to a recipient today, category by category, and why the rest is
	 * withheld; nothing is disclosed.
	 */
	@GetMapping("/sharing")
	String sharing(@PathVariable UUID clientId, @ModelAttribute("sharingForm") SharingForm form, BindingResult binding,
			Model model) {
		client(clientId, model);
		Map<String, String> recipients = recipients();
		model.addAttribute("recipients", recipients);
		model.addAttribute("categories", InformationCategory.values());
		if (form.asked() && !binding.hasErrors()) {
			try {
				Recipient recipient = ConsentForm.recipient(form.getRecipientChoice(), form.getRecipientName(),
						recipientNames());
				model.addAttribute("decision", this.consents.check(clientId, recipient, form.getCategories()));
				model.addAttribute("asked", EnumSet.copyOf(form.getCategories()));
			}
			catch (InvalidInputException ex) {
				FormProblems
					.reject(binding,
							ex.problems()
								.stream()
								.map(p -> new FieldProblem(p.field().equals("recipient.name")
										&& ConsentForm.PERSON.equals(form.getRecipientChoice()) ? "recipientName"
												: p.field().startsWith("recipient") ? "recipientChoice" : p.field(),
										p.message()))
								.toList());
			}
		}
		return "consents/sharing";
	}

	@GetMapping("/{consentId}/end")
	String end(@PathVariable UUID clientId, @PathVariable UUID consentId, Model model) {
		ConsentView consent = consent(clientId, consentId, model);
		EndConsentForm form = new EndConsentForm();
		form.setVersion(consent.version());
		form.setRevokedOn(LocalDate.now());
		form.setOccurredOn(LocalDate.now());
		model.addAttribute("endForm", form);
		return endPage(model);
	}

	@PostMapping("/{consentId}/revoke")
	String revoke(@PathVariable UUID clientId, @PathVariable UUID consentId,
			@ModelAttribute("endForm") EndConsentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		consent(clientId, consentId, model);
		model.addAttribute("ending", "revoke");
		String done = submit(binding, model, null, () -> {
			this.consents.revoke(clientId, consentId, form.getVersion(), form.revocation());
			redirect.addFlashAttribute("flash", "consents.flash.revoked");
			return "redirect:/clients/" + clientId + "/consents";
		});
		return done != null ? done : endPage(model);
	}

	@PostMapping("/{consentId}/event")
	String event(@PathVariable UUID clientId, @PathVariable UUID consentId,
			@ModelAttribute("endForm") EndConsentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		consent(clientId, consentId, model);
		model.addAttribute("ending", "event");
		String done = submit(binding, model, null, () -> {
			this.consents.recordEvent(clientId, consentId, form.getVersion(), form.occurrence());
			redirect.addFlashAttribute("flash", "consents.flash.ended");
			return "redirect:/clients/" + clientId + "/consents";
		});
		return done != null ? done : endPage(model);
	}

	@GetMapping(path = "/{consentId}/signature", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> signature(@PathVariable UUID clientId, @PathVariable UUID consentId) {
		byte[] png = this.consents.signature(clientId, consentId).orElseThrow(() -> new NotFoundException("Signature"));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
	}

	/**
	 * Runs a form's action; refusals go next to their fields (named as the form names
	 * them), a domain rule at the top, a stale version as a conflict.
	 */
	private static String submit(BindingResult binding, Model model, ConsentForm form, Supplier<String> action) {
		if (binding.hasErrors()) {
			return null;
		}
		try {
			return action.get();
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(binding, form == null ? ex.problems() : form.onForm(ex.problems()));
		}
		catch (DomainRuleException ex) {
			binding.reject("problem", ex.getMessage());
		}
		return null;
	}

	/**
	 * The recipients a worker chooses from: agencies and organizations, then "a person".
	 */
	private Map<String, String> recipients() {
		Map<String, String> recipients = new LinkedHashMap<>();
		for (RecipientKind kind : List.of(RecipientKind.ORGANIZATION, RecipientKind.AGENCY)) {
			String label = this.messages.getMessage("enum.RecipientKind." + kind, null,
					LocaleContextHolder.getLocale());
			for (Recipient r : this.consents.recipientChoices(kind)) {
				recipients.put(ConsentForm.choice(r), r.name() + " (" + label + ")");
			}
		}
		recipients.put(ConsentForm.PERSON,
				this.messages.getMessage("consents.form.recipient.person", null, LocaleContextHolder.getLocale()));
		return recipients;
	}

	private Map<String, String> recipientNames() {
		Map<String, String> names = new LinkedHashMap<>();
		for (RecipientKind kind : List.of(RecipientKind.ORGANIZATION, RecipientKind.AGENCY)) {
			this.consents.recipientChoices(kind).forEach(r -> names.put(ConsentForm.choice(r), r.name()));
		}
		return names;
	}

	private String form(Model model) {
		model.addAttribute("recipients", recipients());
		model.addAttribute("categories", InformationCategory.values());
		model.addAttribute("eventKinds", ExpiryEventKind.values());
		model.addAttribute("methods", AgreementMethod.values());
		return "consents/new";
	}

	private String endPage(Model model) {
		model.addAttribute("channels", RevocationChannel.values());
		return "consents/end";
	}

	private ClientSummary client(UUID clientId, Model model) {
		ClientSummary client = this.consents.clientOf(clientId).orElseThrow(() -> new NotFoundException("Client"));
		model.addAttribute("client", client);
		return client;
	}

	private ConsentView consent(UUID clientId, UUID consentId, Model model) {
		client(clientId, model);
		ConsentView consent = this.consents.find(clientId, consentId)
			.orElseThrow(() -> new NotFoundException("Consent"));
		model.addAttribute("consent", consent);
		return consent;
	}

}
