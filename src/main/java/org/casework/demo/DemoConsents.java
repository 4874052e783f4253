package org.casework.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.casework.clients.ClientHit;
import org.casework.clients.ClientRegistry;
import org.casework.consents.AgreementMethod;
import org.casework.consents.ConsentAgreement;
import org.casework.consents.ConsentView;
import org.casework.consents.Consents;
import org.casework.consents.ExpiryEvent;
import org.casework.consents.ExpiryEventKind;
import org.casework.consents.InformationCategory;
import org.casework.consents.NewConsent;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.consents.Revocation;
import org.casework.consents.RevocationChannel;
import org.casework.consents.Sharing;
import org.casework.identity.AgencySummary;
import org.casework.identity.Organisation;
import org.casework.identity.UserContext;
import org.casework.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The demo clients' releases of information, recorded through {@link Consents} on the day
 * they were given: Maria's consent to share general and health information with a partner
 * health center, Rosa's 42 CFR Part 2 consent for her alcohol use screening, and two of
 * Keisha's that have ended (one revoked, one expired); and disclosures made under them,
 * one with substance use information withheld for want of a consent that names it.
 */
@Component
class DemoConsents {

	private static final Logger log = LoggerFactory.getLogger(DemoConsents.class);

	static final String PARTNER = "Westside Family Health Center";

	private final Consents consents;

	private final Sharing sharing;

	private final ClientRegistry clients;

	private final Organisation organisation;

	private final UserContext users;

	private final DemoClock clock;

	DemoConsents(Consents consents, Sharing sharing, ClientRegistry clients, Organisation organisation,
			UserContext users, ObjectProvider<DemoClock> clock) {
		this.consents = consents;
		this.sharing = sharing;
		this.clients = clients;
		this.organisation = organisation;
		this.users = users;
		this.clock = clock.getIfAvailable(() -> new DemoClock(Clock.systemUTC()));
	}

	void seed() {
		AgencySummary partner = this.users.runAs("admin",
				() -> this.organisation.agencies()
					.stream()
					.filter(a -> a.name().equals(PARTNER))
					.findFirst()
					.orElseGet(() -> this.organisation.createAgency(PARTNER)));
		Recipient westside = new Recipient(RecipientKind.AGENCY, partner.id(), partner.name());

		// Maria: her health and the family's situation may go to the partner health
		// center
		UUID maria = find("worker1", "Maria Lopez");
		as("worker1", 1, LocalTime.of(14, 30), () -> {
			LocalDate today = today();
			return this.consents.record(maria,
					new NewConsent(westside, EnumSet.of(InformationCategory.GENERAL, InformationCategory.HEALTH),
							"A check-up for Maria and the children at the health center while they are in the shelter",
							null, null, null, today, today.plusYears(1), null,
							new ConsentAgreement(AgreementMethod.SIGNATURE, DemoCarePlans.signature(), null, today),
							true));
		});
		as("worker1", 1, LocalTime.of(15, 10),
				() -> this.sharing.disclose(maria, westside,
						EnumSet.of(InformationCategory.GENERAL, InformationCategory.HEALTH,
								InformationCategory.DOMESTIC_VIOLENCE),
						"Referral for a check-up",
						"Contact details, the children's ages, Maria's blood pressure readings", null));

		// Rosa: her alcohol use screening and group attendance, under 42 CFR Part 2
		UUID rosa = find("worker1", "Rosa Martínez");
		as("worker1", 20, LocalTime.of(10, 45), () -> {
			LocalDate today = today();
			return this.consents.record(rosa, new NewConsent(westside,
					EnumSet.of(InformationCategory.SUBSTANCE_USE, InformationCategory.MENTAL_HEALTH),
					"So that her doctor at the health center can follow her drinking and her low mood with her",
					"The alcohol use screening result and attendance at the recovery group; no counseling notes",
					"Riverside Community Services, Older Adults Outreach", "Rosa María Martínez", today,
					today.plusMonths(6), null,
					new ConsentAgreement(AgreementMethod.SIGNATURE, DemoCarePlans.signature(), null, today), true));
		});
		as("worker1", 19, LocalTime.of(9, 30),
				() -> this.sharing.disclose(rosa, westside,
						EnumSet.of(InformationCategory.SUBSTANCE_USE, InformationCategory.MENTAL_HEALTH),
						"Coordinating her care with her doctor",
						"Screening result (AUDIT-C 6) and two recovery group sessions attended", null));

		// Keisha: her brother could once speak for her, until she revoked it in writing;
		// the school counselor's consent ran out
		UUID keisha = find("worker1", "Keisha Brown");
		Recipient brother = new Recipient(RecipientKind.PERSON, null, "Marcus Brown");
		ConsentView toBrother = as("worker1", 17, LocalTime.of(11, 0),
				() -> this.consents.record(keisha, new NewConsent(brother, EnumSet.of(InformationCategory.GENERAL),
						"Marcus may call about the SNAP case", null, null, null, null, null,
						new ExpiryEvent(ExpiryEventKind.CASE_CLOSURE, "The closure of Keisha's case", null),
						new ConsentAgreement(AgreementMethod.VERBAL, null, "Tamika Reed (front desk)", null), true)));
		as("worker1", 5, LocalTime.of(16, 20), () -> this.consents.revoke(keisha, toBrother.id(), toBrother.version(),
				new Revocation(null, RevocationChannel.IN_WRITING, "Letter handed in at the front desk")));
		as("worker1", 17, LocalTime.of(11, 20), () -> {
			LocalDate today = today();
			return this.consents.record(keisha,
					new NewConsent(new Recipient(RecipientKind.PERSON, null, "Janet Daniels (school counselor)"),
							EnumSet.of(InformationCategory.GENERAL),
							"Free school meals for the three children while the SNAP card is cut off", null, null, null,
							today, today.plusDays(9), null,
							new ConsentAgreement(AgreementMethod.SIGNATURE, DemoCarePlans.signature(), null, today),
							true));
		});
		log.info("Demo consents: an active one, a 42 CFR Part 2 one, a revoked and an expired one, and disclosures");
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private UUID find(String worker, String name) {
		return this.users.runAs(worker,
				() -> this.clients.search(name, null, PageRequest.of(0, 5))
					.items()
					.stream()
					.filter(hit -> name.endsWith(hit.lastName()))
					.findFirst()
					.map(ClientHit::id)
					.orElseThrow(() -> new IllegalStateException("No demo client " + name)));
	}

	private <T> T as(String user, int daysAgo, LocalTime time, Supplier<T> step) {
		return this.users.runAs(user, () -> this.clock.at(daysAgo, time, step));
	}

}
