package org.casework.careplans.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casework.careplans.AgreementMethod;
import org.casework.careplans.AgreementView;
import org.casework.careplans.CarePlanStatus;
import org.casework.careplans.CarePlanSummary;
import org.casework.careplans.CarePlanView;
import org.casework.careplans.Direction;
import org.casework.careplans.GoalOrigin;
import org.casework.careplans.GoalStatus;
import org.casework.careplans.GoalView;
import org.casework.careplans.Indicator;
import org.casework.careplans.PlanCheck;
import org.casework.careplans.PlanVersionRef;
import org.casework.careplans.Responsible;
import org.casework.careplans.ResponsibleParty;
import org.casework.careplans.SmartCheck;
import org.casework.careplans.StepStatus;
import org.casework.careplans.StepView;
import org.casework.platform.PdfDocuments;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class CarePlanPdfTests {

	private final PdfDocuments pdfs = new PdfDocuments(engine());

	@Test
	void theClientTakesHomeTheirGoalsInTheirWordsFirstWithTheStepsAndTheAgreement() throws IOException {
		String text = text(this.pdfs.render("careplans/pdf", variables(), Locale.ENGLISH));

		assertThat(text).contains("Care plan of Maria Lopez")
			.contains("A safe home for my children.")
			.contains("Goal 1: I want my kids to have their own room")
			.contains("Sign a lease on a two-bedroom apartment")
			.contains("Call the housing authority")
			.contains("Signed on 2026-11-20")
			.contains("Your case worker: Dana Whitfield");
		assertThat(text.indexOf("I want my kids to have their own room"))
			.isLessThan(text.indexOf("Sign a lease on a two-bedroom apartment"));
	}

	@Test
	void aSpanishSpeakingClientGetsThePlanInSpanish() throws IOException {
		String text = text(this.pdfs.render("careplans/pdf", variables(), Locale.forLanguageTag("es")));

		assertThat(text).contains("Plan de atención de Maria Lopez")
			.contains("Meta 1: I want my kids to have their own room")
			.contains("Firmado el 2026-11-20");
	}

	private static Map<String, Object> variables() {
		UUID caseId = UUID.randomUUID();
		UUID goalId = UUID.randomUUID();
		StepView step = new StepView(UUID.randomUUID(), goalId, 1, "Call the housing authority",
				new Responsible(ResponsibleParty.CLIENT, null, null), LocalDate.of(2026, 12, 1), null, List.of(),
				List.of(), List.of(), false, StepStatus.TODO, null, null, null, null, 1);
		GoalView goal = new GoalView(goalId, 1, GoalOrigin.CLIENT, null, null, "I want my kids to have their own room",
				"Sign a lease on a two-bedroom apartment", "basic-needs",
				new Indicator("leases signed", "leases", BigDecimal.ZERO, BigDecimal.ONE, Direction.INCREASE),
				"The children", "Housing voucher", LocalDate.of(2027, 2, 28), GoalStatus.NOT_STARTED, null, null, null,
				1, List.of(step), List.of(), List.of(), SmartCheck.of(List.of(), List.of()));
		CarePlanSummary summary = new CarePlanSummary(UUID.randomUUID(), caseId, 1, CarePlanStatus.AGREED,
				LocalDate.of(2027, 1, 15), LocalDate.of(2027, 5, 20), Instant.now(), "Dana Whitfield", Instant.now(),
				Instant.now(), null, 1, 3);
		AgreementView agreement = new AgreementView(AgreementMethod.SIGNATURE, LocalDate.of(2026, 11, 20), null,
				"I agree.", true, "Dana Whitfield", Instant.now());
		CarePlanView plan = new CarePlanView(summary, "A safe home for my children.", null, List.of(goal),
				PlanCheck.of(List.of(), List.of()), List.of(agreement), List.of(), new PlanVersionRef(1, 3), null,
				false);
		Map<String, Object> variables = new HashMap<>();
		variables.put("plan", plan);
		variables.put("clientName", "Maria Lopez");
		variables.put("caseNumber", "C-2026-000001");
		variables.put("programName", "Housing Stability");
		variables.put("agreedOn", agreement.agreedOn());
		variables.put("agreement", agreement);
		variables.put("signature", null);
		variables.put("workerName", "Dana Whitfield");
		return variables;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
