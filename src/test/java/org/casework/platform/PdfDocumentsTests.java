package org.casework.platform;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentsTests {

	@Test
	void aTemplateBecomesAPdfWhoseTextKeepsEveryAccent() throws IOException {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		TemplateEngine engine = new TemplateEngine();
		engine.setTemplateResolver(resolver);

		byte[] pdf = new PdfDocuments(engine).render("platform/pdf-sample",
				Map.of("lang", "es", "title", "Plan de atención de María Núñez", "lines", List
					.of("Encontrar una vivienda estable antes del 31 de enero", "Nguyễn Thị Lan: học tiếng Anh")),
				Locale.forLanguageTag("es"));

		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Plan de atención de María Núñez")
				.contains("Encontrar una vivienda estable antes del 31 de enero")
				.contains("Nguyễn Thị Lan: học tiếng Anh");
		}
	}

}
