package org.casework.closure;

import java.util.List;

/**
 * The relapse-prevention and crisis plan the client leaves with.
 *
 * @param warningSigns what tells the client things are slipping (at least one)
 * @param copingStrategies what they do then (at least one)
 * @param peopleToCall friends, family, sponsors… with a phone number (at least one)
 * @param emergencyContacts crisis lines and services, with a phone number
 * @param howToSeekHelp how to come back to the agency or find help again (required)
 */
public record RelapsePlan(List<String> warningSigns, List<String> copingStrategies, List<Contact> peopleToCall,
		List<Contact> emergencyContacts, String howToSeekHelp) {

	public RelapsePlan {
		warningSigns = warningSigns == null ? List.of() : List.copyOf(warningSigns);
		copingStrategies = copingStrategies == null ? List.of() : List.copyOf(copingStrategies);
		peopleToCall = peopleToCall == null ? List.of() : List.copyOf(peopleToCall);
		emergencyContacts = emergencyContacts == null ? List.of() : List.copyOf(emergencyContacts);
	}

	/** Someone to call, with who they are to the client. */
	public record Contact(String name, String relationship, String phone) {
	}

}
