package org.casework.careplans;

/** How goals are called in messages and lists. */
public final class GoalLabels {

	static final int MAX = 60;

	private GoalLabels() {
	}

	/**
	 * The goal's statement, else the client's words, else its goal area, shortened to 60
	 * characters.
	 */
	public static String label(String statement, String clientWords, String goalArea) {
		String text = firstPresent(statement, clientWords, goalArea);
		if (text == null) {
			return "(no statement yet)";
		}
		return text.length() <= MAX ? text : text.substring(0, MAX - 1).stripTrailing() + "…";
	}

	private static String firstPresent(String... texts) {
		for (String t : texts) {
			if (t != null && !t.isBlank()) {
				return t.strip();
			}
		}
		return null;
	}

}
