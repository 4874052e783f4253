package org.casework.cases.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.casework.cases.CaseFile;

/**
 * One line of a case's history on its page: a transfer, a change of priority, someone
 * joining or leaving the care team. {@code kind} tells the page how to show
 * {@code detail}.
 */
record CaseHistoryEntry(Instant at, Kind kind, Object detail) {

	enum Kind {

		TRANSFER, PRIORITY, JOINED, LEFT

	}

	/** The case's history after its opening, oldest first. */
	static List<CaseHistoryEntry> of(CaseFile file) {
		List<CaseHistoryEntry> entries = new ArrayList<>();
		file.transfers().forEach(t -> entries.add(new CaseHistoryEntry(t.transferredAt(), Kind.TRANSFER, t)));
		file.priorityChanges().forEach(p -> entries.add(new CaseHistoryEntry(p.changedAt(), Kind.PRIORITY, p)));
		file.teamChanges().forEach(m -> {
			entries.add(new CaseHistoryEntry(m.joinedAt(), Kind.JOINED, m));
			if (m.leftAt() != null) {
				entries.add(new CaseHistoryEntry(m.leftAt(), Kind.LEFT, m));
			}
		});
		entries.sort(Comparator.comparing(CaseHistoryEntry::at));
		return entries;
	}

}
