package org.casework.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casework.cases.CaseManagement;
import org.casework.cases.OpenCaseFacts;

import org.springframework.stereotype.Component;

/**
 * Contacts as far as the cases module knows them, until contact notes exist: the case's
 * last activity stands for its last contact, and no note is unsigned. To be replaced by
 * an implementation over the notes module's {@code ContactNotes} ({@code lastContacts},
 * {@code unsignedSince}).
 */
@Component
class CaseActivityContacts implements ContactActivity {

	private final CaseManagement cases;

	CaseActivityContacts(CaseManagement cases) {
		this.cases = cases;
	}

	@Override
	public Map<UUID, Instant> lastContacts(Collection<UUID> caseIds) {
		return this.cases.openCaseFacts(caseIds)
			.stream()
			.collect(Collectors.toMap(OpenCaseFacts::caseId, OpenCaseFacts::lastActivityAt));
	}

	@Override
	public List<UnsignedContact> unsignedNotesSince(Instant contactBefore) {
		return List.of();
	}

}
