package org.casework.cases.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case numbers from a counter per year in the database. The counter row stays
 * locked until the opening transaction ends, so concurrent openings (on any application
 * node) queue for a moment instead of sharing a number, and an opening that fails gives
 * its number back.
 */
@Component
public class CaseNumbering {

	private final JdbcClient jdbc;

	CaseNumbering(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public CaseNumber next(int year) {
		int next = this.jdbc.sql("""
				INSERT INTO case_number_counter (year, last_number) VALUES (?, 1)
				ON CONFLICT (year) DO UPDATE SET last_number = case_number_counter.last_number + 1
				RETURNING last_number""").params(year).query(Integer.class).single();
		return new CaseNumber(year, next);
	}

}
