package org.casework.clients.matching;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of names for comparison: no accents, lower case, letters and single spaces
 * only.
 */
public final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L} ]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Names() {
	}

	public static String fold(String name) {
		if (name == null) {
			return "";
		}
		String s = Normalizer.normalize(name, Normalizer.Form.NFD);
		s = MARKS.matcher(s).replaceAll("");
		s = s.toLowerCase(Locale.ROOT).replace('-', ' ').replace('\'', ' ').replace('’', ' ');
		s = NOT_LETTER.matcher(s).replaceAll("");
		return SPACES.matcher(s).replaceAll(" ").trim();
	}

	public static List<String> tokens(String name) {
		String folded = fold(name);
		return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
	}

}
