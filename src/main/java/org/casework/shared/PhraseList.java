package org.casework.shared;

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
 * A list of words and phrases looked for in free text: the vague wording the SMART check
 * flags in a goal ("improve housing", "get stable"), the judgmental words the note check
 * flags ("manic", "non-compliant"). Phrases match as whole words, ignoring case and
 * punctuation; the longest match wins.
 */
public final class PhraseList {

	private final List<String> phrases;

	private PhraseList(Collection<String> phrases) {
		this.phrases = phrases.stream()
			.map(PhraseList::normalize)
			.filter(p -> !p.isBlank())
			.distinct()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.toList();
	}

	public static PhraseList of(Collection<String> phrases) {
		return new PhraseList(phrases);
	}

	/** A list read from the classpath. */
	public static PhraseList resource(String path) {
		try (InputStream in = Objects.requireNonNull(PhraseList.class.getClassLoader().getResourceAsStream(path),
				path)) {
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A list of one phrase a line; blank lines and lines starting with # are skipped, and
	 * what follows a {@code |} on a line (a suggestion) is not part of the phrase.
	 */
	public static PhraseList read(InputStream in) throws IOException {
		return of(lines(in).stream().map(line -> line[0]).toList());
	}

	/**
	 * The lines of a list file, each as the phrase and its suggestion (empty when the
	 * line has none).
	 */
	public static List<String[]> lines(InputStream in) throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> l.split("\\|", 2))
				.map(parts -> new String[] { parts[0].strip(), parts.length > 1 ? parts[1].strip() : "" })
				.filter(parts -> !parts[0].isEmpty())
				.toList();
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

	/** Every phrase of the list the text contains, longest first. */
	public List<String> allFoundIn(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String padded = " " + normalize(text) + " ";
		return this.phrases.stream().filter(p -> padded.contains(" " + p + " ")).toList();
	}

	/**
	 * Lower case, words separated by single spaces, punctuation gone (but "well-being"
	 * stays one word): the form in which phrases are compared.
	 */
	public static String normalize(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]+", " ").replaceAll("\\s+", " ").strip();
	}

}
