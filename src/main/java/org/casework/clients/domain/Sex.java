package org.casework.clients.domain;

/**
 * Sex as the person states it. Gender identity is kept separately, in their own words.
 */
public enum Sex {

	FEMALE, MALE, INTERSEX, NOT_STATED

}
