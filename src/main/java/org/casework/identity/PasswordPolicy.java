package org.casework.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: long enough, not absurdly long, not the username,
 * and not a password that attackers try first (a bundled list of the 10,000 most common
 * ones, and the demo password). No composition rules: they make passwords harder to
 * remember, not safer.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	public static final String DEMO_PASSWORD = "casework-demo";

	private final Set<String> common;

	PasswordPolicy() {
		Set<String> words = new HashSet<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::trim)
				.filter(s -> !s.isEmpty())
				.forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.common = Set.copyOf(words);
	}

	/** Every reason the password is refused; empty when it is acceptable. */
	public List<String> problems(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.isEmpty()) {
			problems.add("must not be empty");
			return problems;
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add("must be at least " + MIN_LENGTH + " characters");
		}
		if (length > MAX_LENGTH) {
			problems.add("must be at most " + MAX_LENGTH + " characters");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("must not contain the username");
		}
		if (this.common.contains(lower) || lower.equals(DEMO_PASSWORD) || lower.contains("casework")) {
			problems.add("is too common or too easy to guess");
		}
		else if (password.chars().distinct().count() < 4) {
			problems.add("repeats too few different characters");
		}
		return problems;
	}

}
