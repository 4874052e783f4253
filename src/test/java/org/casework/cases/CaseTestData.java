package org.casework.cases;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.casework.TestUsers;
import org.casework.clients.ClientRegistry;
import org.casework.clients.domain.BirthDatePrecision;
import org.casework.clients.domain.ClientDetails;
import org.casework.clients.domain.Sex;
import org.casework.identity.IdentityManagement;
import org.casework.identity.NewUser;
import org.casework.identity.Role;
import org.casework.identity.UserContext;
import org.casework.identity.UserSummary;
import org.casework.programs.GoalReview;
import org.casework.programs.IntensityLevel;
import org.casework.programs.ProgramInput;
import org.casework.programs.ProgramManagement;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Programs, clients, workers and cases for the tests of the cases module, made the way
 * the application makes them: a program admin defines the program, a worker registers the
 * client, and an enrollment decision opens the case inside its own transaction.
 */
public final class CaseTestData {

	private final ProgramManagement programs;

	private final ClientRegistry clients;

	private final CaseManagement cases;

	private final IdentityManagement identity;

	private final UserContext users;

	private final TransactionTemplate transaction;

	private final JdbcClient jdbc;

	public CaseTestData(ApplicationContext context) {
		this.programs = context.getBean(ProgramManagement.class);
		this.clients = context.getBean(ClientRegistry.class);
		this.cases = context.getBean(CaseManagement.class);
		this.identity = context.getBean(IdentityManagement.class);
		this.users = context.getBean(UserContext.class);
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** A program of the demo agency with two intensity levels, HIGH and LOW. */
	public ProgramView program(String name) {
		return this.users.runAs("padmin",
				() -> this.programs.create(new ProgramInput(name + " " + UUID.randomUUID().toString().substring(0, 8),
						"Keeping families housed", null, List.of(),
						List.of(new IntensityLevel("HIGH", "High", 7, GoalReview.MONTHLY, 6),
								new IntensityLevel("LOW", "Low", 30, GoalReview.QUARTERLY, 12)))));
	}

	/** A client registered by a worker, so in their scope. */
	public UUID client(String worker, String firstName, String lastName) {
		return this.users.runAs(worker, () -> this.clients.register(
				new ClientDetails(firstName, null, lastName, null, LocalDate.of(1984, 3, 2), BirthDatePrecision.EXACT,
						null, Sex.NOT_STATED, null, null, "es", true, null, null, List.of(), List.of(), List.of()),
				List.of(), List.of())
			.id());
	}

	/**
	 * Opens a case as an enrollment decision by {@code worker} would, owned by the
	 * worker.
	 */
	public CaseSummary open(String worker, UUID clientId, UUID programId, Priority priority) {
		return this.users.runAs(worker, () -> this.transaction.execute(status -> this.cases
			.open(new OpenCase(clientId, programId, this.users.current().id(), priority, "HIGH", UUID.randomUUID()))));
	}

	/** Runs an opening as {@code worker} in a transaction of its own. */
	public CaseSummary open(String worker, OpenCase command) {
		return this.users.runAs(worker, () -> this.transaction.execute(status -> this.cases.open(command)));
	}

	/** Nothing has happened on the case for so many days. */
	public void quietFor(UUID caseId, int days) {
		this.jdbc.sql("UPDATE client_case SET last_activity_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minus(Duration.ofDays(days))), caseId)
			.update();
	}

	/** The case was opened on that day (its opening moved back, with nothing else). */
	public void openedOn(UUID caseId, LocalDate day) {
		this.jdbc.sql("UPDATE client_case SET opened_on = ? WHERE id = ?").params(day, caseId).update();
	}

	/** A case worker of the North team besides worker1, created once per database. */
	public UserSummary northWorker(String username, String displayName) {
		return colleague(username, displayName, Role.CASE_WORKER, "worker1");
	}

	/**
	 * A user with a role on the team of {@code teamOf} (worker1: North, worker2: South),
	 * created once per database.
	 */
	public UserSummary colleague(String username, String displayName, Role role, String teamOf) {
		return this.identity.byUsername(username).orElseGet(() -> {
			UUID team = this.identity.byUsername(teamOf).orElseThrow().teamId();
			return this.users.runAs("admin", () -> this.identity
				.create(new NewUser(username, displayName, null, TestUsers.PASSWORD, EnumSet.of(role), team)));
		});
	}

	public UserSummary user(String username) {
		return this.identity.byUsername(username).orElseThrow();
	}

}
