package org.casework.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.casework.clients.ClientHit;
import org.casework.clients.ClientRegistry;
import org.casework.clients.ClientSummary;
import org.casework.identity.UserContext;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Intakes of the demo clients in every state, run by the demo workers through
 * {@link IntakeManagement} like any other: enrolled at each priority in both teams (which
 * opens their cases), one emergency with its crisis banner and supervisor alert, drafts
 * in progress, a waitlist, a referral out, an ineligible screening and a decline.
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

	DemoIntakes(IntakeManagement intakes, ClientRegistry clients, DemoPrograms programs, UserContext users) {
		this.intakes = intakes;
		this.clients = clients;
		this.programs = programs;
		this.users = users;
	}

	void seed() {
		ProgramView housing = this.programs.program(DemoPrograms.HOUSING_STABILITY);
		ProgramView family = this.programs.program(DemoPrograms.FAMILY_SUPPORT);
		ProgramView older = this.programs.program(DemoPrograms.OLDER_ADULTS_OUTREACH);
		this.users.runAs("worker1", () -> {
			// an emergency: domestic violence and nowhere safe tonight; enrolled at once
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
			decide(maria, IntakeDecision.ENROLL, null, null);

			// urgent: no food in the house; enrolled
			IntakeView keisha = start("Keisha Brown", family,
					"We ran out of food on Tuesday and the SNAP card was cut off.");
			keisha = rapport(keisha, "English", false);
			keisha = screen(keisha, family, null, 4, "31000", "Fulton", "30310");
			keisha = this.intakes.saveUrgency(keisha.id(), keisha.version(),
					new UrgencyScreen(false, false, false, false, false, true, false, null));
			keisha = document(keisha, "211 helpline", "Three children present, the youngest about two years old.");
			decide(keisha, IntakeDecision.ENROLL, null, null);

			// routine: an older adult living alone; enrolled
			IntakeView bill = start("William Harris", older, "I fell twice this month and my daughter lives in Ohio.");
			bill = rapport(bill, "English", false);
			bill = screen(bill, older, LocalDate.of(1957, 6, 8), 1, "18200", "Fulton", "30303");
			bill = this.intakes.saveUrgency(bill.id(), bill.version(), NOTHING_URGENT);
			bill = document(bill, "Riverside Senior Center", "Walks with a cane; bruise on the left forearm.");
			decide(bill, IntakeDecision.ENROLL, null, null);

			// waitlisted: eligible, starts after the school term
			IntakeView lan = start("Thị Lan", family, "I need help finding childcare so I can take a night class.");
			lan = rapport(lan, "Vietnamese", true);
			lan = screen(lan, family, null, 2, "22000", "Fulton", "30307");
			lan = this.intakes.saveUrgency(lan.id(), lan.version(), NOTHING_URGENT);
			lan = document(lan, "Walk-in", "Came with an interpreter from the community center.");
			decide(lan, IntakeDecision.WAITLIST, "Prefers to start in January, after the school term.", null);

			// referred out: lives outside the program's counties
			IntakeView aisha = start("Aisha Mohammed", family, "My mother needs help with her medicines.");
			aisha = screen(aisha, family, null, 2, "19000", "DeKalb", "30030");
			aisha = this.intakes.saveUrgency(aisha.id(), aisha.version(), NOTHING_URGENT);
			decide(aisha, IntakeDecision.REFER_OUT, null, "DeKalb County Family Connection, 404-555-0148");

			// not eligible: income above the limit
			IntakeView peggy = start("Margaret O'Neill", housing,
					"The rent went up again and I worry about next year.");
			peggy = screen(peggy, housing, LocalDate.of(1949, 2, 21), 2, "96000", "Fulton", "30305");
			peggy = this.intakes.saveUrgency(peggy.id(), peggy.version(), NOTHING_URGENT);
			decide(peggy, IntakeDecision.INELIGIBLE,
					"Household income is above 200% of the guideline; gave the number of the tenants' rights hotline.",
					null);

			// in progress: the worker was called away after the first sections
			IntakeView tyrone = start("Tyrone Jackson", housing, "Two months behind on rent since my hours were cut.");
			rapport(tyrone, "English", false);
			return null;
		});
		this.users.runAs("worker2", () -> {
			// urgent: nowhere to sleep tonight; enrolled
			IntakeView carlos = start("Carlos Hernández", housing,
					"Nos sacaron del apartamento ayer. Dormimos en el carro.");
			carlos = rapport(carlos, "Spanish", true);
			carlos = screen(carlos, housing, null, 2, "21000", "Clayton", "30236");
			carlos = this.intakes.saveUrgency(carlos.id(), carlos.version(),
					new UrgencyScreen(false, false, false, false, true, false, false, null));
			carlos = document(carlos, "Clayton County shelter hotline", "Arrived by car with a partner; both tired.");
			decide(carlos, IntakeDecision.ENROLL, null, null);

			// routine; enrolled
			IntakeView mary = start("Mary Johnson", older, "I would like someone to check on me now and then.");
			mary = rapport(mary, "English", false);
			mary = screen(mary, older, LocalDate.of(1966, 10, 3), 1, "16800", "Fulton", "30311");
			mary = this.intakes.saveUrgency(mary.id(), mary.version(), NOTHING_URGENT);
			mary = document(mary, "Her physician's office", "Lives alone in a second-floor apartment.");
			decide(mary, IntakeDecision.ENROLL, null, null);

			// declined by the client
			IntakeView ali = start("Mohammed Ali", housing, "Our landlord is selling the building.");
			ali = this.intakes.saveUrgency(ali.id(), ali.version(), NOTHING_URGENT);
			decide(ali, IntakeDecision.DECLINE, "The family will move in with relatives and did not want services.",
					null);

			// in progress: screening done, the urgency screen not yet
			IntakeView patricia = start("Patricia Williams", family, "My grandson is living with me now.");
			screen(patricia, family, null, 2, "28000", "Clayton", "30236");
			return null;
		});
		log.info("Demo intakes created: enrolled, waitlisted, referred out, ineligible, declined and in progress");
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
				new Rapport(true, intake.workerName(), LocalDate.now(), language, interpreter));
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
