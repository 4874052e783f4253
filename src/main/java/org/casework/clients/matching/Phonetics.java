package org.casework.clients.matching;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.codec.language.DoubleMetaphone;

/** Double Metaphone codes (primary and alternate) of a folded name token. */
public final class Phonetics {

	private static final ThreadLocal<DoubleMetaphone> ENCODER = ThreadLocal.withInitial(() -> {
		DoubleMetaphone dm = new DoubleMetaphone();
		dm.setMaxCodeLen(6);
		return dm;
	});

	/**
	 * Names repeat endlessly across candidates; their codes are kept (bounded: names are
	 * few).
	 */
	private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

	private static final int CACHE_LIMIT = 100_000;

	private Phonetics() {
	}

	public static Set<String> codes(String token) {
		if (token == null) {
			return Set.of();
		}
		Set<String> cached = CACHE.get(token);
		if (cached != null) {
			return cached;
		}
		Set<String> codes = Set.copyOf(encode(token));
		if (CACHE.size() < CACHE_LIMIT) {
			CACHE.put(token, codes);
		}
		return codes;
	}

	private static Set<String> encode(String token) {
		Set<String> codes = new LinkedHashSet<>();
		if (token == null || token.length() < 2) {
			return codes;
		}
		DoubleMetaphone dm = ENCODER.get();
		String primary = dm.doubleMetaphone(token);
		String alternate = dm.doubleMetaphone(token, true);
		if (primary != null && !primary.isEmpty()) {
			codes.add(primary);
		}
		if (alternate != null && !alternate.isEmpty()) {
			codes.add(alternate);
		}
		return codes;
	}

	public static boolean soundAlike(String a, String b) {
		Set<String> codesA = codes(a);
		for (String code : codes(b)) {
			if (codesA.contains(code)) {
				return true;
			}
		}
		return false;
	}

}
