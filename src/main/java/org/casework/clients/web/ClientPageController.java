package org.casework.clients.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import org.casework.clients.ClientHit;
import org.casework.clients.ClientMatch;
import org.casework.clients.ClientCrisis;
import org.casework.clients.ClientRegistry;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.Client;
import org.casework.clients.domain.IdentifierKind;
import org.casework.clients.domain.PhoneKind;
import org.casework.clients.domain.RecordStatus;
import org.casework.clients.domain.RelationshipKind;
import org.casework.clients.domain.Sex;
import org.casework.identity.ClientAccess;
import org.casework.shared.ReasonForm;
import org.casework.shared.FormProblems;
import org.casework.shared.DomainRuleException;
import org.casework.shared.InvalidInputException;
import org.casework.shared.Page;
import org.casework.shared.PageRequest;

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
 * The client registry's screens: search, registration with the duplicate check, the
 * profile, editing, marking a record as entered in error, and emergency access. Every
 * read and write goes through {@link ClientRegistry} and {@link ClientAccess}, which
 * check the worker's scope and audit; a client outside it answers the "not found" page.
 */
@Controller
@RequestMapping("/clients")
class ClientPageController {

	static final int PAGE_SIZE = 20;

	/** How many of the worker's clients a new relationship can be chosen from. */
	static final int RELATIONSHIP_CHOICES = 200;

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final ClientRegistry registry;

	private final ClientAccess access;

	private final ClientCrisis crisis;

	ClientPageController(ClientRegistry registry, ClientAccess access, ClientCrisis crisis) {
		this.registry = registry;
		this.access = access;
		this.crisis = crisis;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "clients";
	}

	// search

	@GetMapping
	String search(@ModelAttribute("search") SearchForm search, BindingResult binding, Model model) {
		results(search, binding, model);
		return "clients/search";
	}

	/** Live search as the worker types: only the results. */
	@HxRequest
	@GetMapping
	String searchResults(@ModelAttribute("search") SearchForm search, BindingResult binding, Model model) {
		results(search, binding, model);
		model.addAttribute("live", true);
		return "clients/search :: results";
	}

	private void results(SearchForm search, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return;
		}
		try {
			Page<ClientHit> hits = this.registry.search(search.getQ(), search.getDob(),
					new PageRequest(Math.max(0, search.getPage()), PAGE_SIZE));
			model.addAttribute("hits", hits);
			model.addAttribute("recent", search.isEmpty());
			if (search.wholeRegistry() && search.hasText()) {
				List<ClientMatch> outside = this.registry.matches(search.subject())
					.stream()
					.filter(m -> !m.inScope())
					.toList();
				model.addAttribute("outside", outside);
			}
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(binding, ex.problems());
		}
	}

	// registration

	@GetMapping("/new")
	String newClient(Model model) {
		ClientForm form = new ClientForm();
		model.addAttribute("client", form);
		return form(model, form, null);
	}

	@PostMapping("/new")
	String register(@ModelAttribute("client") ClientForm form, BindingResult binding,
			@RequestParam(required = false) String add, @RequestParam(required = false) String remove,
			@RequestParam(required = false) String confirmAll, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			form.compact();
		}
		if (form.changeRows(add, remove)) {
			return form(model, form, null);
		}
		if (binding.hasErrors()) {
			return form(model, form, null);
		}
		Set<UUID> confirmed = new LinkedHashSet<>(form.getConfirmedDistinctFrom());
		if (confirmAll != null) {
			confirmed.addAll(form.getCandidateIds());
		}
		form.setConfirmedDistinctFrom(new ArrayList<>(confirmed));
		List<ClientMatch> candidates = duplicates(form);
		if (candidates.stream().anyMatch(c -> !confirmed.contains(c.clientId()))) {
			form.setCandidateIds(candidates.stream().map(ClientMatch::clientId).toList());
			model.addAttribute("duplicates", candidates);
			return form(model, form, null);
		}
		Client client;
		try {
			client = this.registry.register(form.details(), form.identifierInputs(), List.copyOf(confirmed));
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(binding, ex.problems());
			return form(model, form, null);
		}
		catch (DomainRuleException ex) {
			binding.reject("problem", ex.getMessage());
			return form(model, form, null);
		}
		redirect.addFlashAttribute("flash", "clients.flash.registered");
		redirect.addFlashAttribute("flashArgs", new String[] { name(form) });
		return "redirect:/clients/" + client.id();
	}

	/**
	 * The duplicate check as the worker fills in the names and date of birth: only the
	 * panel of candidates.
	 */
	@HxRequest
	@PostMapping("/new/duplicates")
	String duplicatesPanel(@ModelAttribute("client") ClientForm form, BindingResult binding, Model model) {
		List<ClientMatch> candidates = duplicates(form);
		form.setCandidateIds(candidates.stream().map(ClientMatch::clientId).toList());
		model.addAttribute("duplicates", candidates);
		model.addAttribute("live", true);
		return "clients/form :: duplicates";
	}

	private List<ClientMatch> duplicates(ClientForm form) {
		if (!form.hasName()) {
			return List.of();
		}
		try {
			return this.registry.matches(form.matchSubject());
		}
		catch (InvalidInputException ex) {
			// the same problems are reported on the fields when the form is saved
			return List.of();
		}
	}

	// profile

	@GetMapping("/{id}")
	String profile(@PathVariable UUID id, Model model, Locale locale) {
		Client client = this.registry.read(id);
		model.addAttribute("client", client);
		model.addAttribute("details", client.details());
		String language = client.details().preferredLanguage();
		model.addAttribute("languageName", language == null ? null
				: Locale.forLanguageTag(language).getDisplayName(locale) + " (" + language + ")");
		model.addAttribute("related", this.registry.related(client));
		model.addAttribute("inError", client.recordStatus() == RecordStatus.ENTERED_IN_ERROR);
		model.addAttribute("crisis", this.crisis.active(id).orElse(null));
		if (!model.containsAttribute("resolveForm")) {
			model.addAttribute("resolveForm", new ResolutionForm());
		}
		return "clients/profile";
	}

	// edit

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
		Client client = this.registry.read(id);
		if (client.recordStatus() == RecordStatus.ENTERED_IN_ERROR) {
			redirect.addFlashAttribute("flash", "clients.flash.readOnly");
			redirect.addFlashAttribute("flashKind", "warning");
			return "redirect:/clients/" + id;
		}
		ClientForm form = ClientForm.of(client, this.registry.related(client));
		model.addAttribute("client", form);
		return form(model, form, id);
	}

	@PostMapping("/{id}/edit")
	String revise(@PathVariable UUID id, @ModelAttribute("client") ClientForm form, BindingResult binding,
			@RequestParam(required = false) String add, @RequestParam(required = false) String remove, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			form.compact();
		}
		if (form.changeRows(add, remove)) {
			return form(model, form, id);
		}
		if (FormProblems.submit(binding, model, () -> {
			this.registry.revise(id, form.getVersion(), form.details(), form.identifierInputs());
			return "saved";
		}) == null) {
			return form(model, form, id);
		}
		redirect.addFlashAttribute("flash", "clients.flash.saved");
		redirect.addFlashAttribute("flashArgs", new String[] { name(form) });
		return "redirect:/clients/" + id;
	}

	private String form(Model model, ClientForm form, UUID clientId) {
		if (form.getPhones().isEmpty()) {
			form.addRow("phones", null);
		}
		model.addAttribute("clientId", clientId);
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("precisions", BirthDatePrecision.values());
		model.addAttribute("phoneKinds", PhoneKind.values());
		model.addAttribute("identifierKinds", IdentifierKind.values());
		model.addAttribute("relationshipKinds", RelationshipKind.values());
		if (form.needsRelationshipChoices()) {
			Map<UUID, String> choices = new LinkedHashMap<>();
			this.registry.search("", null, new PageRequest(0, RELATIONSHIP_CHOICES))
				.items()
				.stream()
				.filter(hit -> !hit.id().equals(clientId))
				.forEach(hit -> choices.put(hit.id(), hit.firstName() + " " + hit.lastName()
						+ (hit.dateOfBirth() != null ? " (" + hit.dateOfBirth() + ")" : "")));
			model.addAttribute("relationshipChoices", choices);
		}
		return "clients/form";
	}

	// entered in error

	@GetMapping("/{id}/entered-in-error")
	String enteredInError(@PathVariable UUID id, Model model) {
		Client client = this.registry.read(id);
		ReasonForm form = new ReasonForm();
		form.setVersion(client.version());
		model.addAttribute("reasonForm", form);
		return markView(model, client);
	}

	@PostMapping("/{id}/entered-in-error")
	String markEnteredInError(@PathVariable UUID id, @ModelAttribute("reasonForm") ReasonForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.registry.markEnteredInError(id, form.getVersion(), form.getReason());
			redirect.addFlashAttribute("flash", "clients.flash.markedInError");
			return "redirect:/clients/" + id;
		});
		if (done != null) {
			return done;
		}
		return markView(model, this.registry.read(id));
	}

	private static String markView(Model model, Client client) {
		model.addAttribute("clientId", client.id());
		model.addAttribute("clientName", client.details().givenName() + " " + client.details().familyName());
		return "clients/entered-in-error";
	}

	// crisis

	@PostMapping("/{id}/crisis/resolve")
	String resolveCrisis(@PathVariable UUID id, @ModelAttribute("resolveForm") ResolutionForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.crisis.resolve(id, form.getResolution());
			redirect.addFlashAttribute("flash", "clients.flash.crisisResolved");
			return "redirect:/clients/" + id;
		});
		return done != null ? done : profile(id, model, locale);
	}

	// break the glass

	@GetMapping("/{id}/emergency-access")
	String emergencyAccess(@PathVariable UUID id, Model model) {
		if (this.access.canSee(id)) {
			return "redirect:/clients/" + id;
		}
		model.addAttribute("reasonForm", new ReasonForm());
		model.addAttribute("clientId", id);
		return "clients/emergency-access";
	}

	@PostMapping("/{id}/emergency-access")
	String openEmergencyAccess(@PathVariable UUID id, @ModelAttribute("reasonForm") ReasonForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			Instant until = this.access.openEmergencyAccess(id, form.getReason());
			redirect.addFlashAttribute("flash", "clients.flash.emergency");
			redirect.addFlashAttribute("flashArgs", new String[] { UNTIL.format(until) });
			redirect.addFlashAttribute("flashKind", "warning");
			return "redirect:/clients/" + id;
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(binding, ex.problems());
			model.addAttribute("clientId", id);
			return "clients/emergency-access";
		}
	}

	private static String name(ClientForm form) {
		String first = form.getFirstName() == null ? "" : form.getFirstName().trim();
		String last = form.getLastName() == null ? "" : form.getLastName().trim();
		return (first + " " + last).trim();
	}

}
