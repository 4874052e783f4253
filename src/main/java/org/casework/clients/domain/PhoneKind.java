package org.casework.clients.domain;

public enum PhoneKind {

	MOBILE, HOME, WORK, OTHER

}
