package org.casework.programs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The word lists a program admin edits. Each is shipped with Casework as a resource and
 * copied into the database the first time Casework starts; from then on the database is
 * the list.
 */
public enum WordList {

	/**
	 * Wording that names a direction but no result; the SMART check flags it in goals.
	 */
	VAGUE_GOAL_WORDING("vague-goal-wording"),

	/**
	 * Diagnostic labels and judgmental words; the note check flags them before signing.
	 */
	JUDGMENTAL_WORDING("judgmental-wording");

	private final String slug;

	WordList(String slug) {
		this.slug = slug;
	}

	/** How the list is named in paths: {@code /api/v1/word-lists/vague-goal-wording}. */
	public String slug() {
		return this.slug;
	}

	/** The shipped list on the classpath. */
	public String resource() {
		return "programs/word-lists/" + this.slug + ".txt";
	}

	public static Optional<WordList> ofSlug(String slug) {
		return Arrays.stream(values())
			.filter(l -> l.slug.equals(slug) || l.name().equals(slug.toUpperCase(Locale.ROOT)))
			.findFirst();
	}

}
