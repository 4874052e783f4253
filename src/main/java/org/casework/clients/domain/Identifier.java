package org.casework.clients.domain;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An identifier of the person. The value is kept protected (encrypted); only its last
 * four characters are ever shown.
 */
@Table("client_identifier")
public record Identifier(IdentifierKind kind, String issuer, String valueProtected, String lastFour) {

	public String masked() {
		if (this.kind == IdentifierKind.SSN) {
			return "***-**-" + this.lastFour;
		}
		return "…" + this.lastFour;
	}

}
