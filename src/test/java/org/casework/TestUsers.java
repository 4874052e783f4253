package org.casework;

/** The demo users exist in tests too (see application-test.yml), with this password. */
public final class TestUsers {

	public static final String PASSWORD = "test-Password-2026";

	private TestUsers() {
	}

}
