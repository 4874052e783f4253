package org.casework.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence Casework writes for people (a task's title, a follow-up's), kept as the key
 * of its message and the values it takes, so that each reader sees it in their own
 * language; the API and e-mails give its English text beside it.
 *
 * @param key the message key (messages.properties)
 * @param args the values the message takes, in order, as text
 */
public record Wording(String key, List<String> args) {

	public Wording {
		Objects.requireNonNull(key, "key");
		args = args == null ? List.of() : List.copyOf(args);
	}

	/** The message with these values (each written as text). */
	public static Wording of(String key, Object... args) {
		return new Wording(key, Arrays.stream(args).map(String::valueOf).toList());
	}

}
