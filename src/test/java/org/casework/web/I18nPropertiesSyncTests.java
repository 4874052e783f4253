package org.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text has an English and a Spanish version, and no template hard-codes text. */
class I18nPropertiesSyncTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Text between tags that is not only white space, punctuation, numbers or an
	 * expression.
	 */
	private static final Pattern TEXT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>([^<>]*\\p{L}[^<>]*)<");

	@Test
	void englishAndSpanishHaveTheSameKeys() throws IOException {
		Properties en = load("/messages.properties");
		Properties es = load("/messages_es.properties");
		assertThat(new TreeSet<>(es.stringPropertyNames())).as("keys in Spanish")
			.isEqualTo(new TreeSet<>(en.stringPropertyNames()));
		es.forEach((key, value) -> assertThat(value.toString()).as("Spanish text of %s", key).isNotBlank());
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file)
					.replaceAll("(?s)<!--.*?-->", "")
					.replaceAll("(?s)<script.*?</script>", "")
					.replaceAll("(?s)<style.*?</style>", "");
				Matcher m = TEXT.matcher(html);
				while (m.find()) {
					String attributes = m.group(2);
					if (attributes.contains("th:text") || attributes.contains("th:utext")
							|| attributes.contains("th:remove") || attributes.contains("th:replace")) {
						continue;
					}
					String text = m.group(3).trim();
					if (!text.isEmpty() && !text.startsWith("[[") && !text.startsWith("#{") && !text.startsWith("${")) {
						offenders.add(TEMPLATES.relativize(file) + ": " + text);
					}
				}
			}
		}
		assertThat(offenders).as("text that should come from messages*.properties").isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return p;
	}

}
