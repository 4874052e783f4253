package org.casework.shared;

/**
 * Versions as HTTP entity tags: every single resource answers {@code ETag: "<version>"}
 * and an update must send it back as {@code If-Match}.
 */
public final class Etags {

	private Etags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version an {@code If-Match} header names.
	 * @throws StaleVersionException missing (428) when there is no header, stale (412)
	 * when it cannot name any version
	 */
	public static long version(String ifMatch, String kind) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw StaleVersionException.missing();
		}
		String tag = ifMatch.trim();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		tag = tag.replace("\"", "");
		try {
			return Long.parseLong(tag);
		}
		catch (NumberFormatException ex) {
			throw StaleVersionException.stale(kind);
		}
	}

	/**
	 * The version an {@code If-Match} header names when the caller sent one, or null: for
	 * actions that check the version only when it is sent.
	 * @throws StaleVersionException stale (412) when it cannot name any version
	 */
	public static Long versionIfSent(String ifMatch, String kind) {
		return ifMatch == null || ifMatch.isBlank() ? null : version(ifMatch, kind);
	}

}
