package org.casework.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.casework.CaseworkApplication;
import org.casework.cases.CaseSummary;
import org.casework.shared.Priority;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily reminder digest, sent over SMTP (GreenMail here) by two app nodes against one
 * database: each worker gets exactly one digest a day, listing due and overdue tasks by
 * case number and kind, with no client's name and no task's own words.
 */
class TaskReminderTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	static ConfigurableApplicationContext node1;

	static ConfigurableApplicationContext node2;

	@BeforeAll
	static void twoNodes() {
		node1 = node();
		node2 = node();
	}

	@AfterAll
	static void stop() {
		if (node2 != null) {
			node2.close();
		}
		if (node1 != null) {
			node1.close();
		}
	}

	static ConfigurableApplicationContext node() {
		return new SpringApplicationBuilder(CaseworkApplication.class).web(WebApplicationType.SERVLET)
			.profiles("test")
			.run("--server.port=0", "--spring.main.banner-mode=off", "--spring.mail.host=localhost",
					"--spring.mail.port=" + mail.getSmtp().getPort(), "--casework.monitoring.reminders.enabled=true",
					"--casework.monitoring.reminders.from=reminders@casework.example",
					"--casework.monitoring.reminders.base-url=https://casework.example",
					// only the test sends: no scheduled run in between
					"--casework.monitoring.reminders.cron=-", "--casework.monitoring.rule-initial-delay=PT1H",
					"--casework.referrals.follow-up-initial-delay=PT1H");
	}

	@Test
	void twoNodesSendEachWorkerOneDigestThatNamesCasesByNumberOnly() throws Exception {
		MonitoringTestData data = new MonitoringTestData(node1);
		JdbcClient jdbc = node1.getBean(JdbcClient.class);
		data.cases().northWorker("remind1", "Rene Mail");
		data.cases().northWorker("remind2", "Ravi Mail");
		CaseSummary zelda = data.openCase("remind1", "Zelda", "Secretname", Priority.URGENT, 3, 1);
		CaseSummary yusuf = data.openCase("remind2", "Yusuf", "Hidden", Priority.ROUTINE, 3, 1);
		manual(jdbc, zelda, "Call Zelda Secretname about the eviction notice", MonitoringTestData.today().minusDays(2));
		manual(jdbc, zelda, "Bring the housing forms", MonitoringTestData.today());
		manual(jdbc, zelda, "Not yet: next month's review", MonitoringTestData.today().plusDays(20));
		manual(jdbc, yusuf, "Check on Yusuf", MonitoringTestData.today());
		jdbc.sql("UPDATE app_user SET email = username || '@casework.example' WHERE username IN ('remind1', 'remind2')")
			.update();

		CyclicBarrier together = new CyclicBarrier(2);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> scheduledRun(node1, together));
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> scheduledRun(node2, together));
		CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
		assertThat(node2.getBean(TaskReminders.class).send()).isZero();
		assertThat(node1.getBean(TaskReminders.class).send()).isZero();

		List<MimeMessage> digests = Arrays.stream(mail.getReceivedMessages())
			.filter(m -> recipient(m).startsWith("remind"))
			.toList();
		assertThat(digests).extracting(TaskReminderTests::recipient)
			.containsExactlyInAnyOrder("remind1@casework.example", "remind2@casework.example");
		MimeMessage rene = digests.stream()
			.filter(m -> recipient(m).equals("remind1@casework.example"))
			.findFirst()
			.orElseThrow();
		assertThat(rene.getSubject()).isEqualTo("Casework: 2 tasks due, 1 overdue");
		assertThat(rene.getFrom()[0].toString()).isEqualTo("reminders@casework.example");
		String body = GreenMailUtil.getBody(rene);
		assertThat(body).contains(zelda.number())
			.contains("OVERDUE")
			.contains("TODAY")
			.contains("Task written by hand")
			.contains("https://casework.example/")
			.doesNotContain("Zelda")
			.doesNotContain("Secretname")
			.doesNotContain("eviction")
			.doesNotContain("next month");
	}

	/** A node's scheduled job fires at the same moment as the other node's. */
	private static void scheduledRun(ConfigurableApplicationContext node, CyclicBarrier together) {
		try {
			together.await(30, TimeUnit.SECONDS);
			node.getBean(TaskReminders.class).scheduled();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void manual(JdbcClient jdbc, CaseSummary c, String title, LocalDate due) {
		jdbc.sql("""
				INSERT INTO task (id, kind, alert, title, case_id, case_number, client_id, owner_id, case_priority,
				                  due_on, status, created_by, created_at)
				VALUES (?, 'MANUAL', false, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(UUID.randomUUID(), title, c.id(), c.number(), c.clientId(), c.ownerId(), c.priority().name(), due,
					c.ownerId(), Timestamp.from(Instant.now()))
			.update();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
