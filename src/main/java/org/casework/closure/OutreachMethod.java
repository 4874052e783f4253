package org.casework.closure;

/** How the worker tried to reach a disengaged client. */
public enum OutreachMethod {

	PHONE, TEXT, EMAIL, LETTER, HOME_VISIT, OTHER

}
