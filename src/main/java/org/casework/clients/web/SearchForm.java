package org.casework.clients.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casework.clients.matching.MatchSubject;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The search screen's question: a name in any order ("Maria Lopez", "Lopez, Maria"), a
 * date of birth, or both.
 */
class SearchForm {

	private String q;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dob;

	private int page;

	/** {@code registry} also looks for the person outside the worker's caseload. */
	private String scope;

	boolean isEmpty() {
		return !hasText() && this.dob == null;
	}

	boolean hasText() {
		return this.q != null && !this.q.isBlank();
	}

	boolean wholeRegistry() {
		return "registry".equals(this.scope);
	}

	/**
	 * The typed name as the duplicate check reads it: the last word is the family name.
	 */
	MatchSubject subject() {
		String text = this.q == null ? "" : this.q.trim();
		String given;
		String family;
		int comma = text.indexOf(',');
		if (comma >= 0) {
			family = text.substring(0, comma).trim();
			given = text.substring(comma + 1).trim();
		}
		else {
			List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
			words.removeIf(String::isBlank);
			if (words.size() >= 2) {
				family = words.remove(words.size() - 1);
				given = String.join(" ", words);
			}
			else {
				family = words.isEmpty() ? "" : words.get(0);
				given = "";
			}
		}
		return MatchSubject.of(given, family, this.dob);
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public LocalDate getDob() {
		return this.dob;
	}

	public void setDob(LocalDate dob) {
		this.dob = dob;
	}

	public int getPage() {
		return this.page;
	}

	public void setPage(int page) {
		this.page = page;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

}
