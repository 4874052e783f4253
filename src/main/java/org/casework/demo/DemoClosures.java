package org.casework.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.closure.AdvanceNotice;
import org.casework.closure.ClosureDecision;
import org.casework.closure.ClosureReason;
import org.casework.closure.ClosureView;
import org.casework.closure.Closures;
import org.casework.closure.HandoffRequest;
import org.casework.closure.OutreachInput;
import org.casework.closure.OutreachMethod;
import org.casework.closure.ProgressReview;
import org.casework.closure.RelapsePlan;
import org.casework.closure.ResourceChoice;
import org.casework.closure.StartClosure;
import org.casework.consents.InformationCategory;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Closures in every state, prepared by worker1 through {@link Closures} on the days they
 * happened and decided by supervisor1 (North team): Teresa Vaughn's closure in
 * preparation (notice and progress review done, the relapse plan, resources and summary
 * still to do), Marcus Bell's submitted and awaiting supervisor1's approval, Ingrid
 * Holm's case closed with a signed summary and a warm handoff under her consent, and Omar
 * Farouk's closed for service refusal after three outreach attempts, then reopened when
 * he called back.
 */
@Component
class DemoClosures {

	private static final Logger log = LoggerFactory.getLogger(DemoClosures.class);

	private static final String WORKER = "worker1";

	private static final String SUPERVISOR = "supervisor1";

	private final Closures closures;

	private final DemoIntakes intakes;

	private final DemoPrograms programs;

	private final DemoReferrals referrals;

	private final UserContext users;

	private final DemoClock clock;

	DemoClosures(Closures closures, DemoIntakes intakes, DemoPrograms programs, DemoReferrals referrals,
			UserContext users, ObjectProvider<DemoClock> clock) {
		this.closures = closures;
		this.intakes = intakes;
		this.programs = programs;
		this.referrals = referrals;
		this.users = users;
		this.clock = clock.getIfAvailable(() -> new DemoClock(Clock.systemUTC()));
	}

	void seed() {
		ProgramView housing = this.programs.program(DemoPrograms.HOUSING_STABILITY);
		ProgramView family = this.programs.program(DemoPrograms.FAMILY_SUPPORT);
		ProgramView older = this.programs.program(DemoPrograms.OLDER_ADULTS_OUTREACH);
		inPreparation(housing);
		awaitingApproval(family);
		closedWithHandoff(older);
		closedThenReopened(housing);
		log.info("Demo closures created: one in preparation, one awaiting supervisor1's approval, one closed with a "
				+ "signed summary and a warm handoff, one closed for service refusal and reopened");
	}

	/** Teresa Vaughn: the lease is signed; the closure is under way, half done. */
	private void inPreparation(ProgramView housing) {
		UUID c = this.intakes.enrolled(WORKER, 55, "Teresa Vaughn", housing, 1, "19800",
				"The landlord gave notice and I have nowhere lined up.");
		ClosureView v = as(WORKER, 6, LocalTime.of(10, 0),
				() -> this.closures.start(c,
						new StartClosure(ClosureReason.GOALS_ACHIEVED,
								"She signed a one-year lease and pays the rent from her wages.", date(-10), 30, date(6),
								"In person, at the office")));
		as(WORKER, 2, LocalTime.of(15, 0),
				() -> this.closures.reviewProgress(c, v.version(), new ProgressReview(date(2),
						"We went through the goals: the lease, the deposit, the budget. She is proud of the lease.")));
	}

	/** Marcus Bell: every procedure done, the summary signed, submitted yesterday. */
	private void awaitingApproval(ProgramView family) {
		UUID c = this.intakes.enrolled(WORKER, 50, "Marcus Bell", family, 2, "24000",
				"I have custody of my daughter now and no one to watch her after school.");
		as(WORKER, 22, LocalTime.of(11, 0), () -> {
			ClosureView v = this.closures.start(c,
					new StartClosure(ClosureReason.NATURAL_SUPPORTS,
							"His sister and a neighbour take Jada after school; he no longer needs the program.",
							date(1), 90, date(22), "In person, at home"));
			v = this.closures.reviewProgress(c, v.version(),
					new ProgressReview(date(22), "Jada's after-school care is settled; he kept every appointment."));
			v = this.closures.relapsePlan(c, v.version(), plan("Jada's care falls through",
					"Call his sister first, then the family center", "Keisha Bell, sister, 555-318-4480"));
			return this.closures.resources(c, v.version(),
					List.of(new ResourceChoice(DemoReferrals.PEER_CENTER, "Parents' group on Thursday evenings")));
		});
		as(WORKER, 1, LocalTime.of(16, 0), () -> {
			ClosureView v = this.closures.get(c);
			v = this.closures.draftSummary(c, v.version());
			v = this.closures.signSummary(c, v.version());
			return this.closures.submit(c, v.version());
		});
	}

	/**
	 * Ingrid Holm: moves to assisted living; the peer center takes her on with the signed
	 * summary under her consent; supervisor1 approved the closure.
	 */
	private void closedWithHandoff(ProgramView older) {
		UUID c = this.intakes.enrolled(WORKER, 70, "Ingrid Holm", older, 1, "15400",
				"My eyesight is going and I cannot read my letters any more.");
		as(WORKER, 45, LocalTime.of(10, 0), () -> {
			ClosureView v = this.closures.start(c,
					new StartClosure(ClosureReason.TRANSFER, "She moves to assisted living with its own social worker.",
							date(20), 30, date(45), "In person, at home"));
			v = this.closures.reviewProgress(c, v.version(),
					new ProgressReview(date(45), "Her letters are read to her weekly now; she chose the new place."));
			v = this.closures.relapsePlan(c, v.version(), plan("Letters piling up unopened",
					"Ask the front desk of the residence to read them with her", "Anna Holm, niece, 555-318-7710"));
			return this.closures.resources(c, v.version(),
					List.of(new ResourceChoice(DemoReferrals.MEDICAL_RIDES, "Rides to the eye clinic")));
		});
		as(WORKER, 22, LocalTime.of(14, 0), () -> {
			this.referrals.consent(c, DemoReferrals.PEER_CENTER, "Dana Whitfield", InformationCategory.GENERAL);
			ClosureView v = this.closures.get(c);
			v = this.closures.draftSummary(c, v.version());
			v = this.closures.signSummary(c, v.version());
			return this.closures.handoff(c, v.version(),
					new HandoffRequest(DemoReferrals.PEER_CENTER, null, Priority.ROUTINE, List.of()));
		});
		as(WORKER, 20, LocalTime.of(8, 30), () -> this.closures.submit(c, this.closures.get(c).version()));
		as(SUPERVISOR, 20, LocalTime.of(9, 30), () -> {
			ClosureView v = this.closures.get(c);
			return this.closures.approve(c, v.version(),
					new ClosureDecision("A good handoff: the peer center has the summary.", null));
		});
		as(WORKER, 12, LocalTime.of(11, 0), () -> this.closures.addSummaryAddendum(c,
				"Her niece's number changed to 555-318-7711; the residence has the new one."));
	}

	/**
	 * Omar Farouk: stopped answering; three outreach attempts, closed for service
	 * refusal, and reopened when he called back with an eviction notice.
	 */
	private void closedThenReopened(ProgramView housing) {
		UUID c = this.intakes.enrolled(WORKER, 80, "Omar Farouk", housing, 1, "17500",
				"My hours were cut and the rent is late.");
		as(WORKER, 55, LocalTime.of(10, 0), () -> this.closures.addOutreachAttempt(c,
				new OutreachInput(date(55), OutreachMethod.PHONE, "No answer; voicemail full")));
		as(WORKER, 50, LocalTime.of(10, 0), () -> this.closures.addOutreachAttempt(c,
				new OutreachInput(date(50), OutreachMethod.LETTER, "Letter sent asking him to call")));
		as(WORKER, 45, LocalTime.of(15, 0), () -> this.closures.addOutreachAttempt(c,
				new OutreachInput(date(45), OutreachMethod.HOME_VISIT, "Nobody home; left a card")));
		as(WORKER, 42, LocalTime.of(10, 0), () -> {
			ClosureView v = this.closures.start(c, new StartClosure(ClosureReason.SERVICE_REFUSAL,
					"No contact for six weeks despite three attempts.", date(42), null, null, null));
			v = this.closures.draftSummary(c, v.version());
			v = this.closures.signSummary(c, v.version());
			return this.closures.submit(c, v.version());
		});
		as(SUPERVISOR, 41, LocalTime.of(9, 0), () -> {
			ClosureView v = this.closures.get(c);
			return this.closures.approve(c, v.version(), new ClosureDecision(null, null));
		});
		as(WORKER, 3, LocalTime.of(12, 0), () -> this.closures.reopen(c,
				"He called back: an eviction notice came, and he wants help with the rent again."));
	}

	private static RelapsePlan plan(String warningSign, String copingStrategy, String person) {
		String[] p = person.split(", ");
		return new RelapsePlan(List.of(warningSign, "Not sleeping"), List.of(copingStrategy),
				List.of(new RelapsePlan.Contact(p[0], p[1], p[2])),
				List.of(new RelapsePlan.Contact("Crisis line", null, "988")),
				"Call the front desk of Riverside Community Services and ask for intake.");
	}

	/** The day {@code daysAgo} days ago (a negative number: days ahead). */
	private LocalDate date(int daysAgo) {
		return LocalDate.now(Clock.systemUTC()).minusDays(daysAgo);
	}

	/** A step of a demo story, by a demo user, on the day it happened. */
	private <T> T as(String user, int daysAgo, LocalTime time, Supplier<T> step) {
		return this.users.runAs(user, () -> this.clock.at(daysAgo, time, step));
	}

}
