package org.casework.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.casework.cases.CaseSummary;
import org.casework.clients.ClientCrisis;
import org.casework.consents.AgreementMethod;
import org.casework.consents.ConsentAgreement;
import org.casework.consents.ConsentFixtures;
import org.casework.consents.ConsentView;
import org.casework.consents.Consents;
import org.casework.consents.InformationCategory;
import org.casework.consents.NewConsent;
import org.casework.identity.ClientAccess;
import org.casework.identity.EmergencyAlert;
import org.casework.identity.UserContext;
import org.casework.monitoring.ContactActivity.UnsignedContact;
import org.casework.shared.Priority;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;

/**
 * Each monitoring rule raises one task per occurrence, never a second when it runs again,
 * and resolves the task itself when the condition ends.
 */
@ApiTest
class MonitoringRulesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MonitoringRules rules;

	@Autowired
	UserContext users;

	@Autowired
	ClientCrisis crisis;

	@Autowired
	ClientAccess access;

	@Autowired
	Consents consents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/** The contact notes the rules read: the notes module's, stood in for here. */
	@MockitoSpyBean
	NoteContacts contacts;

	MonitoringTestData data;

	@BeforeEach
	void setUp() {
		this.data = new MonitoringTestData(this.context);
	}

	@Test
	void aCaseQuietBeyondItsContactFrequencyGetsOneTaskThatResolvesWhenTheClientIsContacted() {
		CaseSummary c = this.data.openCase("worker1", "Nadia", "Quiet", Priority.URGENT, 20, 10);

		this.rules.evaluate();
		this.rules.evaluate();
		assertThat(this.data.statuses(c.id(), TaskKind.NO_CONTACT)).containsExactly("OPEN");

		this.data.contactNow(c.id());
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.statuses(c.id(), TaskKind.NO_CONTACT)).containsExactly("RESOLVED");
	}

	@Test
	void aCaseContactedWithinItsFrequencyHasNoContactTask() {
		CaseSummary c = this.data.openCase("worker1", "Omar", "Recent", Priority.ROUTINE, 20, 2);
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.statuses(c.id(), TaskKind.NO_CONTACT)).isEmpty();
	}

	@Test
	void goalsOfThePlanInForceAreDueForReviewMonthlyAndTheTaskResolvesWhenProgressIsRecorded() {
		CaseSummary c = this.data.openCase("worker1", "Greta", "Goals", Priority.ROUTINE, 60, 1);
		UUID plan = this.data.plan(c, "AGREED", 40);

		this.rules.evaluateCases(List.of(c.id()));
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.statuses(c.id(), TaskKind.GOAL_REVIEW)).containsExactly("OPEN");

		this.data.progressNow(plan, c.ownerId());
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.statuses(c.id(), TaskKind.GOAL_REVIEW)).containsExactly("RESOLVED");
	}

	@Test
	void theFirstAssessmentIsDueFromTheOpeningAndTheTaskResolvesWhenOneIsCompleted() {
		CaseSummary c = this.data.openCase("worker1", "Rhea", "Assess", Priority.ROUTINE, 20, 1);

		this.rules.evaluate();
		this.rules.evaluate();
		assertThat(this.data.statuses(c.id(), TaskKind.REASSESSMENT)).containsExactly("OPEN");

		this.data.assessedNow(c);
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.statuses(c.id(), TaskKind.REASSESSMENT)).containsExactly("RESOLVED");
	}

	@Test
	void aSignificantChangeMakesTheReassessmentDueAtOnce() {
		CaseSummary c = this.data.openCase("worker1", "Sam", "Change", Priority.ROUTINE, 20, 1);
		this.data.assessedNow(c);
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.open(c.id(), TaskKind.REASSESSMENT)).isEmpty();

		this.jdbc.sql("""
				INSERT INTO assessment_trigger (id, case_id, change, note, recorded_by, recorded_at)
				VALUES (?, ?, 'MOVED', 'Moved in with her sister', ?, now() + interval '1 second')""")
			.params(UUID.randomUUID(), c.id(), c.ownerId())
			.update();
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.open(c.id(), TaskKind.REASSESSMENT)).hasSize(1);
		assertThat(
				this.jdbc.sql("SELECT title FROM task WHERE case_id = ? AND kind = 'REASSESSMENT' AND status = 'OPEN'")
					.param(c.id())
					.query(String.class)
					.single())
			.isEqualTo("Reassess the client after a significant change: The client moved");
	}

	@Test
	void aReferralFollowUpIsMirroredAsATaskThatResolvesWithIt() {
		CaseSummary c = this.data.openCase("worker1", "Rafa", "Referred", Priority.ROUTINE, 5, 1);
		UUID followUp = this.data.openFollowUp(c);

		this.rules.evaluate();
		this.rules.evaluate();
		assertThat(this.data.statuses(c.id(), TaskKind.REFERRAL_FOLLOW_UP)).containsExactly("OPEN");

		this.data.followUpResolved(followUp);
		this.rules.evaluate();
		assertThat(this.data.statuses(c.id(), TaskKind.REFERRAL_FOLLOW_UP)).containsExactly("RESOLVED");
	}

	@Test
	void aNoteUnsigned24HoursAfterTheContactRemindsItsAuthorUntilItIsSigned() {
		CaseSummary c = this.data.openCase("worker1", "Una", "Signed", Priority.ROUTINE, 5, 1);
		UUID note = UUID.randomUUID();
		doReturn(List.of(new UnsignedContact(note, c.id(), c.ownerId(), Instant.now().minus(Duration.ofHours(30)))))
			.when(this.contacts)
			.unsignedNotesSince(any());

		this.rules.evaluateCases(List.of(c.id()));
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.statuses(c.id(), TaskKind.UNSIGNED_NOTE)).containsExactly("OPEN");

		doReturn(List.of()).when(this.contacts).unsignedNotesSince(any());
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.statuses(c.id(), TaskKind.UNSIGNED_NOTE)).containsExactly("RESOLVED");
	}

	@Test
	void aConsentExpiringWithin30DaysIsToBeRenewedUntilTheClientRevokesOrRenewsIt() {
		CaseSummary c = this.data.openCase("worker1", "Cora", "Consent", Priority.ROUTINE, 5, 1);
		ConsentView consent = this.users.runAs("worker1", () -> this.consents.record(c.clientId(),
				new NewConsent(ConsentFixtures.person("Dr. Expiring"), EnumSet.of(InformationCategory.GENERAL),
						"Coordinating care", null, null, null, MonitoringTestData.today().minusDays(1),
						MonitoringTestData.today().plusDays(20), null, new ConsentAgreement(AgreementMethod.SIGNATURE,
								ConsentFixtures.signature(), null, MonitoringTestData.today().minusDays(1)),
						true)));

		this.rules.evaluate();
		this.rules.evaluate();
		assertThat(this.data.statuses(c.id(), TaskKind.CONSENT_EXPIRING)).containsExactly("OPEN");

		this.data.revoked(consent.id());
		this.rules.evaluate();
		assertThat(this.data.statuses(c.id(), TaskKind.CONSENT_EXPIRING)).containsExactly("RESOLVED");
	}

	@Test
	void aClientInCrisisRaisesAnAlertOnTheCaseUntilTheCrisisIsResolved() {
		CaseSummary c = this.data.openCase("worker1", "Cris", "Alert", Priority.EMERGENCY, 5, 1);
		this.users.runAs("worker1", () -> new TransactionTemplate(this.transactions)
			.execute(s -> this.crisis.raise(c.clientId(), "danger to self", "urgency screen")));

		this.rules.evaluate();
		this.rules.evaluate();
		assertThat(this.data.statuses(c.id(), TaskKind.CRISIS)).containsExactly("OPEN");
		assertThat(this.jdbc.sql("SELECT alert FROM task WHERE case_id = ? AND kind = 'CRISIS'")
			.param(c.id())
			.query(Boolean.class)
			.single()).isTrue();

		this.users.runAs("worker1", () -> {
			this.crisis.resolve(c.clientId(), "Safety plan agreed, sister staying over");
			return null;
		});
		this.rules.evaluate();
		assertThat(this.data.statuses(c.id(), TaskKind.CRISIS)).containsExactly("RESOLVED");
	}

	@Test
	void breakingTheGlassAlertsTheSupervisorUntilTheyAcknowledgeIt() {
		CaseSummary c = this.data.openCase("worker1", "Glen", "Glass", Priority.ROUTINE, 5, 1);
		this.users.runAs("worker2", () -> this.access.openEmergencyAccess(c.clientId(), "Night crisis line call"));
		UUID supervisor = this.data.cases().user("supervisor1").id();

		this.rules.evaluate();
		this.rules.evaluate();
		assertThat(emergencyTasks(c.clientId(), supervisor)).containsExactly("OPEN");

		EmergencyAlert alert = this.users.runAs("supervisor1",
				() -> this.access.alertsForMe(false)
					.stream()
					.filter(a -> a.clientId().equals(c.clientId()))
					.findFirst()
					.orElseThrow());
		this.users.runAs("supervisor1", () -> {
			this.access.acknowledgeAlert(alert.id());
			return null;
		});
		this.rules.evaluateEmergencyAccess();
		assertThat(emergencyTasks(c.clientId(), supervisor)).containsExactly("RESOLVED");
	}

	@Test
	void aPlanAwaitingApprovalIsOnTheSupervisorsQueueUntilItIsDecided() {
		CaseSummary c = this.data.openCase("worker1", "Pia", "Pending", Priority.ROUTINE, 30, 1);
		UUID plan = this.data.plan(c, "PENDING_APPROVAL", 1);
		UUID supervisor = this.data.cases().user("supervisor1").id();

		this.rules.evaluateCases(List.of(c.id()));
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(
				this.jdbc.sql("SELECT status FROM task WHERE case_id = ? AND kind = 'PLAN_APPROVAL' AND owner_id = ?")
					.params(c.id(), supervisor)
					.query(String.class)
					.list())
			.containsExactly("OPEN");

		this.data.planReturned(plan);
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.statuses(c.id(), TaskKind.PLAN_APPROVAL)).containsOnly("RESOLVED");
	}

	@Test
	void aTransferredCasesTasksFollowTheNewOwnerAndAClosedCasesTasksResolve() {
		CaseSummary c = this.data.openCase("worker1", "Tom", "Moved", Priority.ROUTINE, 20, 10);
		this.data.settled();
		this.rules.evaluateCases(List.of(c.id()));
		UUID other = this.data.cases().northWorker("worker1b", "Kim Lee").id();
		this.jdbc.sql("UPDATE client_case SET owner_id = ? WHERE id = ?").params(other, c.id()).update();
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.jdbc.sql("SELECT DISTINCT owner_id FROM task WHERE case_id = ? AND status = 'OPEN'")
			.param(c.id())
			.query(UUID.class)
			.list()).containsExactly(other);

		this.jdbc.sql("UPDATE client_case SET status = 'CLOSED' WHERE id = ?").param(c.id()).update();
		this.rules.evaluateCases(List.of(c.id()));
		assertThat(this.data.open(c.id(), TaskKind.NO_CONTACT)).isEmpty();
		assertThat(this.data.open(c.id(), TaskKind.REASSESSMENT)).isEmpty();
	}

	private List<String> emergencyTasks(UUID clientId, UUID owner) {
		return this.jdbc
			.sql("SELECT status FROM task WHERE client_id = ? AND kind = 'EMERGENCY_ACCESS' AND owner_id = ?")
			.params(clientId, owner)
			.query(String.class)
			.list();
	}

}
