package org.casework.clients.domain;

import org.springframework.data.relational.core.mapping.Column;

/**
 * Where the person lives or can be reached by mail. County matters for program
 * jurisdiction.
 */
public record Address(@Column("address_line1") String line1, @Column("address_line2") String line2, String city,
		String region, @Column("postal_code") String postalCode, String county) {

	public boolean isEmpty() {
		return blank(this.line1) && blank(this.line2) && blank(this.city) && blank(this.region)
				&& blank(this.postalCode) && blank(this.county);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
