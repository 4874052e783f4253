package org.casework.notes.web;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.casework.cases.CaseFile;
import org.casework.cases.CaseManagement;
import org.casework.identity.UserContext;
import org.casework.notes.ContactMethod;
import org.casework.notes.NewAddendum;
import org.casework.notes.NoteProperties;
import org.casework.notes.NoteType;
import org.casework.notes.NoteView;
import org.casework.notes.Notes;
import org.casework.notes.SignNote;
import org.casework.notes.VoidNote;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FormProblems;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.PageRequest;
import org.casework.shared.ReasonForm;
import org.casework.shared.StaleVersionException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The note screens of a case: the form (from a template per contact type, saved while the
 * worker types and by a plain submit, checked as they type), a note's page with its
 * addenda, the search of a case's notes, and the start of a monthly summary.
 */
@Controller
@RequestMapping("/cases/{caseId}/notes")
class NotePageController {

	private final Notes notes;

	private final CaseManagement cases;

	private final NoteProperties properties;

	private final Clock clock;

	private final MessageSource messages;

	private final UserContext users;

	NotePageController(Notes notes, CaseManagement cases, NoteProperties properties, Clock clock,
			MessageSource messages, UserContext users) {
		this.users = users;
		this.messages = messages;
		this.notes = notes;
		this.cases = cases;
		this.properties = properties;
		this.clock = clock;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "cases";
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return this.properties.timeZone();
	}

	// writing

	@GetMapping("/new")
	String newNote(@PathVariable UUID caseId, @RequestParam(defaultValue = "CONTACT") NoteType type,
			@RequestParam(required = false) ContactMethod method, Model model) {
		if (type == NoteType.MONTHLY_SUMMARY) {
			throw new NotFoundException("Note template");
		}
		NoteForm form = NoteForm.start(type,
				type == NoteType.STAFFING && method == null ? ContactMethod.IN_PERSON : method, Instant.now(this.clock),
				zone());
		form.setTopics(template(type, method, "topics"));
		form.setObservations(template(type, method, "observations"));
		model.addAttribute("note", form);
		return form(caseId, form, model);
	}

	/**
	 * A template's prompts for a field, in the worker's language: lines ending in a colon
	 * that the check reads as nothing written until something follows them.
	 */
	private String template(NoteType type, ContactMethod method, String field) {
		String key = "notes.template." + (type == NoteType.STAFFING ? "STAFFING" : method) + "." + field;
		return this.messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
	}

	@GetMapping("/{noteId}/edit")
	String edit(@PathVariable UUID caseId, @PathVariable UUID noteId, Model model) {
		NoteView note = this.notes.get(caseId, noteId);
		if (!note.draft()) {
			return "redirect:/cases/" + caseId + "/notes/" + noteId;
		}
		NoteForm form = NoteForm.of(note, zone());
		model.addAttribute("note", form);
		model.addAttribute("saved", note);
		return form(caseId, form, model);
	}

	/**
	 * A plain submit: saves the draft (and signs it with {@code action=sign}); a row
	 * button adds or removes a staffing row and shows the form again.
	 */
	@PostMapping
	String save(@PathVariable UUID caseId, @ModelAttribute("note") NoteForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String add,
			@RequestParam(required = false) String remove, Model model, RedirectAttributes redirect) {
		if (form.changeRows(add, remove)) {
			return form(caseId, form, model);
		}
		String done = FormProblems.submit(binding, model, () -> {
			NoteView saved = store(caseId, form);
			form.setNoteId(saved.id());
			form.setVersion(saved.version());
			if ("sign".equals(action)) {
				NoteView signed = this.notes.sign(caseId, saved.id(), saved.version(),
						new SignNote(form.getOverrideReason()));
				redirect.addFlashAttribute("flash",
						signed.crisisRaised() ? "notes.flash.signedCrisis" : "notes.flash.signed");
				return "redirect:/cases/" + caseId + "/notes/" + saved.id();
			}
			redirect.addFlashAttribute("flash", "notes.flash.saved");
			return "redirect:/cases/" + caseId + "/notes/" + saved.id() + "/edit";
		});
		if (done != null) {
			return done;
		}
		if ("sign".equals(action) && form.getNoteId() != null) {
			model.addAttribute("signRefused", true);
		}
		return form(caseId, form, model);
	}

	/**
	 * Saves the draft while the worker types (htmx): answers the saved-at status, the
	 * check, and the note's id and version for the next save. A stale version saves
	 * nothing and says so.
	 */
	@HxRequest
	@PostMapping("/autosave")
	String autosave(@PathVariable UUID caseId, @ModelAttribute("note") NoteForm form, BindingResult binding,
			Model model) {
		if (!binding.hasErrors()) {
			try {
				NoteView saved = store(caseId, form);
				form.setNoteId(saved.id());
				form.setVersion(saved.version());
				model.addAttribute("savedAt", saved.updatedAt());
				model.addAttribute("check", saved.check());
			}
			catch (StaleVersionException | OptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
			catch (InvalidInputException | DomainRuleException ex) {
				model.addAttribute("autosaveProblem", ex.getMessage());
				model.addAttribute("check", this.notes.check(caseId, form.input(zone())));
			}
		}
		model.addAttribute("autosaved", true);
		return "notes/form :: autosave";
	}

	private NoteView store(UUID caseId, NoteForm form) {
		if (form.getNoteId() == null) {
			return this.notes.create(caseId, form.input(zone()));
		}
		return this.notes.update(caseId, form.getNoteId(), form.getVersion(), form.input(zone()));
	}

	private String form(UUID caseId, NoteForm form, Model model) {
		CaseFile file = this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case"));
		model.addAttribute("file", file);
		model.addAttribute("methods", ContactMethod.values());
		model.addAttribute("goals", this.notes.goals(caseId));
		if (!model.containsAttribute("check")) {
			model.addAttribute("check", this.notes.check(caseId, form.input(zone())));
		}
		return "notes/form";
	}

	// reading

	@GetMapping("/{noteId}")
	String note(@PathVariable UUID caseId, @PathVariable UUID noteId, Model model) {
		return page(caseId, this.notes.get(caseId, noteId), model);
	}

	@PostMapping("/{noteId}/addenda")
	String addendum(@PathVariable UUID caseId, @PathVariable UUID noteId, @ModelAttribute("addendum") AddendumForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.notes.addAddendum(caseId, noteId,
					new NewAddendum(form.getText(), form.getReason(), form.getOverrideReason()));
			redirect.addFlashAttribute("flash", "notes.flash.addendum");
			return "redirect:/cases/" + caseId + "/notes/" + noteId + "#addenda";
		});
		return done != null ? done : page(caseId, this.notes.get(caseId, noteId), model);
	}

	/** Voids a draft that will never be signed, with the reason. */
	@PostMapping("/{noteId}/void")
	String voidDraft(@PathVariable UUID caseId, @PathVariable UUID noteId, @ModelAttribute("voiding") ReasonForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		String done = FormProblems.submit(binding, model, () -> {
			this.notes.voidDraft(caseId, noteId, form.getVersion(), new VoidNote(form.getReason()));
			redirect.addFlashAttribute("flash", "notes.flash.voided");
			return "redirect:/cases/" + caseId + "/notes/" + noteId;
		});
		if (done != null) {
			return done;
		}
		model.addAttribute("voidRefused", true);
		return page(caseId, this.notes.get(caseId, noteId), model);
	}

	private String page(UUID caseId, NoteView note, Model model) {
		model.addAttribute("n", note);
		model.addAttribute("mine", note.authorId().equals(this.users.current().id()));
		model.addAttribute("mayVoid", this.notes.mayVoid(note));
		model.addAttribute("file", this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case")));
		if (!model.containsAttribute("addendum")) {
			model.addAttribute("addendum", new AddendumForm());
		}
		if (!model.containsAttribute("voiding")) {
			ReasonForm voiding = new ReasonForm();
			voiding.setVersion(note.version());
			model.addAttribute("voiding", voiding);
		}
		return "notes/note";
	}

	@GetMapping
	String list(@PathVariable UUID caseId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("file", this.cases.file(caseId).orElseThrow(() -> new NotFoundException("Case")));
		model.addAttribute("q", q);
		model.addAttribute("results", this.notes.list(caseId, q, PageRequest.of(page, 25)));
		return "notes/list";
	}

	@PostMapping("/monthly-summary")
	String monthlySummary(@PathVariable UUID caseId, @RequestParam(required = false) String month,
			RedirectAttributes redirect) {
		try {
			YearMonth ym = NoteApiController.month(month);
			NoteView note = this.notes.monthlySummary(caseId, ym);
			redirect.addFlashAttribute("flash", "notes.flash.summary");
			return "redirect:/cases/" + caseId + "/notes/" + note.id() + "/edit";
		}
		catch (InvalidInputException | DomainRuleException ex) {
			redirect.addFlashAttribute("flash", "notes.flash.summaryRefused");
			redirect.addFlashAttribute("flashArgs", new String[] { ex.getMessage() });
			return "redirect:/cases/" + caseId + "#notes";
		}
	}

	/** An addendum to a signed note. */
	public static class AddendumForm {

		private String text;

		private String reason;

		private String overrideReason;

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getOverrideReason() {
			return this.overrideReason;
		}

		public void setOverrideReason(String overrideReason) {
			this.overrideReason = overrideReason;
		}

	}

}
