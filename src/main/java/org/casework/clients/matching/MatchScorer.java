package org.casework.clients.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Scores a pair of person records in the Fellegi–Sunter way: each field that agrees adds
 * evidence (a log2 likelihood ratio: how much likelier this agreement is between records
 * of one person than between records of two), each that disagrees takes some away, a
 * missing field counts for nothing. The sum plus a prior gives the probability. Weights
 * were set by hand from the field reliabilities and checked against a labelled set of
 * synthetic records (see the README).
 */
public final class MatchScorer {

	/** Prior log2 odds that two records picked as candidates are the same person. */
	static final double PRIOR = -9.0;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(3);

	enum NameAgreement {

		EXACT, NICKNAME, TYPO, SOUNDS_ALIKE, SIMILAR, INITIAL, DIFFERENT, MISSING

	}

	public MatchScore score(MatchSubject a, MatchSubject b) {
		List<String> reasons = new ArrayList<>();
		double names = names(a, b, reasons);
		double weight = names + birth(a, b, reasons) + email(a, b, reasons) + city(a, b, reasons)
				+ phone(a, b, reasons);
		double probability = 1.0 / (1.0 + Math.pow(2, -(weight + PRIOR)));
		return new MatchScore(Math.round(probability * 1000) / 1000.0, weight, names, List.copyOf(reasons));
	}

	private double names(MatchSubject a, MatchSubject b, List<String> reasons) {
		String ag = Names.fold(a.givenName());
		String af = Names.fold(a.familyName());
		String bg = Names.fold(b.givenName());
		String bf = Names.fold(b.familyName());
		String ap = Names.fold(a.preferredName());
		String bp = Names.fold(b.preferredName());

		NameAgreement family = compare(af, bf, false);
		NameAgreement given = bestGiven(ag, ap, bg, bp);
		double straight = familyWeight(family) + givenWeight(given);

		NameAgreement swappedFamily = compare(af, bg, false);
		NameAgreement swappedGiven = compare(ag, bf, true);
		double swapped = familyWeight(swappedFamily) + givenWeight(swappedGiven) - 0.5;

		// names typed into the wrong fields: one record may even have only one of them
		if (swapped > straight && (swappedFamily != NameAgreement.MISSING || swappedGiven != NameAgreement.MISSING)) {
			reasons.add("first and last names swapped");
			describe("family name", swappedFamily, af, bg, reasons);
			describe("given name", swappedGiven, ag, bf, reasons);
			return swapped;
		}
		describe("family name", family, af, bf, reasons);
		describe("given name", given, ag.isEmpty() ? ap : ag, bg.isEmpty() ? bp : bg, reasons);
		return straight;
	}

	private NameAgreement bestGiven(String ag, String ap, String bg, String bp) {
		NameAgreement best = compare(ag, bg, true);
		for (String x : new String[] { ag, ap }) {
			for (String y : new String[] { bg, bp }) {
				NameAgreement candidate = compare(x, y, true);
				if (candidate != NameAgreement.MISSING
						&& (best == NameAgreement.MISSING || candidate.ordinal() < best.ordinal())) {
					best = candidate;
				}
			}
		}
		return best;
	}

	static NameAgreement compare(String x, String y, boolean given) {
		if (x.isEmpty() || y.isEmpty()) {
			return NameAgreement.MISSING;
		}
		if (x.equals(y)) {
			return NameAgreement.EXACT;
		}
		String xCompact = x.replace(" ", "");
		String yCompact = y.replace(" ", "");
		if (xCompact.equals(yCompact)) {
			return NameAgreement.EXACT;
		}
		if (given && Nicknames.bundled().sharedGroup(firstToken(x), firstToken(y)).isPresent()) {
			return NameAgreement.NICKNAME;
		}
		double jw = JARO_WINKLER.apply(xCompact, yCompact);
		int edits = LEVENSHTEIN.apply(xCompact, yCompact);
		int shorter = Math.min(xCompact.length(), yCompact.length());
		if (jw >= 0.93 || (edits >= 0 && edits <= 1 && shorter >= 4) || sameLetters(xCompact, yCompact)) {
			return NameAgreement.TYPO;
		}
		if (Phonetics.soundAlike(firstToken(x), firstToken(y)) || Phonetics.soundAlike(lastToken(x), lastToken(y))) {
			return NameAgreement.SOUNDS_ALIKE;
		}
		if (jw >= 0.86 || (edits >= 0 && edits <= 2 && shorter >= 6)) {
			return NameAgreement.SIMILAR;
		}
		if (given && (x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) {
			return NameAgreement.INITIAL;
		}
		return NameAgreement.DIFFERENT;
	}

	/**
	 * Nearly the same letters in another order ("lmeAi" for "Amelia", "ynnollC" for
	 * "Connolly", "saeJ" for "James"): scrambled or reversed typing, at most one letter
	 * more or less.
	 */
	private static boolean sameLetters(String x, String y) {
		if (Math.min(x.length(), y.length()) < 4 || Math.abs(x.length() - y.length()) > 1) {
			return false;
		}
		int[] counts = new int[128];
		int other = 0;
		for (char ch : x.toCharArray()) {
			if (ch < 128) {
				counts[ch]++;
			}
			else {
				other++;
			}
		}
		int common = 0;
		for (char ch : y.toCharArray()) {
			if (ch < 128 && counts[ch] > 0) {
				counts[ch]--;
				common++;
			}
		}
		return other == 0 && 2.0 * common / (x.length() + y.length()) >= 0.85;
	}

	private static double familyWeight(NameAgreement agreement) {
		return switch (agreement) {
			case EXACT -> 5.5;
			case NICKNAME, TYPO -> 4.5;
			case SOUNDS_ALIKE -> 4.0;
			case SIMILAR -> 2.5;
			case INITIAL -> 1.0;
			case DIFFERENT -> -3.0;
			case MISSING -> 0;
		};
	}

	private static double givenWeight(NameAgreement agreement) {
		return switch (agreement) {
			case EXACT -> 4.5;
			case NICKNAME -> 3.5;
			case TYPO -> 3.5;
			case SOUNDS_ALIKE -> 3.0;
			case SIMILAR -> 2.0;
			case INITIAL -> 1.0;
			case DIFFERENT -> -2.5;
			case MISSING -> 0;
		};
	}

	private static void describe(String what, NameAgreement agreement, String x, String y, List<String> reasons) {
		switch (agreement) {
			case EXACT -> reasons.add("same " + what);
			case NICKNAME -> reasons.add(capitalize(shorter(x, y)) + " is a nickname of " + capitalize(longer(x, y)));
			case TYPO -> reasons.add(what + " spelled almost the same");
			case SOUNDS_ALIKE -> reasons.add(what + " sounds alike");
			case SIMILAR -> reasons.add(what + " similar");
			case INITIAL -> reasons.add(what + " initial matches");
			case DIFFERENT -> reasons.add("different " + what);
			case MISSING -> {
			}
		}
	}

	private double birth(MatchSubject a, MatchSubject b, List<String> reasons) {
		LocalDate x = a.dateOfBirth();
		LocalDate y = b.dateOfBirth();
		if (x != null && y != null) {
			if (x.equals(y)) {
				reasons.add("same date of birth");
				return 6.0;
			}
			if (DateVariants.swapped(x).map(y::equals).orElse(false)) {
				reasons.add("date of birth with day and month swapped");
				return 4.0;
			}
			if (DateVariants.oneDigitApart(x, y)) {
				reasons.add("date of birth differs by one digit");
				return 3.5;
			}
			long days = Math.abs(ChronoUnit.DAYS.between(x, y));
			if (days <= 366) {
				reasons.add("date of birth within a year");
				return 1.0;
			}
			reasons.add("different date of birth");
			return days > 3 * 365 ? -6.0 : -4.0;
		}
		Integer yearA = a.birthYear() != null ? a.birthYear() : (x == null ? null : x.getYear());
		Integer yearB = b.birthYear() != null ? b.birthYear() : (y == null ? null : y.getYear());
		if (yearA != null && yearB != null) {
			if (yearA.equals(yearB)) {
				reasons.add("same year of birth");
				return 2.0;
			}
			if (Math.abs(yearA - yearB) <= 1) {
				return 0;
			}
			reasons.add("different year of birth");
			return -4.0;
		}
		return 0;
	}

	private double email(MatchSubject a, MatchSubject b, List<String> reasons) {
		String x = a.email() == null ? "" : a.email().trim().toLowerCase(Locale.ROOT);
		String y = b.email() == null ? "" : b.email().trim().toLowerCase(Locale.ROOT);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (x.equals(y)) {
			reasons.add("same email");
			return 7.0;
		}
		int edits = LEVENSHTEIN.apply(x, y);
		if ((edits >= 0 && edits <= 3) || JARO_WINKLER.apply(x, y) >= 0.93) {
			reasons.add("email almost the same");
			return 5.0;
		}
		return -1.5;
	}

	private double city(MatchSubject a, MatchSubject b, List<String> reasons) {
		String x = Names.fold(a.city());
		String y = Names.fold(b.city());
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		if (x.equals(y)) {
			reasons.add("same city");
			return 1.0;
		}
		if (JARO_WINKLER.apply(x, y) >= 0.85 || sameLetters(x, y)) {
			return 0.5;
		}
		return -0.5;
	}

	private double phone(MatchSubject a, MatchSubject b, List<String> reasons) {
		String x = a.phone() == null ? "" : a.phone().replaceAll("\\D", "");
		String y = b.phone() == null ? "" : b.phone().replaceAll("\\D", "");
		if (x.length() < 7 || y.length() < 7) {
			return 0;
		}
		if (x.endsWith(y) || y.endsWith(x)) {
			reasons.add("same phone number");
			return 5.0;
		}
		return -0.5;
	}

	private static String firstToken(String s) {
		int i = s.indexOf(' ');
		return i < 0 ? s : s.substring(0, i);
	}

	private static String lastToken(String s) {
		int i = s.lastIndexOf(' ');
		return i < 0 ? s : s.substring(i + 1);
	}

	private static String shorter(String x, String y) {
		return x.length() <= y.length() ? x : y;
	}

	private static String longer(String x, String y) {
		return x.length() > y.length() ? x : y;
	}

	private static String capitalize(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

}
