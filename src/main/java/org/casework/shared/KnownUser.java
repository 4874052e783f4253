package org.casework.shared;

import java.util.UUID;

/** What every module may know of a signed-in person: their id and username. */
public interface KnownUser {

	UUID id();

	String username();

}
