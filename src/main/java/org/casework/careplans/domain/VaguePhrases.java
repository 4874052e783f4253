package org.casework.careplans.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Wording that names a direction but no result ("improve housing", "get stable", "find
 * balance"). The list is data: {@code careplans/vague-phrases.txt} on the classpath, one
 * phrase a line. Phrases match as whole words, ignoring case and punctuation.
 */
public final class VaguePhrases {

	/** Where the shipped list is. */
	public static final String RESOURCE = "careplans/vague-phrases.txt";

	private final List<String> phrases;

	private VaguePhrases(Collection<String> phrases) {
		this.phrases = phrases.stream()
			.map(VaguePhrases::normalize)
			.filter(p -> !p.isBlank())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	public static VaguePhrases of(Collection<String> phrases) {
		return new VaguePhrases(phrases);
	}

	/** The shipped list. */
	public static VaguePhrases defaults() {
		try (InputStream in = Objects.requireNonNull(VaguePhrases.class.getClassLoader().getResourceAsStream(RESOURCE),
				RESOURCE)) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A list of one phrase a line; blank lines and lines starting with # are skipped. */
	public static VaguePhrases read(InputStream in) throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return of(reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
		}
	}

	/** The longest phrase of the list that the text contains, if any. */
	public Optional<String> foundIn(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String padded = " " + normalize(text) + " ";
		return this.phrases.stream().filter(p -> padded.contains(" " + p + " ")).findFirst();
	}

	public List<String> phrases() {
		return this.phrases;
	}

	/**
	 * Lower case, words separated by single spaces, punctuation gone (but "well-being"
	 * stays one word).
	 */
	private static String normalize(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]+", " ").replaceAll("\\s+", " ").strip();
	}

}
