package org.casework.assessments.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.assessments.AssessmentComparison;
import org.casework.assessments.AssessmentStatus;
import org.casework.assessments.AssessmentView;
import org.casework.assessments.CaseAssessments;
import org.casework.assessments.DomainRating;
import org.casework.assessments.RecordChange;
import org.casework.assessments.SignificantChange;
import org.casework.assessments.StartAssessment;
import org.casework.assessments.instruments.AnswerValue;
import org.casework.assessments.instruments.AnswerValue.BooleanValue;
import org.casework.assessments.instruments.AnswerValue.CodingValue;
import org.casework.assessments.instruments.Answers;
import org.casework.assessments.instruments.Instrument;
import org.casework.assessments.instruments.InstrumentEvaluator;
import org.casework.assessments.instruments.Item;
import org.casework.assessments.instruments.ItemType;
import org.casework.assessments.instruments.SectionProgress;
import org.casework.cases.CaseManagement;
import org.casework.cases.CaseSummary;
import org.casework.intake.IntakeManagement;
import org.casework.intake.UrgencyScreen;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.StaleVersionException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment screens: starting one from the case page, filling it section by section
 * (each section saves on its own, so a worker can stop after the urgent ones and carry on
 * at the next contact, on another device), completing it, then addenda, a void, and the
 * comparison with the previous assessment. Questions come from the instrument version the
 * assessment was taken with; enableWhen decides which are shown. Answers arrive as
 * {@code q.<linkId>} parameters.
 */
@Controller
@RequestMapping("/cases/{caseId}/assessments")
class CaseAssessmentPageController {

	static final String PARAM = "q.";

	/**
	 * Which sections answer which of the intake's urgent findings: they are shown first,
	 * so the urgent domains are assessed before the rest (holistic assessment and AHC
	 * HRSN sections).
	 */
	private static final Map<String, java.util.function.Function<UrgencyScreen, Boolean>> URGENT_SECTIONS = Map.of(
			"safety", u -> any(u.safetyConcern(), u.dangerToOthers()), "basic-needs",
			u -> any(u.noSafePlaceTonight(), u.noFood()), "health-wellness",
			u -> any(u.dangerToSelf(), u.medicalEmergency()), "living-situation", u -> any(u.noSafePlaceTonight()),
			"food", u -> any(u.noFood()));

	private final CaseAssessments assessments;

	private final CaseManagement cases;

	private final IntakeManagement intakes;

	CaseAssessmentPageController(CaseAssessments assessments, CaseManagement cases, IntakeManagement intakes) {
		this.assessments = assessments;
		this.cases = cases;
		this.intakes = intakes;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "caseload";
	}

	@PostMapping
	String start(@PathVariable UUID caseId, @RequestParam(required = false) String instrumentCode,
			RedirectAttributes redirect) {
		try {
			AssessmentView view = this.assessments.start(caseId, new StartAssessment(instrumentCode));
			redirect.addFlashAttribute("flash", "assessments.flash.started");
			return "redirect:/cases/" + caseId + "/assessments/" + view.summary().id();
		}
		catch (DomainRuleException | InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "assessments.flash.notStarted");
			redirect.addFlashAttribute("flashArgs", new String[] { ex.getMessage() });
			redirect.addFlashAttribute("flashKind", "danger");
			return "redirect:/cases/" + caseId + "#assessments-heading";
		}
	}

	@PostMapping("/changes")
	String recordChange(@PathVariable UUID caseId, @RequestParam(required = false) SignificantChange change,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			this.assessments.recordChange(caseId, new RecordChange(change, note));
			redirect.addFlashAttribute("flash", "assessments.flash.changeRecorded");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "assessments.flash.changeRefused");
			redirect.addFlashAttribute("flashArgs",
					new String[] { String.join("; ", ex.problems().stream().map(FieldProblem::message).toList()) });
			redirect.addFlashAttribute("flashKind", "danger");
		}
		return "redirect:/cases/" + caseId + "#assessments-heading";
	}

	@GetMapping("/{assessmentId}")
	String show(@PathVariable UUID caseId, @PathVariable UUID assessmentId, Model model) {
		return page(caseId, assessmentId, model);
	}

	@PostMapping("/{assessmentId}/sections/{section}")
	String saveSection(@PathVariable UUID caseId, @PathVariable UUID assessmentId, @PathVariable String section,
			@RequestParam long version, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		return act(caseId, assessmentId, model, section, () -> {
			AssessmentView current = this.assessments.get(caseId, assessmentId);
			Instrument instrument = this.assessments.instrumentOf(current);
			Item group = instrument.item(section)
				.filter(i -> i.type() == ItemType.GROUP)
				.orElseThrow(() -> new NotFoundException("Section"));
			this.assessments.answer(caseId, assessmentId, version, answers(group, current, params));
			redirect.addFlashAttribute("flash", "assessments.flash.saved");
			redirect.addFlashAttribute("flashArgs", new String[] { group.text() });
			return "redirect:/cases/" + caseId + "/assessments/" + assessmentId + "#section-" + section;
		});
	}

	@PostMapping("/{assessmentId}/complete")
	String complete(@PathVariable UUID caseId, @PathVariable UUID assessmentId, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		return act(caseId, assessmentId, model, null, () -> {
			this.assessments.complete(caseId, assessmentId, version);
			redirect.addFlashAttribute("flash", "assessments.flash.completed");
			return "redirect:/cases/" + caseId + "/assessments/" + assessmentId;
		});
	}

	@PostMapping("/{assessmentId}/addenda")
	String addendum(@PathVariable UUID caseId, @PathVariable UUID assessmentId, @RequestParam long version,
			@RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
		return act(caseId, assessmentId, model, "addendum", () -> {
			this.assessments.addendum(caseId, assessmentId, version, text);
			redirect.addFlashAttribute("flash", "assessments.flash.addendum");
			return "redirect:/cases/" + caseId + "/assessments/" + assessmentId + "#addenda-heading";
		});
	}

	@PostMapping("/{assessmentId}/void")
	String voidAssessment(@PathVariable UUID caseId, @PathVariable UUID assessmentId, @RequestParam long version,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		return act(caseId, assessmentId, model, "void", () -> {
			this.assessments.voidAssessment(caseId, assessmentId, version, reason);
			redirect.addFlashAttribute("flash", "assessments.flash.voided");
			return "redirect:/cases/" + caseId + "/assessments/" + assessmentId;
		});
	}

	@GetMapping("/compare")
	String compare(@PathVariable UUID caseId, @RequestParam(required = false) String instrument, Model model) {
		CaseSummary c = this.cases.find(caseId).orElseThrow(() -> new NotFoundException("Case"));
		model.addAttribute("caseSummary", c);
		AssessmentComparison comparison = this.assessments.comparison(caseId, instrument)
			.orElseThrow(() -> new NotFoundException("Assessment"));
		model.addAttribute("comparison", comparison);
		Map<String, Sparkline> charts = new HashMap<>();
		comparison.series().forEach(series -> charts.put(series.domainCode(), Sparkline.of(series)));
		model.addAttribute("charts", charts);
		return "assessments/compare";
	}

	/**
	 * Runs an action; a refusal shows the page again with the problems next to the
	 * questions they name ({@code part} says which form refused, to open it).
	 */
	private String act(UUID caseId, UUID assessmentId, Model model, String part, Supplier<String> action) {
		try {
			return action.get();
		}
		catch (StaleVersionException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
		}
		catch (DomainRuleException ex) {
			model.addAttribute("refusal", ex.getMessage());
			model.addAttribute("refusalReasons", ex.reasons());
		}
		model.addAttribute("openPart", part);
		return page(caseId, assessmentId, model);
	}

	private String page(UUID caseId, UUID assessmentId, Model model) {
		AssessmentView view = this.assessments.get(caseId, assessmentId);
		CaseSummary c = this.cases.find(caseId).orElseThrow(() -> new NotFoundException("Case"));
		Instrument instrument = this.assessments.instrumentOf(view);
		InstrumentEvaluator evaluator = new InstrumentEvaluator(instrument);
		Answers answers = Answers.of(view.answers());
		model.addAttribute("view", view);
		model.addAttribute("summary", view.summary());
		model.addAttribute("caseSummary", c);
		model.addAttribute("instrument", instrument);
		model.addAttribute("draft", view.summary().status() == AssessmentStatus.DRAFT);
		model.addAttribute("completed", view.summary().status() == AssessmentStatus.COMPLETED);
		model.addAttribute("values", values(view));
		model.addAttribute("enabled", evaluator.enabledItems(answers));
		Map<String, SectionProgress> progress = new LinkedHashMap<>();
		view.sections().forEach(p -> progress.put(p.linkId(), p));
		model.addAttribute("progress", progress);
		Set<String> urgent = urgentSections(c);
		List<Item> sections = new ArrayList<>(instrument.sections());
		sections.sort(Comparator.comparing((Item s) -> !urgent.contains(s.linkId())));
		model.addAttribute("sections", sections);
		model.addAttribute("urgent", urgent);
		Map<String, String> questions = new HashMap<>();
		instrument.allItems().forEach(i -> questions.put(i.linkId(), i.text()));
		model.addAttribute("questions", questions);
		boolean voided = view.summary().status() == AssessmentStatus.VOIDED;
		model.addAttribute("locked",
				view.summary().status() == AssessmentStatus.DRAFT ? Set.of() : view.answers().keySet());
		model.addAttribute("readOnly", voided);
		Map<String, List<String>> answerTexts = new HashMap<>();
		view.answers()
			.forEach((linkId, list) -> answerTexts.put(linkId, list.stream().map(AnswerValue::text).toList()));
		model.addAttribute("answerTexts", answerTexts);
		Map<String, List<String>> errors = new HashMap<>();
		if (model.getAttribute("problems") instanceof List<?> problems) {
			List<ProblemItem> items = new ArrayList<>();
			for (Object o : problems) {
				FieldProblem p = (FieldProblem) o;
				String linkId = linkId(p.field());
				errors.computeIfAbsent(linkId, k -> new ArrayList<>()).add(p.message());
				items.add(new ProblemItem(linkId, questions.getOrDefault(linkId, linkId), p.message()));
			}
			model.addAttribute("problemItems", items);
		}
		model.addAttribute("errors", errors);
		return "assessments/assessment";
	}

	/**
	 * A domain's ratings over time as a small line chart: thriving at the top, in crisis
	 * at the bottom, one point per completed assessment from left to right.
	 */
	record Sparkline(String points, List<Dot> dots) {

		static final int WIDTH = 160;

		static final int HEIGHT = 48;

		static final int PAD = 6;

		record Dot(int x, int y, String rating) {
		}

		static Sparkline of(AssessmentComparison.DomainSeries series) {
			int n = series.points().size();
			List<Dot> dots = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				AssessmentComparison.Point p = series.points().get(i);
				int x = n == 1 ? WIDTH / 2 : PAD + i * (WIDTH - 2 * PAD) / (n - 1);
				int steps = DomainRating.values().length - 1;
				int y = PAD + (steps - p.rating().ordinal()) * (HEIGHT - 2 * PAD) / steps;
				dots.add(new Dot(x, y, p.rating().name()));
			}
			return new Sparkline(String.join(" ", dots.stream().map(d -> d.x() + "," + d.y()).toList()), dots);
		}

	}

	/** A refused answer, for the summary at the top of the page. */
	record ProblemItem(String linkId, String label, String message) {
	}

	/** The sections that answer the intake's urgent findings, to show first. */
	private Set<String> urgentSections(CaseSummary c) {
		Set<String> urgent = new LinkedHashSet<>();
		if (c.intakeId() == null) {
			return urgent;
		}
		this.intakes.find(c.intakeId())
			.map(i -> i.urgency())
			.ifPresent(u -> URGENT_SECTIONS.forEach((section, found) -> {
				if (Boolean.TRUE.equals(found.apply(u))) {
					urgent.add(section);
				}
			}));
		return urgent;
	}

	/**
	 * The answers a section form gives: each question of the section that the form
	 * showed, as the service reads them (a checked option's code, true/false, text); a
	 * question left empty clears its answer. An open-choice question's own words
	 * ({@code q.<linkId>.other}) win over a chosen option.
	 */
	static Map<String, Object> answers(Item section, AssessmentView current, MultiValueMap<String, String> params) {
		Map<String, Object> given = new LinkedHashMap<>();
		boolean completed = current.summary().status() == AssessmentStatus.COMPLETED;
		for (Item item : section.flatten()) {
			if (!item.asksQuestion() || !params.containsKey(PARAM + item.linkId() + ".shown")) {
				continue;
			}
			if (completed && current.answers().containsKey(item.linkId())) {
				continue;
			}
			List<String> values = new ArrayList<>(
					params.getOrDefault(PARAM + item.linkId(), List.of()).stream().filter(v -> !v.isBlank()).toList());
			String other = params.getFirst(PARAM + item.linkId() + ".other");
			if (item.type() == ItemType.OPEN_CHOICE && other != null && !other.isBlank()) {
				values = item.repeats() ? new ArrayList<>(values) : new ArrayList<>();
				values.add(other.trim());
			}
			if (values.isEmpty()) {
				given.put(item.linkId(), null);
			}
			else if (item.type() == ItemType.BOOLEAN) {
				given.put(item.linkId(), Boolean.valueOf(values.get(0)));
			}
			else {
				given.put(item.linkId(), item.repeats() ? values : values.get(0));
			}
		}
		return given;
	}

	/** The answers as a form shows them: option codes, true/false, text. */
	static Map<String, List<String>> values(AssessmentView view) {
		Map<String, List<String>> values = new HashMap<>();
		view.answers().forEach((linkId, answers) -> values.put(linkId, answers.stream().map(a -> {
			if (a instanceof CodingValue coding) {
				return coding.code();
			}
			if (a instanceof BooleanValue b) {
				return Boolean.toString(b.value());
			}
			return a.text();
		}).toList()));
		return values;
	}

	/** The linkId a problem names ({@code item[linkId=x]}), or the field itself. */
	static String linkId(String field) {
		return field.startsWith("item[linkId=") && field.endsWith("]") ? field.substring(12, field.length() - 1)
				: field;
	}

	private static boolean any(Boolean... found) {
		for (Boolean f : found) {
			if (Boolean.TRUE.equals(f)) {
				return true;
			}
		}
		return false;
	}

}
