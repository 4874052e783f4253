package org.casework.clients.domain;

import org.springframework.data.relational.core.mapping.Table;

@Table("client_phone")
public record Phone(PhoneKind kind, String number, Boolean preferred) {

	public Phone {
		preferred = Boolean.TRUE.equals(preferred);
	}

}
