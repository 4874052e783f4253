package org.casework.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.casework.cases.CaseStatus;
import org.casework.shared.Priority;

/** Cases as the tests of the domain need them, without a database. */
final class CaseFixtures {

	static final UUID AGENCY = UUID.fromString("00000000-0000-0000-0000-00000000a9e1");

	static final UUID HOUSING_PROGRAM = UUID.fromString("00000000-0000-0000-0000-0000000091a1");

	static final UUID DANA = UUID.fromString("00000000-0000-0000-0000-00000000da1a");

	static final UUID LUIS = UUID.fromString("00000000-0000-0000-0000-0000000001b1");

	static final UUID GRACE = UUID.fromString("00000000-0000-0000-0000-0000000006ce");

	static final Instant OPENED = Instant.parse("2026-03-02T09:30:00Z");

	private CaseFixtures() {
	}

	static Case openCaseOwnedBy(UUID owner, Priority priority) {
		return Case.open(new CaseNumber(2026, 42), AGENCY, UUID.randomUUID(), HOUSING_PROGRAM, owner, priority, "HIGH",
				null, owner, OPENED);
	}

	static CaseRow row(String number, Priority priority, Instant lastActivity) {
		return new CaseRow(UUID.randomUUID(), number, UUID.randomUUID(), HOUSING_PROGRAM, DANA, CaseStatus.OPEN,
				priority, null, LocalDate.ofInstant(OPENED, ZoneOffset.UTC), null, lastActivity, 0, false, false, false,
				false, null, null);
	}

}
