package org.casework.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders documents a client takes home (an agreed care plan, a closure summary) as PDF:
 * a Thymeleaf template written as well-formed XHTML, in the client's language, laid out
 * by openhtmltopdf with the bundled DejaVu Sans, which covers the accents and scripts of
 * the languages clients speak (Spanish, Vietnamese, …) where the PDF base fonts do not.
 */
@Component
public class PdfDocuments {

	static final String FONT = "DejaVu Sans";

	private final ITemplateEngine templates;

	public PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * The PDF of a template (for example {@code careplans/pdf}) with these variables, its
	 * messages in the locale.
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		String html = this.templates.process(template, new Context(locale, variables));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL,
					true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.io.InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
