package org.casework.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.assessments.SignificantChange;
import org.casework.careplans.Barrier;
import org.casework.consents.InformationCategory;
import org.casework.careplans.Direction;
import org.casework.careplans.GoalDraft;
import org.casework.careplans.Indicator;
import org.casework.careplans.LifeDomains;
import org.casework.careplans.Responsible;
import org.casework.careplans.ResponsibleParty;
import org.casework.careplans.StepDraft;
import org.casework.cases.AddTeamMember;
import org.casework.cases.CareTeamRole;
import org.casework.cases.CaseManagement;
import org.casework.cases.ChangePriority;
import org.casework.cases.TransferCase;
import org.casework.clients.ClientHit;
import org.casework.clients.ClientRegistry;
import org.casework.clients.ClientSummary;
import org.casework.identity.UserContext;
import org.casework.notes.Attendee;
import org.casework.notes.ContactMethod;
import org.casework.notes.Decision;
import org.casework.intake.DecisionInput;
import org.casework.intake.InitialDocumentation;
import org.casework.intake.IntakeDecision;
import org.casework.intake.IntakeManagement;
import org.casework.intake.IntakeView;
import org.casework.intake.PresentingIssue;
import org.casework.intake.Rapport;
import org.casework.intake.Screening;
import org.casework.intake.StartIntake;
import org.casework.intake.UrgencyScreen;
import org.casework.programs.EligibilityRule;
import org.casework.programs.ProgramView;
import org.casework.programs.RuleKind;
import org.casework.shared.PageRequest;
import org.casework.shared.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Intakes of the demo clients in every state, run by the demo workers through
 * {@link IntakeManagement} like any other: enrolled at each priority in both teams (which
 * opens their cases), one emergency with its crisis banner and supervisor alert, drafts
 * in progress, a waitlist, a referral out, an ineligible screening and a decline; then
 * what happens to cases: a transfer to the other team, a colleague joining a care team, a
 * priority raised to emergency. Each step runs on the day it happened over the last 60
 * days ({@link DemoClock}), so caseloads show cases quiet for days and weeks.
 */
@Component
class DemoIntakes {

	private static final Logger log = LoggerFactory.getLogger(DemoIntakes.class);

	static final UrgencyScreen NOTHING_URGENT = new UrgencyScreen(false, false, false, false, false, false, false,
			null);

	private final IntakeManagement intakes;

	private final ClientRegistry clients;

	private final DemoPrograms programs;

	private final UserContext users;

	private final CaseManagement cases;

	private final DemoAssessments assessments;

	private final DemoCarePlans plans;

	private final DemoReferrals referrals;

	private final DemoNotes notes;

	private final DemoClock clock;

	DemoIntakes(IntakeManagement intakes, ClientRegistry clients, DemoPrograms programs, UserContext users,
			CaseManagement cases, DemoAssessments assessments, DemoCarePlans plans, DemoReferrals referrals,
			DemoNotes notes, ObjectProvider<DemoClock> clock) {
		this.referrals = referrals;
		this.notes = notes;
		this.intakes = intakes;
		this.clients = clients;
		this.programs = programs;
		this.users = users;
		this.cases = cases;
		this.assessments = assessments;
		this.plans = plans;
		this.clock = clock.getIfAvailable(() -> new DemoClock(Clock.systemUTC()));
	}

	void seed() {
		ProgramView housing = this.programs.program(DemoPrograms.HOUSING_STABILITY);
		ProgramView family = this.programs.program(DemoPrograms.FAMILY_SUPPORT);
		ProgramView older = this.programs.program(DemoPrograms.OLDER_ADULTS_OUTREACH);
		UUID luis = this.users.runAs("worker2", () -> this.users.current().id());

		// not eligible: income above the limit
		as("worker1", 60, LocalTime.of(10, 30), () -> {
			IntakeView peggy = start("Margaret O'Neill", housing,
					"The rent went up again and I worry about next year.");
			peggy = screen(peggy, housing, LocalDate.of(1949, 2, 21), 2, "96000", "Fulton", "30305");
			peggy = this.intakes.saveUrgency(peggy.id(), peggy.version(), NOTHING_URGENT);
			decide(peggy, IntakeDecision.INELIGIBLE,
					"Household income is above 200% of the guideline; gave the number of the tenants' rights hotline.",
					null);
		});
		// routine: an older adult living alone; enrolled, and handed to the South team
		// when he moves
		UUID billsCase = as("worker1", 45, LocalTime.of(14, 0), () -> {
			IntakeView bill = start("William Harris", older, "I fell twice this month and my daughter lives in Ohio.");
			bill = rapport(bill, "English", false);
			bill = screen(bill, older, LocalDate.of(1957, 6, 8), 1, "18200", "Fulton", "30303");
			bill = this.intakes.saveUrgency(bill.id(), bill.version(), NOTHING_URGENT);
			bill = document(bill, "Riverside Senior Center", "Walks with a cane; bruise on the left forearm.");
			return decide(bill, IntakeDecision.ENROLL, null, null).decision().caseId();
		});
		as("worker1", 43, LocalTime.of(10, 30), () -> this.assessments.complete(billsCase,
				with(DemoAssessments.ratings("stable", "vulnerable", "vulnerable", "stable", "thriving", "vulnerable",
						"past-successes.challenges-overcome", "Staying in my own home, and not falling again."),
						Map.of("health-wellness-physical", "serious-concern", "social-support-isolation",
								"serious-concern", "safety-elder-abuse", "no-concern", "what-matters-unasked",
								"Worries about driving at night."))));
		// Bill's care plan: written with worker1 and signed on the screen, then progress
		as("worker1", 43, LocalTime.of(15, 0), () -> this.notes.sign(billsCase, DemoNotes
			.contact(ContactMethod.HOME_VISIT, "His apartment, Riverside", "Client",
					"The two falls; the bathroom; meals")
			.quote("I hold on to the sink to get out of the tub.")
			.observed("Home environment: one bedroom on the ground floor; no grab bars in the bathroom; a loose rug in "
					+ "the hallway; fridge stocked.\nWhat the client did and how they spoke: walked with a cane, held the "
					+ "wall on the way to the kitchen, asked for two questions to be repeated.")
			.services("Asked Riverside Senior Center for an occupational therapist's home-safety visit.")
			.next("Phone call after the therapist's visit", 10)));
		UUID[] billsGoals = as("worker1", 41, LocalTime.of(11, 0), () -> {
			LocalDate today = LocalDate.now(this.clock);
			this.plans.start(billsCase, "Stay in my own home, and not fall again.",
					"Proud of managing on his own since his wife died; his daughter in Ohio wants a say.");
			UUID falls = this.plans.goal(billsCase,
					new GoalDraft("Stay in my own home and not fall again.",
							"Go two months without a fall at home, with grab bars fitted and a home-safety visit done",
							LifeDomains.HEALTH_WELLNESS,
							new Indicator("falls at home in the past month", "falls", BigDecimal.valueOf(2),
									BigDecimal.ZERO, Direction.DECREASE),
							"He wants to keep living on his own.",
							"Riverside Senior Center offers home-safety visits; his daughter pays for the grab bars.",
							today.plusDays(80), "home-safety visits done", "months without a fall"),
					new StepDraft("Request an occupational therapist's home-safety visit",
							new Responsible(ResponsibleParty.CASE_WORKER, null, null), today.plusDays(7), null,
							List.of(), List.of()),
					new StepDraft("Fit grab bars in the bathroom",
							new Responsible(ResponsibleParty.FAMILY_MEMBER, null, "Linda Harris (daughter)"),
							today.plusDays(30), "A handyman the senior center recommends",
							List.of(new Barrier("Linda lives in Ohio", "She pays the handyman by phone")), List.of()));
			UUID company = this.plans.goal(billsCase, new GoalDraft("Not be alone all week.",
					"Go to the senior center's lunch club twice a week", LifeDomains.SOCIAL_SUPPORT,
					new Indicator("lunch club visits per week", "visits", BigDecimal.ZERO, BigDecimal.valueOf(2),
							Direction.INCREASE),
					"He has hardly spoken to anyone since his wife died.", "The center's van picks members up at home.",
					today.plusDays(60), null, null),
					new StepDraft("Sign up for the lunch club and the van",
							new Responsible(ResponsibleParty.CLIENT, null, null), today.plusDays(10), null, List.of(),
							List.of()));
			this.plans.review(billsCase, today.plusDays(60));
			return new UUID[] { falls, company };
		});
		as("worker1", 40, LocalTime.of(10, 0),
				() -> this.plans.sign(billsCase, "I can do this if the bathroom is safe."));
		as("worker1", 30, LocalTime.of(14, 30), () -> {
			this.plans.progress(billsCase, billsGoals[0], LocalDate.now(this.clock), 1, "One fall, no injury.");
			this.plans.progress(billsCase, billsGoals[1], LocalDate.now(this.clock), 1, "Went on Wednesday.");
		});
		as("worker1", 30, LocalTime.of(15, 0), () -> this.notes
			.sign(billsCase, DemoNotes.contact(ContactMethod.PHONE, null, "Client", "The grab bars; the lunch club")
				.goals(billsGoals)
				.quote("The grab bars went in on Tuesday. I went to the lunch club on Wednesday and I will go again.")
				.next("Home visit in two weeks", 14)));
		as("worker1", 15, LocalTime.of(11, 45), () -> {
			this.plans.progress(billsCase, billsGoals[0], LocalDate.now(this.clock), 0,
					"No falls since the grab bars went in.");
			this.plans.progress(billsCase, billsGoals[1], LocalDate.now(this.clock), 2, "Tuesdays and Fridays now.");
		});
		// routine; enrolled, and quiet for a long time
		UUID marysCase = as("worker2", 40, LocalTime.of(13, 0), () -> {
			IntakeView mary = start("Mary Johnson", older, "I would like someone to check on me now and then.");
			mary = rapport(mary, "English", false);
			mary = screen(mary, older, LocalDate.of(1966, 10, 3), 1, "16800", "Fulton", "30311");
			mary = this.intakes.saveUrgency(mary.id(), mary.version(), NOTHING_URGENT);
			mary = document(mary, "Her physician's office", "Lives alone in a second-floor apartment.");
			return decide(mary, IntakeDecision.ENROLL, null, null).decision().caseId();
		});
		as("worker2", 38, LocalTime.of(14, 0), () -> this.notes.sign(marysCase, DemoNotes
			.contact(ContactMethod.HOME_VISIT, "Her apartment, second floor", "Client", "Living alone; medication")
			.quote("I'm fine, I just get lonely on Sundays.")
			.observed("Home environment: tidy; the stairs to the second floor have a handrail on one side only; the "
					+ "pill organiser was empty for the week.")
			.next("Phone call in two weeks", 14)));
		// Mary's referral to the street medicine van: accepted, then failed
		UUID[] marysReferral = new UUID[1];
		String[] marysLink = new String[1];
		as("worker2", 35, LocalTime.of(10, 0), () -> {
			this.referrals.consent(marysCase, DemoReferrals.STREET_MEDICINE, "Luis Ortega", InformationCategory.GENERAL,
					InformationCategory.HEALTH);
			marysReferral[0] = this.referrals
				.refer(marysCase, DemoReferrals.STREET_MEDICINE, Priority.ROUTINE,
						"Has not seen a doctor in two years; will not travel across town alone.", DemoReferrals
							.shared(InformationCategory.HEALTH, "Takes blood pressure medication; ran out last week."),
						false);
			marysLink[0] = this.referrals.link(marysReferral[0]);
		});
		as("worker2", 34, LocalTime.of(9, 0), () -> this.referrals.provider(marysLink[0], "accepted", null, null));
		// declined by the client
		as("worker2", 38, LocalTime.of(11, 30), () -> {
			IntakeView ali = start("Mohammed Ali", housing, "Our landlord is selling the building.");
			ali = this.intakes.saveUrgency(ali.id(), ali.version(), NOTHING_URGENT);
			decide(ali, IntakeDecision.DECLINE, "The family will move in with relatives and did not want services.",
					null);
		});
		// routine: Spanish-speaking older adult; enrolled
		UUID rosasCase = as("worker1", 33, LocalTime.of(11, 15), () -> {
			IntakeView rosa = start("Rosa Martínez", older,
					"Desde que murió mi esposo no salgo de la casa y no entiendo las cartas del seguro.");
			rosa = rapport(rosa, "Spanish", true);
			rosa = screen(rosa, older, LocalDate.of(1955, 12, 24), 1, "14900", "Fulton", "30301");
			rosa = this.intakes.saveUrgency(rosa.id(), rosa.version(), NOTHING_URGENT);
			rosa = document(rosa, "Her pharmacist", "Lives alone; kitchen table covered in unopened mail.");
			return decide(rosa, IntakeDecision.ENROLL, null, null).decision().caseId();
		});
		UUID rosasVisit = as("worker1", 32, LocalTime.of(10, 30), () -> this.notes.sign(rosasCase, DemoNotes
			.contact(ContactMethod.HOME_VISIT, "Her house, Riverside", "Client; Marta Díaz, interpreter (Spanish)",
					"The unopened letters; how she spends her days")
			.quote("No abro las cartas porque no las entiendo.")
			.observed("Home environment: kitchen table covered in unopened mail, about forty envelopes; fridge "
					+ "stocked; photos of her husband in the living room.\nWhat the client did and how they spoke: made "
					+ "coffee for us and sorted the envelopes by sender when asked.")
			.services("Took copies of the insurance and Social Security letters, with her consent.")
			.next("Office visit with the benefits desk", 7)));
		as("worker1", 31, LocalTime.of(9, 0), () -> this.notes.addendum(rosasCase, rosasVisit,
				"The interpreter took part by phone, not in the home.", "Correction"));
		// Rosa's referral to the benefits desk, cancelled when her son stepped in
		UUID rosasReferral = as("worker1", 30, LocalTime.of(14, 0), () -> {
			this.referrals.consent(rosasCase, DemoReferrals.BENEFITS_DESK, "Dana Whitfield (with the interpreter)",
					InformationCategory.GENERAL);
			return this.referrals.refer(rosasCase, DemoReferrals.BENEFITS_DESK, Priority.ROUTINE,
					"Needs help reading the insurance and Social Security letters; Spanish speaker.", List.of(), false);
		});
		as("worker1", 28, LocalTime.of(16, 0), () -> this.referrals.worker(rosasReferral, "cancelled",
				"Her son came from Macon and is going through the letters with her."));
		as("worker1", 28, LocalTime.of(16, 30), () -> this.notes
			.sign(rosasCase, DemoNotes.contact(ContactMethod.COLLATERAL, null, "Jorge Martínez, her son", "The letters")
				.observed("He reported he is staying two weeks and will go through every letter with her; he brought "
						+ "her power of attorney papers.")
				.next("Phone call to Rosa after her son leaves", 14)));
		// referred out: lives outside the program's counties
		as("worker1", 30, LocalTime.of(9, 45), () -> {
			IntakeView aisha = start("Aisha Mohammed", family, "My mother needs help with her medicines.");
			aisha = screen(aisha, family, null, 2, "19000", "DeKalb", "30030");
			aisha = this.intakes.saveUrgency(aisha.id(), aisha.version(), NOTHING_URGENT);
			decide(aisha, IntakeDecision.REFER_OUT, null, "DeKalb County Family Connection, 404-555-0148");
		});
		// waitlisted: eligible, starts after the school term
		as("worker1", 25, LocalTime.of(15, 30), () -> {
			IntakeView lan = start("Thị Lan", family, "I need help finding childcare so I can take a night class.");
			lan = rapport(lan, "Vietnamese", true);
			lan = screen(lan, family, null, 2, "22000", "Fulton", "30307");
			lan = this.intakes.saveUrgency(lan.id(), lan.version(), NOTHING_URGENT);
			lan = document(lan, "Walk-in", "Came with an interpreter from the community center.");
			decide(lan, IntakeDecision.WAITLIST, "Prefers to start in January, after the school term.", null);
		});
		as("worker2", 23, LocalTime.of(17, 0), () -> this.referrals.provider(marysLink[0], "failed",
				"Two home visits, nobody answered the door or the phone.", null));
		// nobody has reached Mary since: her case is past its contact cadence
		as("worker2", 23, LocalTime.of(17, 30),
				() -> this.notes.sign(marysCase, DemoNotes
					.contact(ContactMethod.COLLATERAL, null, "Street medicine van coordinator", "The van's two visits")
					.observed("Reported two home visits this week; nobody answered the door or the phone.")
					.next("Home visit to check on Mary", 2)));
		// urgent: no food in the house; enrolled
		UUID keishasCase = as("worker1", 18, LocalTime.of(10, 0), () -> {
			IntakeView keisha = start("Keisha Brown", family,
					"We ran out of food on Tuesday and the SNAP card was cut off.");
			keisha = rapport(keisha, "English", false);
			keisha = screen(keisha, family, null, 4, "31000", "Fulton", "30310");
			keisha = this.intakes.saveUrgency(keisha.id(), keisha.version(),
					new UrgencyScreen(false, false, false, false, false, true, false, null));
			keisha = document(keisha, "211 helpline", "Three children present, the youngest about two years old.");
			return decide(keisha, IntakeDecision.ENROLL, null, null).decision().caseId();
		});
		as("worker1", 17, LocalTime.of(15, 0), () -> this.notes.sign(keishasCase, DemoNotes
			.contact(ContactMethod.HOME_VISIT, "Her apartment, West End", "Client; her three children",
					"Food for the week; the SNAP letter")
			.quote("The kids ate at school, I had coffee.")
			.observed("Home environment: two bedrooms, the three children share one; the fridge held condiments and "
					+ "half a loaf of bread; cupboards empty.\nShe showed a letter from her physician that says she is "
					+ "depressed; she cried twice while we read the SNAP letter.")
			.services("Emergency grocery card from the office; booked the SNAP recertification appointment.")
			.next("Phone call after the pantry visit", 5),
				"\"Depressed\" is the physician's diagnosis in the letter the client showed me, quoted; not my own "
						+ "assessment."));
		as("worker1", 16, LocalTime.of(14, 15),
				() -> this.assessments.complete(keishasCase,
						with(DemoAssessments.ratings("vulnerable", "stable", "safe", "vulnerable", "stable", "safe",
								"support.family", "Food for the kids every day, and a job with daytime hours."),
								Map.of("basic-needs-food", "serious-concern", "basic-needs-finances", "serious-concern",
										"employment-education-employment", "serious-concern"))));
		// Keisha's plan is still a draft: one goal as vague as it was first said
		as("worker1", 15, LocalTime.of(10, 30), () -> {
			LocalDate today = LocalDate.now(this.clock);
			this.plans.start(keishasCase, "Food for the kids every day, and a job with daytime hours.", null);
			this.plans.goal(keishasCase, new GoalDraft("Food for the kids every day.",
					"Get the SNAP benefits reinstated and shop with them every week", LifeDomains.BASIC_NEEDS,
					new Indicator("days a month the family runs out of food", "days", BigDecimal.valueOf(8),
							BigDecimal.ZERO, Direction.DECREASE),
					"The children went without dinner twice last month.",
					"SNAP reinstates a case once the recertification is in; the food pantry bridges the gap.",
					today.plusDays(45), null, null),
					new StepDraft("Fill in the SNAP recertification form together",
							new Responsible(ResponsibleParty.CASE_WORKER, null, null), today.plusDays(5), null,
							List.of(), List.of()));
			this.plans.goal(keishasCase, new GoalDraft("A place where the kids are not on top of each other.",
					"improve housing", LifeDomains.BASIC_NEEDS, null, null, null, null, null, null));
		});
		// Keisha's referral to a food pantry near home: accepted through the provider's
		// link,
		// attended and completed
		String[] keishasPantry = new String[1];
		as("worker1", 14, LocalTime.of(10, 0), () -> {
			this.referrals.consent(keishasCase, DemoReferrals.WEST_END_PANTRY, "Dana Whitfield",
					InformationCategory.GENERAL, InformationCategory.HEALTH);
			keishasPantry[0] = this.referrals.link(this.referrals.refer(keishasCase, DemoReferrals.WEST_END_PANTRY,
					Priority.URGENT, "Family of four out of food until the SNAP case is reinstated.",
					DemoReferrals.shared(InformationCategory.HEALTH, "The youngest (2) has a peanut allergy."), false));
		});
		as("worker1", 13, LocalTime.of(9, 30), () -> this.referrals.provider(keishasPantry[0], "accepted", null,
				this.referrals.daysAgo(12, LocalTime.of(15, 0))));
		as("worker1", 12, LocalTime.of(16, 30), () -> this.referrals.completed(keishasPantry[0],
				"Two weeks of groceries; signed up for the monthly family box."));
		as("worker1", 12, LocalTime.of(16, 45),
				() -> this.notes.sign(rosasCase,
						DemoNotes
							.contact(ContactMethod.PHONE, null, "Client; Marta Díaz, interpreter (Spanish)",
									"The insurance; the senior center")
							.quote("Jorge arregló lo del seguro. Ya voy al centro los martes.")
							.next("Home visit next month", 21)));
		// urgent: nowhere to sleep tonight; enrolled, then an emergency when the car is
		// towed
		UUID carlosCase = as("worker2", 12, LocalTime.of(17, 5), () -> {
			IntakeView carlos = start("Carlos Hernández", housing,
					"Nos sacaron del apartamento ayer. Dormimos en el carro.");
			carlos = rapport(carlos, "Spanish", true);
			carlos = screen(carlos, housing, null, 2, "21000", "Clayton", "30236");
			carlos = this.intakes.saveUrgency(carlos.id(), carlos.version(),
					new UrgencyScreen(false, false, false, false, true, false, false, null));
			carlos = document(carlos, "Clayton County shelter hotline", "Arrived by car with a partner; both tired.");
			return decide(carlos, IntakeDecision.ENROLL, null, null).decision().caseId();
		});
		// the housing answers contradict the intake (a cousin's couch): flagged for
		// follow-up
		// Carlos's referral to the emergency shelter the same evening: on hold, no family
		// room free
		String[] carlosShelter = new String[1];
		as("worker2", 12, LocalTime.of(17, 40), () -> {
			this.referrals.consent(carlosCase, DemoReferrals.GATEWAY_SHELTER, "Luis Ortega (with the interpreter)",
					InformationCategory.GENERAL, InformationCategory.HEALTH);
			carlosShelter[0] = this.referrals.link(this.referrals.refer(carlosCase, DemoReferrals.GATEWAY_SHELTER,
					Priority.URGENT, "Couple evicted yesterday, sleeping in their car; she is seven months pregnant.",
					DemoReferrals.shared(InformationCategory.HEALTH,
							"Ana is seven months pregnant; prenatal care at " + "Clayton County Health Department."),
					false));
		});
		as("worker2", 12, LocalTime.of(19, 15),
				() -> this.referrals.provider(carlosShelter[0], "accepted", null, null));
		as("worker2", 11, LocalTime.of(10, 0), () -> this.referrals.provider(carlosShelter[0], "on-hold",
				"Family rooms are full; they stay with a cousin until one opens. We will call them.", null));
		as("worker2", 11, LocalTime.of(15, 30), () -> this.notes.sign(carlosCase, DemoNotes
			.contact(ContactMethod.IN_PERSON, "Riverside office", "Client; Ana, his partner; interpreter (Spanish)",
					"The shelter's waiting list; prenatal care; work")
			.quote("Estamos bien donde mi primo, pero solo por unas semanas.")
			.observed("Both arrived on time; Ana showed the prenatal appointment card for the 20th; Carlos showed "
					+ "his warehouse shift schedule.")
			.next("Phone call when a family room opens", 3)));
		as("worker1", 11, LocalTime.of(16, 30),
				() -> this.notes.sign(keishasCase, DemoNotes
					.contact(ContactMethod.PHONE, null, "Client", "The pantry visit; the SNAP recertification form")
					.quote("We got two weeks of groceries, and the kids picked the cereal.")
					.next("Office visit to finish the SNAP form", 6)));
		as("worker2", 10, LocalTime.of(11, 0),
				() -> this.assessments.complete(carlosCase, with(
						DemoAssessments.ratings("stable", "vulnerable", "safe", "vulnerable", "stable", "safe",
								"personal.motivation", "Un lugar propio antes de que nazca el bebé."),
						Map.of("basic-needs-housing", "no-concern", "health-wellness-access", "serious-concern",
								"basic-needs-notes", "\"Estamos bien donde mi primo\" (staying with a cousin)."))));
		// Keisha's referral to the career center: no answer yet, and its provider link
		// still
		// works
		String liveLink = as("worker1", 9, LocalTime.of(14, 0), () -> {
			this.referrals.consent(keishasCase, DemoReferrals.WORKSOURCE, "Dana Whitfield",
					InformationCategory.GENERAL);
			return this.referrals.link(
					this.referrals.refer(keishasCase, DemoReferrals.WORKSOURCE, Priority.ROUTINE,
							"Looking for work with daytime hours; warehouse and retail experience.", DemoReferrals
								.shared(InformationCategory.GENERAL, "Childcare covers 9 am to 3 pm on weekdays."),
							false));
		});
		// Carlos's referral for deposit help: rejected, another service to find
		String[] carlosRent = new String[1];
		as("worker2", 9, LocalTime.of(11, 30), () -> {
			this.referrals.consent(carlosCase, DemoReferrals.CLAYTON_RENT_HELP, "Luis Ortega (with the interpreter)",
					InformationCategory.GENERAL);
			carlosRent[0] = this.referrals
				.link(this.referrals.refer(carlosCase, DemoReferrals.CLAYTON_RENT_HELP, Priority.URGENT,
						"Needs a deposit and first month's rent for a one-bedroom in Riverdale.", List.of(), false));
		});
		as("worker2", 9, LocalTime.of(16, 0), () -> {
			LocalDate today = LocalDate.now(this.clock);
			this.notes.staffing(carlosCase, ContactMethod.VIDEO,
					List.of(new Attendee("Luis Ortega", "Riverside Community Services", "Case worker"),
							new Attendee("Denise Carter", "Clayton County Emergency Shelter", "Shelter coordinator"),
							new Attendee("Amara Nwosu", "Clayton County Health Department", "Prenatal nurse")),
					"Situation presented: evicted, staying with a cousin for a few weeks; Ana is seven months pregnant.\n"
							+ "Each agency's view: the shelter expects a family room within a week; the health "
							+ "department wants a prenatal visit before the move.",
					List.of(new Decision("Hold the next family room for the couple", "Denise Carter",
							today.plusDays(5)),
							new Decision("Find deposit help outside Clayton Rent Help", "Luis Ortega",
									today.plusDays(7)),
							new Decision("Prenatal visit with transport arranged", "Amara Nwosu", today.plusDays(10))));
		});
		as("worker2", 8, LocalTime.of(10, 0), () -> this.referrals.provider(carlosRent[0], "rejected",
				"This month's deposit fund is spent; apply again on the 1st.", null));
		as("supervisor1", 8, LocalTime.of(16, 20), () -> this.cases.transfer(billsCase,
				this.cases.find(billsCase).orElseThrow().version(),
				new TransferCase(luis,
						"Moves to the Southport senior apartments on the 1st; the South team covers Southport.",
						"Fell twice in October: an occupational therapist's home-safety visit is requested from "
								+ "Riverside Senior Center. His daughter calls from Ohio on Sundays. Hard of "
								+ "hearing: face him when you speak.")));
		as("worker2", 7, LocalTime.of(15, 40), () -> this.assessments.change(billsCase, SignificantChange.MOVED,
				"Moved into the Southport senior apartments: ground floor, grab bars, a lunch club."));
		as("worker2", 6, LocalTime.of(11, 0),
				() -> this.notes.sign(billsCase, DemoNotes
					.contact(ContactMethod.IN_PERSON, "Southport senior apartments, community room",
							"Client; Grace Okafor, building manager", "Settling in; the residents' coffee morning")
					.observed("Walked from the elevator to the community room with his cane without stopping; unpacked "
							+ "boxes stood by his open door.")
					.next("Home visit after the reassessment", 7)));
		// the reassessment after the move shows the change
		as("worker2", 5, LocalTime.of(10, 10),
				() -> this.assessments.complete(billsCase, with(
						DemoAssessments.ratings("stable", "stable", "safe", "stable", "thriving", "safe",
								"support.community", "Keeping up the lunch club and my daughter's Sunday calls."),
						Map.of("health-wellness-physical", "some-concern", "social-support-isolation", "no-concern"))));
		as("worker2", 5, LocalTime.of(10, 40),
				() -> this.cases.reprioritize(billsCase, this.cases.find(billsCase).orElseThrow().version(),
						new ChangePriority(Priority.ROUTINE, null,
								"Reassessment after the move: no domain is vulnerable any more.")));
		as("worker1", 5, LocalTime.of(13, 0), () -> this.notes.sign(keishasCase, DemoNotes
			.contact(ContactMethod.IN_PERSON, "Riverside office", "Client", "SNAP recertification; the career center")
			.observed("Brought the pay stubs and the children's birth certificates; we filled in the form together "
					+ "and she signed it.")
			.services("Faxed the SNAP recertification to DFCS.")
			.next("Phone call when DFCS answers", 7)));
		// after the move and the reassessment, the plan's next version, agreed aloud
		as("worker2", 4, LocalTime.of(14, 0), () -> {
			LocalDate today = LocalDate.now(this.clock);
			this.plans.start(billsCase, "Stay in my own home, and not fall again.",
					"Proud of managing on his own since his wife died; his daughter in Ohio wants a say.");
			this.plans.goal(billsCase,
					new GoalDraft("Get to know my new neighbours.",
							"Go to the Southport residents' coffee morning every week", LifeDomains.SOCIAL_SUPPORT,
							new Indicator("coffee mornings attended per month", "mornings", BigDecimal.ZERO,
									BigDecimal.valueOf(4), Direction.INCREASE),
							"He moved on the 1st and knows nobody in the building.",
							"The coffee morning is in his building's lobby.", today.plusDays(60), null, null),
					new StepDraft("Introduce Bill to the residents' association",
							new Responsible(ResponsibleParty.CASE_WORKER, null, null), today.plusDays(7), null,
							List.of(), List.of()));
			this.plans.review(billsCase, today.plusDays(45));
			this.plans.agreeAloud(billsCase, "Grace Okafor (building manager)", "Yes, that is what we talked about.");
		});
		// Bill's referrals after his move: a ride to the clinic whose appointment passed
		// with no
		// attendance recorded, the clinic itself (seen, in progress), and one entered in
		// error
		String[] billsRide = new String[1];
		String[] billsClinic = new String[1];
		as("worker2", 4, LocalTime.of(15, 0), () -> {
			this.referrals.consent(billsCase, DemoReferrals.MEDICAL_RIDES, "Luis Ortega", InformationCategory.GENERAL,
					InformationCategory.HEALTH);
			this.referrals.consent(billsCase, DemoReferrals.DECATUR_CLINIC, "Luis Ortega", InformationCategory.GENERAL,
					InformationCategory.HEALTH);
			billsRide[0] = this.referrals.link(this.referrals.refer(billsCase, DemoReferrals.MEDICAL_RIDES,
					Priority.ROUTINE, "Rides to the clinic and to physical therapy; no longer drives.",
					DemoReferrals.shared(InformationCategory.HEALTH, "Walks with a cane; cannot manage bus steps."),
					false));
			billsClinic[0] = this.referrals.link(this.referrals.refer(billsCase, DemoReferrals.DECATUR_CLINIC,
					Priority.ROUTINE, "Fall-risk assessment and physical therapy after two falls.", DemoReferrals
						.shared(InformationCategory.HEALTH, "Two falls last month; bruising on the left forearm."),
					false));
			UUID wrong = this.referrals.refer(billsCase, DemoReferrals.PEER_CENTER, Priority.ROUTINE,
					"Company during the week.", List.of(), true);
			this.referrals.worker(wrong, "entered-in-error",
					"Chose the wrong service from the list: meant the senior " + "center.");
		});
		as("worker2", 3, LocalTime.of(8, 45), () -> {
			this.referrals.provider(billsRide[0], "accepted", null, this.referrals.daysAgo(2, LocalTime.of(14, 30)));
			this.referrals.provider(billsClinic[0], "accepted", null, this.referrals.daysAgo(2, LocalTime.of(15, 0)));
		});
		as("worker2", 2, LocalTime.of(17, 0), () -> {
			this.referrals.providerAttended(billsClinic[0], "Seen by the nurse practitioner; PT twice a week.");
			this.referrals.provider(billsClinic[0], "in-progress", null, null);
		});
		as("worker2", 3, LocalTime.of(9, 25),
				() -> this.cases.reprioritize(carlosCase, this.cases.find(carlosCase).orElseThrow().version(),
						new ChangePriority(Priority.EMERGENCY, null,
								"The car was towed on Saturday: the couple slept outdoors in freezing weather and his "
										+ "partner is seven months pregnant.")));
		as("worker2", 3, LocalTime.of(10, 0), () -> this.notes
			.sign(carlosCase, DemoNotes.contact(ContactMethod.PHONE, null, "Client", "The car towed; where they slept")
				.quote("Dormimos en el parque anoche. Hacía mucho frío.")
				.observed("Called from a gas station phone; wind audible on the line; said Ana had not eaten since the "
						+ "morning before.")
				.services("Called the Gateway shelter for an emergency bed; arranged a cold-weather bus pass.")
				.next("Meet at the shelter tomorrow morning", 1)));
		// Bill's call of the day before, written up late
		as("worker2", 2, LocalTime.of(11, 0), () -> this.notes.sign(billsCase,
				DemoNotes.contact(ContactMethod.PHONE, null, "Client", "The clinic appointment; the ride service")
					.quote("The van driver was kind, he waited for me.")
					.next("Home visit next week", 6)
					.happened(Duration.ofHours(28))));
		// the month of his lunch-club start, summarised once it was over
		YearMonth billsMonth = YearMonth.from(LocalDate.now(this.clock).minusDays(30));
		int summaryDay = Math.max(0, this.notes.daysAgo(billsMonth.plusMonths(1).atDay(1)));
		as(summaryDay >= 8 ? "worker1" : "worker2", summaryDay, LocalTime.of(18, 0),
				() -> this.notes.monthlySummary(billsCase, billsMonth));
		// an emergency: domestic violence and nowhere safe tonight; enrolled at once, and
		// a Spanish-speaking colleague of the South team joins the care team the next day
		UUID mariasCase = as("worker1", 2, LocalTime.of(9, 10), () -> {
			IntakeView maria = start("Maria Lopez", housing, "My husband's brother moved in and he is violent."
					+ " The landlord says we have to leave by the 30th and I have nowhere to take the kids.");
			maria = rapport(maria, "Spanish", true);
			maria = this.intakes.savePresentingIssue(maria.id(), maria.version(), new PresentingIssue(
					maria.presentingIssue().whyNow(), "A safe place for me and the children, and to keep my job.",
					"Eviction notice for the 30th; reports threats from a relative living in the home. Two children,"
							+ " 9 and 14.",
					true));
			maria = screen(maria, housing, LocalDate.of(1984, 3, 2), 3, "24500", "Fulton", "30301");
			maria = this.intakes.saveUrgency(maria.id(), maria.version(),
					new UrgencyScreen(false, false, true, false, true, false, false, null));
			maria = document(maria, "Riverside Elementary school counselor",
					"Arrived with both children; spoke quietly and looked at the door when it opened.");
			return decide(maria, IntakeDecision.ENROLL, null, null).decision().caseId();
		});
		// the intake meeting's note, started and never finished
		as("worker1", 2, LocalTime.of(12, 40), () -> this.notes.draft(mariasCase, DemoNotes
			.contact(ContactMethod.IN_PERSON, "Riverside office", "Client; her two children (9 and 14)",
					"Safety tonight; the eviction notice")
			.observed("Spoke quietly and looked at the door when it opened; the children sat with headphones on.")));
		as("worker1", 1, LocalTime.of(8, 40),
				() -> this.cases.addTeamMember(mariasCase, this.cases.find(mariasCase).orElseThrow().version(),
						new AddTeamMember(luis, CareTeamRole.SECONDARY_WORKER)));
		// the urgent sections first: safety and basic needs, the rest at the next contact
		as("worker1", 1, LocalTime.of(11, 0), () -> this.assessments.draft(mariasCase, Map.of("safety-rating",
				"in-crisis", "safety-domestic-violence", "serious-concern", "safety-plan", false, "safety-plan-next",
				"Shelter intake call with Maria today at 3 pm (Dana); school counselor informed of pickup plan.",
				"safety-crisis", "Threats from her husband's brother, who lives in the home.", "basic-needs-rating",
				"in-crisis", "basic-needs-housing", "serious-concern", "basic-needs-crisis",
				"Eviction on the 30th; emergency shelter for three requested.")));
		// Maria's referral to the shelter waits as a draft for her consent to share
		as("worker1", 1, LocalTime.of(11, 30),
				() -> this.referrals.refer(mariasCase, DemoReferrals.SAFE_HAVEN_SHELTER, Priority.EMERGENCY,
						"Mother and two children (9 and 14) need a safe place tonight.",
						DemoReferrals.shared(InformationCategory.DOMESTIC_VIOLENCE,
								"Threats from a relative living in the home; he does not know about the referral."),
						true));
		// the call started twice on the phone; the second draft is voided, not deleted
		as("worker1", 1, LocalTime.of(15, 30), () -> this.notes.sign(mariasCase,
				DemoNotes.contact(ContactMethod.PHONE, null, "Client; Safe Haven intake worker", "The shelter intake")
					.quote("They have a room for us from tomorrow.")
					.next("Meet at the shelter tomorrow at 10", 1)));
		as("worker1", 1, LocalTime.of(15, 40),
				() -> this.notes.voidDraft(
						this.notes.draft(mariasCase,
								DemoNotes.contact(ContactMethod.PHONE, null, "Client", "The shelter intake")),
						"Started twice by mistake: the call is in the signed note of 15:30."));
		// in progress: screening done, the urgency screen not yet
		as("worker2", 1, LocalTime.of(15, 0), () -> {
			IntakeView patricia = start("Patricia Williams", family, "My grandson is living with me now.");
			screen(patricia, family, null, 2, "28000", "Clayton", "30236");
		});
		// in progress: the worker was called away after the first sections
		as("worker1", 0, LocalTime.of(8, 30), () -> {
			IntakeView tyrone = start("Tyrone Jackson", housing, "Two months behind on rent since my hours were cut.");
			rapport(tyrone, "English", false);
		});
		this.referrals.finish(liveLink);
		log.info("Demo intakes created over the last 60 days: enrolled, waitlisted, referred out, ineligible, "
				+ "declined and in progress; a transfer, a care-team member, a raised priority, and assessments (a "
				+ "reassessment after a move, a discrepancy with the intake, a draft), and care plans (a signed "
				+ "plan with progress superseded by one agreed aloud, a draft with warnings), and contact notes (a late "
				+ "entry, an addendum, a kept judgment warning, a staffing, a monthly summary, a draft left unsigned, a draft voided)");
	}

	/**
	 * A demo client's intake, run to enrollment by the worker on the day it happened (a
	 * routine walk-in from Riverside); the new case's id.
	 */
	UUID enrolled(String user, int daysAgo, String name, ProgramView program, int household, String income,
			String whyNow) {
		return as(user, daysAgo, LocalTime.of(10, 0), () -> {
			IntakeView intake = start(name, program, whyNow);
			intake = rapport(intake, "English", false);
			intake = screen(intake, program, null, household, income, "Fulton", "30303");
			intake = this.intakes.saveUrgency(intake.id(), intake.version(), NOTHING_URGENT);
			intake = document(intake, "Walk-in", "Came with the papers ready; clear about what they need.");
			return decide(intake, IntakeDecision.ENROLL, null, null).decision().caseId();
		});
	}

	/** The answers, with more answers beside them. */
	private static Map<String, Object> with(Map<String, Object> answers, Map<String, Object> more) {
		Map<String, Object> all = new LinkedHashMap<>(answers);
		all.putAll(more);
		return all;
	}

	/** A step of a demo story, by a demo user, on the day it happened. */
	private <T> T as(String user, int daysAgo, LocalTime time, Supplier<T> step) {
		return this.users.runAs(user, () -> this.clock.at(daysAgo, time, step));
	}

	private void as(String user, int daysAgo, LocalTime time, Runnable step) {
		as(user, daysAgo, time, () -> {
			step.run();
			return null;
		});
	}

	private IntakeView start(String name, ProgramView program, String whyNow) {
		UUID client = find(name);
		return this.intakes.start(new StartIntake(client, program.id(), whyNow));
	}

	private UUID find(String name) {
		return this.clients.search(name, null, PageRequest.of(0, 5))
			.items()
			.stream()
			.filter(hit -> name.endsWith(hit.lastName()))
			.findFirst()
			.map(ClientHit::id)
			.orElseThrow(() -> new IllegalStateException("No demo client " + name));
	}

	private IntakeView rapport(IntakeView intake, String language, boolean interpreter) {
		return this.intakes.saveRapport(intake.id(), intake.version(),
				new Rapport(true, intake.workerName(), LocalDate.now(this.clock), language, interpreter));
	}

	private IntakeView screen(IntakeView intake, ProgramView program, LocalDate dob, int household, String income,
			String county, String zip) {
		LocalDate born = dob != null ? dob
				: this.clients.summary(intake.clientId()).map(ClientSummary::dateOfBirth).orElse(null);
		Map<String, Boolean> answers = new HashMap<>();
		for (EligibilityRule rule : program.rules()) {
			if (rule.kind() == RuleKind.YES_NO) {
				answers.put(rule.key(), true);
			}
		}
		return this.intakes.saveScreening(intake.id(), intake.version(),
				new Screening(born, household, new BigDecimal(income), county, zip, answers));
	}

	private IntakeView document(IntakeView intake, String referralSource, String impressions) {
		return this.intakes.saveDocumentation(intake.id(), intake.version(),
				new InitialDocumentation(referralSource, true, impressions));
	}

	private IntakeView decide(IntakeView intake, IntakeDecision decision, String reason, String referredTo) {
		return this.intakes.decide(intake.id(), (long) intake.version(),
				new DecisionInput(decision, reason, referredTo, null));
	}

}
