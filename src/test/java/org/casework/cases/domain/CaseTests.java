package org.casework.cases.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.casework.cases.CareTeamChanged;
import org.casework.cases.CareTeamRole;
import org.casework.cases.CaseOpened;
import org.casework.cases.CasePriorityChanged;
import org.casework.cases.CaseStage;
import org.casework.cases.CaseStatus;
import org.casework.cases.CaseTransferred;
import org.casework.shared.DomainRuleException;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;
import org.casework.shared.NotFoundException;
import org.casework.shared.Priority;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.casework.cases.domain.CaseFixtures.DANA;
import static org.casework.cases.domain.CaseFixtures.GRACE;
import static org.casework.cases.domain.CaseFixtures.LUIS;
import static org.casework.cases.domain.CaseFixtures.OPENED;
import static org.casework.cases.domain.CaseFixtures.openCaseOwnedBy;
import static org.casework.cases.domain.CaseFixtures.row;

class CaseTests {

	private static final Instant LATER = OPENED.plus(Duration.ofDays(3));

	@Test
	void aCaseNumberIsTheYearAndASixDigitSequence() {
		assertThat(new CaseNumber(2026, 123)).hasToString("C-2026-000123");
		assertThat(new CaseNumber(2027, 999_999)).hasToString("C-2027-999999");
		assertThat(CaseNumber.parse("C-2026-000123")).isEqualTo(new CaseNumber(2026, 123));
	}

	@Test
	void aCaseNumberOutsideTheFormatIsRefused() {
		assertThatThrownBy(() -> new CaseNumber(2026, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CaseNumber(2026, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CaseNumber(26, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CaseNumber.parse("C-2026-123")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CaseNumber.parse("c-2026-000123")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aCaseOpensWithItsOwnerAsPrimaryWorkerInTheAssessmentStage() {
		Case opened = openCaseOwnedBy(DANA, Priority.URGENT);
		assertThat(opened.number()).isEqualTo("C-2026-000042");
		assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
		assertThat(opened.openedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(opened.lastActivityAt()).isEqualTo(OPENED);
		assertThat(opened.careTeam()).singleElement().satisfies(member -> {
			assertThat(member.userId()).isEqualTo(DANA);
			assertThat(member.role()).isEqualTo(CareTeamRole.PRIMARY_WORKER);
		});
		assertThat(opened.stage()).isEqualTo(CaseStage.ASSESSMENT);
		assertThat(events(opened)).singleElement().isInstanceOf(CaseOpened.class);
	}

	@Test
	void aCaseNumberMustBeOfTheYearTheCaseOpensIn() {
		assertThatThrownBy(() -> Case.open(new CaseNumber(2025, 1), CaseFixtures.AGENCY, UUID.randomUUID(),
				CaseFixtures.HOUSING_PROGRAM, DANA, Priority.ROUTINE, null, null, DANA, OPENED))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aTransferMakesTheNewOwnerThePrimaryWorkerAndKeepsTheHistory() {
		Case c = openCaseOwnedBy(DANA, Priority.ROUTINE);
		c.transfer(LUIS, " Caseload balance ", "Prefers calls after 5 pm.", GRACE, LATER, anyone -> true);

		assertThat(c.ownerId()).isEqualTo(LUIS);
		assertThat(c.careTeam()).singleElement().satisfies(member -> {
			assertThat(member.userId()).isEqualTo(LUIS);
			assertThat(member.role()).isEqualTo(CareTeamRole.PRIMARY_WORKER);
			assertThat(member.joinedAt()).isEqualTo(LATER);
		});
		assertThat(c.careTeamHistory()).hasSize(2)
			.first()
			.satisfies(dana -> assertThat(dana.leftAt()).isEqualTo(LATER));
		assertThat(c.transfers()).singleElement().satisfies(t -> {
			assertThat(t.fromOwner()).isEqualTo(DANA);
			assertThat(t.toOwner()).isEqualTo(LUIS);
			assertThat(t.reason()).isEqualTo("Caseload balance");
			assertThat(t.handoffNote()).isEqualTo("Prefers calls after 5 pm.");
			assertThat(t.transferredBy()).isEqualTo(GRACE);
		});
		assertThat(c.lastActivityAt()).isEqualTo(LATER);
		assertThat(events(c)).last().isEqualTo(new CaseTransferred(c.id(), c.clientId(), DANA, LUIS, GRACE, LATER));
	}

	@Test
	void aTransferNeedsAnEligibleNewOwnerAReasonAndAHandoffNote() {
		Case c = openCaseOwnedBy(DANA, Priority.ROUTINE);
		assertThatThrownBy(() -> c.transfer(null, " ", null, GRACE, LATER, anyone -> true)).isInstanceOfSatisfying(
				InvalidInputException.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
					.containsExactly("newOwnerId", "reason", "handoffNote"));
		assertThatThrownBy(() -> c.transfer(DANA, "Leave", "Note", GRACE, LATER, anyone -> true))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("newOwnerId", "owns the case already")));
		assertThatThrownBy(() -> c.transfer(LUIS, "Leave", "Note", GRACE, LATER, worker -> false))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("newOwnerId", "must be an active case worker of the agency")));
		assertThatThrownBy(() -> c.transfer(LUIS, "x".repeat(1001), "Note", GRACE, LATER, anyone -> true))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("reason"));
		assertThat(c.ownerId()).isEqualTo(DANA);
		assertThat(c.transfers()).isEmpty();
		assertThat(c.careTeam()).extracting(TeamMembership::userId).containsExactly(DANA);
	}

	@Test
	void aClosedCaseIsNotTransferred() {
		Case c = openCaseOwnedBy(DANA, Priority.ROUTINE);
		ReflectionTestUtils.setField(c, "status", CaseStatus.CLOSED);
		assertThatThrownBy(() -> c.transfer(LUIS, "Leave", "Note", GRACE, LATER, anyone -> true))
			.isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> c.addToTeam(LUIS, CareTeamRole.SECONDARY_WORKER, GRACE, LATER, (user, role) -> true))
			.isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> c.reprioritize(Priority.URGENT, null, "Worse", GRACE, LATER))
			.isInstanceOf(DomainRuleException.class);
		assertThat(c.stage()).isEqualTo(CaseStage.CLOSED);
	}

	@Test
	void aSecondaryWorkerJoinsAndLeavesTheCareTeamWithTheReasonKept() {
		Case c = openCaseOwnedBy(DANA, Priority.ROUTINE);
		c.addToTeam(LUIS, CareTeamRole.SECONDARY_WORKER, GRACE, LATER, (user, role) -> true);
		assertThat(c.careTeam()).extracting(TeamMembership::userId).containsExactly(DANA, LUIS);

		Instant after = LATER.plus(Duration.ofDays(30));
		c.removeFromTeam(LUIS, " Leave covered, Dana is back ", DANA, after);

		assertThat(c.careTeam()).extracting(TeamMembership::userId).containsExactly(DANA);
		assertThat(c.careTeamHistory()).last().satisfies(luis -> {
			assertThat(luis.addedBy()).isEqualTo(GRACE);
			assertThat(luis.leftAt()).isEqualTo(after);
			assertThat(luis.leftBy()).isEqualTo(DANA);
			assertThat(luis.leaveReason()).isEqualTo("Leave covered, Dana is back");
		});
		assertThat(events(c)).hasSize(3)
			.last()
			.isEqualTo(
					new CareTeamChanged(c.id(), c.clientId(), LUIS, CareTeamRole.SECONDARY_WORKER, false, DANA, after));
	}

	@Test
	void theOwnerStaysPrimaryWorkerAndLeavesOnlyByATransfer() {
		Case c = openCaseOwnedBy(DANA, Priority.ROUTINE);
		assertThatThrownBy(() -> c.addToTeam(LUIS, CareTeamRole.PRIMARY_WORKER, GRACE, LATER, (user, role) -> true))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("role"));
		assertThatThrownBy(() -> c.addToTeam(DANA, CareTeamRole.SECONDARY_WORKER, GRACE, LATER, (user, role) -> true))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("userId", "is on the care team already")));
		assertThatThrownBy(() -> c.addToTeam(LUIS, CareTeamRole.SUPERVISOR, GRACE, LATER, (user, role) -> false))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("userId", "must be an active supervisor of the agency")));
		assertThatThrownBy(() -> c.removeFromTeam(DANA, "Leaving", GRACE, LATER))
			.isInstanceOf(DomainRuleException.class);
		assertThatThrownBy(() -> c.removeFromTeam(LUIS, "Leaving", GRACE, LATER)).isInstanceOf(NotFoundException.class);
		assertThat(c.careTeamHistory()).extracting(TeamMembership::userId).containsExactly(DANA);
	}

	@Test
	void aChangeOfPriorityKeepsWhatItWasAndWhy() {
		Case c = openCaseOwnedBy(DANA, Priority.ROUTINE);
		c.reprioritize(Priority.URGENT, "LOW", "Eviction notice received", DANA, LATER);
		c.reprioritize(Priority.URGENT, "HIGH", "Lost the shelter bed: weekly contact", GRACE, LATER.plusSeconds(60));

		assertThat(c.priority()).isEqualTo(Priority.URGENT);
		assertThat(c.intensityCode()).isEqualTo("HIGH");
		assertThat(c.priorityChanges())
			.extracting(PriorityChange::priorityFrom, PriorityChange::priorityTo, PriorityChange::intensityFrom,
					PriorityChange::intensityTo)
			.containsExactly(tuple(Priority.ROUTINE, Priority.URGENT, "HIGH", "LOW"),
					tuple(Priority.URGENT, Priority.URGENT, "LOW", "HIGH"));
		assertThat(events(c)).filteredOn(CasePriorityChanged.class::isInstance)
			.singleElement()
			.isEqualTo(new CasePriorityChanged(c.id(), c.clientId(), DANA, Priority.ROUTINE, Priority.URGENT, DANA,
					LATER));
	}

	@Test
	void aChangeOfPriorityNeedsAReasonAndAChange() {
		Case c = openCaseOwnedBy(DANA, Priority.ROUTINE);
		assertThatThrownBy(() -> c.reprioritize(Priority.ROUTINE, "HIGH", "No change", DANA, LATER))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("priority"));
		assertThatThrownBy(() -> c.reprioritize(null, null, " ", DANA, LATER)).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("priority", "reason"));
		assertThat(c.priority()).isEqualTo(Priority.ROUTINE);
		assertThat(c.priorityChanges()).isEmpty();
	}

	@Test
	void theCaseloadPutsTheMostUrgentFirstThenTheLongestQuiet() {
		CaseRow routineQuietLong = row("C-2026-000001", Priority.ROUTINE, OPENED.minus(Duration.ofDays(40)));
		CaseRow urgentQuietShort = row("C-2026-000002", Priority.URGENT, OPENED.minus(Duration.ofDays(1)));
		CaseRow urgentQuietLong = row("C-2026-000003", Priority.URGENT, OPENED.minus(Duration.ofDays(9)));
		CaseRow emergencyToday = row("C-2026-000004", Priority.EMERGENCY, OPENED);
		List<CaseRow> caseload = new ArrayList<>(
				List.of(routineQuietLong, urgentQuietShort, urgentQuietLong, emergencyToday));
		caseload.sort(CaseRow.CASELOAD_ORDER);
		assertThat(caseload).containsExactly(emergencyToday, urgentQuietLong, urgentQuietShort, routineQuietLong);
	}

	@Test
	void daysSinceTheLastActivityCountWholeDays() {
		CaseRow quiet = row("C-2026-000001", Priority.ROUTINE, Instant.parse("2026-03-01T23:59:00Z"));
		assertThat(quiet.daysSinceLastActivity(LocalDate.of(2026, 3, 1))).isZero();
		assertThat(quiet.daysSinceLastActivity(LocalDate.of(2026, 3, 2))).isEqualTo(1);
		assertThat(quiet.daysSinceLastActivity(LocalDate.of(2026, 3, 31))).isEqualTo(30);
	}

	@Test
	void anAgreedPlanMovesAnAssessedCaseToImplementationAndANewDraftBackToPlanning() {
		Case c = openCaseOwnedBy(DANA, Priority.ROUTINE);
		c.assessed(true, LATER);
		assertThat(c.stage()).isEqualTo(CaseStage.PLANNING);
		Instant agreed = LATER.plus(Duration.ofDays(2));
		c.planAgreed(true, agreed);
		assertThat(c.stage()).isEqualTo(CaseStage.IMPLEMENTATION);
		assertThat(CaseRow.of(c).stage()).isEqualTo(CaseStage.IMPLEMENTATION);
		assertThat(c.lastActivityAt()).isEqualTo(agreed);
		c.planAgreed(false, agreed.plus(Duration.ofDays(30)));
		assertThat(c.stage()).isEqualTo(CaseStage.PLANNING);
		assertThat(c.lastActivityAt()).isEqualTo(agreed);
	}

	/** What the case registered for publication when it is saved. */
	private static List<Object> events(Case c) {
		return List.copyOf(ReflectionTestUtils.<Collection<Object>>invokeMethod(c, "domainEvents"));
	}

}
