package org.casework.clients.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casework.clients.domain.SearchKeys;

/**
 * Index keys of a person's names: every folded name token ("n:maria"), the nickname
 * groups of given names ("g:margaret"), and the Double Metaphone codes of every token
 * ("p:MR"). Search and matching look candidates up by overlap of these keys on GIN
 * indexes.
 */
public final class KeyBuilder {

	private KeyBuilder() {
	}

	public static SearchKeys forPerson(String given, String preferred, String family) {
		Set<String> names = new LinkedHashSet<>();
		Set<String> phonetic = new LinkedHashSet<>();
		for (String name : List.of(nz(given), nz(preferred))) {
			for (String token : Names.tokens(name)) {
				names.add("n:" + token);
				names.addAll(Nicknames.bundled().groupKeys(token));
				Phonetics.codes(token).forEach(c -> phonetic.add("p:" + c));
			}
		}
		for (String token : Names.tokens(family)) {
			names.add("n:" + token);
			Phonetics.codes(token).forEach(c -> phonetic.add("p:" + c));
		}
		return new SearchKeys(new ArrayList<>(phonetic), new ArrayList<>(names));
	}

	/** Keys of free search text: any token may be a given or a family name. */
	public static SearchKeys forQuery(String text) {
		Set<String> names = new LinkedHashSet<>();
		Set<String> phonetic = new LinkedHashSet<>();
		for (String token : Names.tokens(text)) {
			names.add("n:" + token);
			names.addAll(Nicknames.bundled().groupKeys(token));
			Phonetics.codes(token).forEach(c -> phonetic.add("p:" + c));
		}
		return new SearchKeys(new ArrayList<>(phonetic), new ArrayList<>(names));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
