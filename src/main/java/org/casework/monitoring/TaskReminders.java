package org.casework.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.casework.identity.IdentityManagement;
import org.casework.identity.UserSummary;
import org.casework.monitoring.domain.TaskRow;
import org.casework.monitoring.domain.Tasks;
import org.casework.shared.PageRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder email: each worker with tasks due today or overdue gets one digest
 * listing them by case number (an email leaves the system: no client's name or details go
 * into it). Off unless {@code casework.monitoring.reminders.enabled} and a mail server
 * ({@code spring.mail.host}) are configured. Sent once per worker and day however many
 * app nodes run: the job holds a cluster lock, and each digest is claimed by a row before
 * it is sent, in the same transaction.
 */
@Service
public class TaskReminders {

	private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d, yyyy", Locale.ENGLISH);

	/** At most this many tasks are listed in one digest; the rest are counted. */
	static final int LISTED = 50;

	private final Tasks tasks;

	private final IdentityManagement identity;

	private final ObjectProvider<JavaMailSender> mail;

	private final MonitoringProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	TaskReminders(Tasks tasks, IdentityManagement identity, ObjectProvider<JavaMailSender> mail,
			MonitoringProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.tasks = tasks;
		this.identity = identity;
		this.mail = mail;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "${casework.monitoring.reminders.cron:0 0 7 * * MON-FRI}",
			zone = "${casework.monitoring.time-zone:America/New_York}")
	@SchedulerLock(name = "task-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	public void scheduled() {
		send();
	}

	/**
	 * Sends today's digests not sent yet.
	 * @return how many this call sent
	 */
	public int send() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (!this.properties.reminders().enabled() || sender == null) {
			return 0;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.properties.timeZone());
		int sent = 0;
		for (UUID owner : this.tasks.ownersWithTasksDueBy(today)) {
			UserSummary user = this.identity.user(owner).orElse(null);
			if (user == null || !user.active() || user.email() == null || user.email().isBlank()) {
				continue;
			}
			Boolean done = this.transaction.execute(status -> {
				List<TaskRow> due = this.tasks
					.queue(List.of(owner), null, null, today, PageRequest.of(0, PageRequest.MAX_SIZE))
					.items()
					.stream()
					.filter(t -> !t.dueOn().isAfter(today))
					.toList();
				if (due.isEmpty() || !this.tasks.claimReminder(owner, today, due.size(), this.clock.instant())) {
					return false;
				}
				sender.send(digest(user, due, today));
				return true;
			});
			if (Boolean.TRUE.equals(done)) {
				sent++;
			}
		}
		log.info("Task reminders: {} digests sent", sent);
		return sent;
	}

	SimpleMailMessage digest(UserSummary user, List<TaskRow> due, LocalDate today) {
		long overdue = due.stream().filter(t -> t.dueOn().isBefore(today)).count();
		StringBuilder text = new StringBuilder();
		text.append("Hello ").append(user.displayName()).append(",\n\n");
		text.append("Your Casework tasks for ").append(DAY.format(today)).append(": ");
		text.append(due.size()).append(" due, ").append(overdue).append(" of them overdue.\n\n");
		for (TaskRow t : due.subList(0, Math.min(LISTED, due.size()))) {
			text.append(t.dueOn().isBefore(today) ? "OVERDUE " : "TODAY   ");
			text.append(t.dueOn()).append("  ");
			text.append(t.caseNumber() == null ? "(no case)" : t.caseNumber()).append("  ");
			text.append(kindText(t)).append('\n');
		}
		if (due.size() > LISTED) {
			text.append("... and ").append(due.size() - LISTED).append(" more.\n");
		}
		text.append("\nOpen your work queue: ").append(this.properties.reminders().baseUrl()).append("/\n");
		text.append("\nThis email names cases by number only. Sign in to Casework for the details.\n");
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.reminders().from());
		message.setTo(user.email());
		message.setSubject("Casework: " + due.size() + " tasks due, " + overdue + " overdue");
		message.setText(text.toString());
		return message;
	}

	/**
	 * What the task is, in words that name no client: the rule's kind, never the task's
	 * title (a title written by hand, a recipient's name or a crisis may say too much).
	 */
	private static String kindText(TaskRow t) {
		return switch (t.kind()) {
			case MANUAL -> "Task written by hand";
			case NO_CONTACT -> "Contact due";
			case GOAL_REVIEW -> "Goal review due";
			case REASSESSMENT -> "Reassessment due";
			case REFERRAL_FOLLOW_UP -> "Referral follow-up";
			case UNSIGNED_NOTE -> "Contact note to sign";
			case CONSENT_EXPIRING -> "Consent expiring";
			case CRISIS -> "Crisis alert";
			case EMERGENCY_ACCESS -> "Emergency access to review";
			case PLAN_APPROVAL -> "Care plan to approve";
			case CLOSURE_APPROVAL -> "Case closure to approve";
			case CLOSURE_CHECK_IN -> "Check-in after closure";
		};
	}

}
