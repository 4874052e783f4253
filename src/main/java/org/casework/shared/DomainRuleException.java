package org.casework.shared;

import java.util.List;

/** A rule of the domain refuses the action (409), with every reason it was refused. */
public class DomainRuleException extends RuntimeException {

	private final List<String> reasons;

	public DomainRuleException(String message, List<String> reasons) {
		super(message);
		this.reasons = List.copyOf(reasons);
	}

	public DomainRuleException(String message) {
		this(message, List.of());
	}

	public List<String> reasons() {
		return this.reasons;
	}

}
