package org.casework.clients.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * Given-name variants (Bill and William, Peggy and Margaret, Pepe and José) from the
 * bundled list {@code clients/nicknames.txt}: each line a group, its formal name first.
 */
public final class Nicknames {

	private static final Nicknames BUNDLED = load();

	private final Map<String, Set<String>> groupsByName;

	private final Map<String, String> formalByGroupKey;

	private Nicknames(Map<String, Set<String>> groupsByName, Map<String, String> formal) {
		this.groupsByName = groupsByName;
		this.formalByGroupKey = formal;
	}

	public static Nicknames bundled() {
		return BUNDLED;
	}

	/** The groups a folded name belongs to, as index keys ("g:william"). */
	public Set<String> groupKeys(String foldedName) {
		return this.groupsByName.getOrDefault(foldedName, Set.of());
	}

	/**
	 * Whether the two names are variants of one another; the formal name of a shared
	 * group.
	 */
	public Optional<String> sharedGroup(String a, String b) {
		if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
			return Optional.empty();
		}
		for (String key : groupKeys(a)) {
			if (groupKeys(b).contains(key)) {
				return Optional.of(this.formalByGroupKey.get(key));
			}
		}
		return Optional.empty();
	}

	private static Nicknames load() {
		Map<String, Set<String>> groups = new HashMap<>();
		Map<String, String> formal = new HashMap<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("clients/nicknames.txt").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.trim();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				List<String> names = List.of(line.split(","))
					.stream()
					.map(Names::fold)
					.filter(s -> !s.isEmpty())
					.toList();
				String key = "g:" + names.get(0);
				formal.put(key, names.get(0));
				for (String name : names) {
					groups.computeIfAbsent(name, n -> new HashSet<>()).add(key);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Nicknames(groups, formal);
	}

}
