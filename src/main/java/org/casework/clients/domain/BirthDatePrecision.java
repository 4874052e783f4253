package org.casework.clients.domain;

/** How well the date of birth is known: exactly, only the year, or not at all. */
public enum BirthDatePrecision {

	EXACT, YEAR, UNKNOWN

}
