package org.casework.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aLongUncommonPassphraseIsAccepted() {
		assertThat(this.policy.problems("quiet river under stone", "dana")).isEmpty();
	}

	@Test
	void shortCommonDemoAndUsernamePasswordsAreRefused() {
		assertThat(this.policy.problems("short1", "dana")).contains("must be at least 12 characters");
		assertThat(this.policy.problems("Unbelievable", "dana")).contains("is too common or too easy to guess");
		assertThat(this.policy.problems("unbelievable", "dana")).contains("is too common or too easy to guess");
		assertThat(this.policy.problems("casework-demo", "dana")).contains("is too common or too easy to guess");
		assertThat(this.policy.problems("dana-password-2026", "dana")).contains("must not contain the username");
		assertThat(this.policy.problems("aaaaaaaaaaaaaaaa", "dana")).contains("repeats too few different characters");
	}

}
