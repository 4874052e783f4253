package org.casework.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.casework.cases.CaseManagement;
import org.casework.consents.AgreementMethod;
import org.casework.consents.ConsentAgreement;
import org.casework.consents.Consents;
import org.casework.consents.InformationCategory;
import org.casework.consents.NewConsent;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.directory.Directory;
import org.casework.directory.DirectoryService;
import org.casework.referrals.Attendance;
import org.casework.referrals.IssuedLink;
import org.casework.referrals.NewReferral;
import org.casework.referrals.ProviderLinks;
import org.casework.referrals.ReferralFollowUps;
import org.casework.referrals.Referrals;
import org.casework.referrals.SharedItem;
import org.casework.referrals.StatusChange;
import org.casework.shared.Priority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The demo referrals, made by the demo workers under the clients' consents to services of
 * the demo directory and answered by the providers through their links, on the days of
 * the demo stories: one in every status of the referral lifecycle, two of them stalled,
 * and a provider link that still works (its address is logged at startup).
 */
@Component
class DemoReferrals {

	private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

	// services of the demo directory (directory/demo-directory.json)
	static final UUID WEST_END_PANTRY = UUID.fromString("0869beb8-357d-5bd6-9f2b-b0e2b6c64425");

	static final UUID WORKSOURCE = UUID.fromString("95a1b3a8-b5a4-5c9d-b667-040a3d8397dd");

	static final UUID GATEWAY_SHELTER = UUID.fromString("30da91f2-a0c7-59fb-bbce-98930f513799");

	static final UUID CLAYTON_RENT_HELP = UUID.fromString("637c8277-ae11-595c-8145-8fc1952ee283");

	static final UUID MEDICAL_RIDES = UUID.fromString("e41932f2-e2d1-59b9-aae5-2eea13d3669b");

	static final UUID DECATUR_CLINIC = UUID.fromString("bde456f3-0776-5441-a4a9-4ee22ac83a61");

	static final UUID PEER_CENTER = UUID.fromString("1f4db3cc-d80b-5403-8075-b26f85d4196d");

	static final UUID BENEFITS_DESK = UUID.fromString("1fd2a8ff-7c09-576c-b911-be1f0cb0cf35");

	static final UUID STREET_MEDICINE = UUID.fromString("4c324a07-16ab-55e1-bedd-21f261e80d54");

	static final UUID SAFE_HAVEN_SHELTER = UUID.fromString("c33f3c0e-3916-589d-b5b5-52dec87173d3");

	private final Referrals referrals;

	private final ProviderLinks links;

	private final ReferralFollowUps followUps;

	private final Consents consents;

	private final Directory directory;

	private final CaseManagement cases;

	private final DemoClock clock;

	DemoReferrals(Referrals referrals, ProviderLinks links, ReferralFollowUps followUps, Consents consents,
			Directory directory, CaseManagement cases, ObjectProvider<DemoClock> clock) {
		this.referrals = referrals;
		this.links = links;
		this.followUps = followUps;
		this.consents = consents;
		this.directory = directory;
		this.cases = cases;
		this.clock = clock.getIfAvailable(() -> new DemoClock(Clock.systemUTC()));
	}

	/**
	 * The client's verbal consent, witnessed, for the service's organization to receive
	 * these categories for a year.
	 */
	void consent(UUID caseId, UUID serviceId, String witness, InformationCategory... categories) {
		DirectoryService service = service(serviceId);
		LocalDate today = LocalDate.now(this.clock);
		this.consents.record(clientOf(caseId), new NewConsent(
				new Recipient(RecipientKind.ORGANIZATION, service.organizationId(), service.organizationName()),
				EnumSet.of(categories[0], categories), "Referral to " + service.name(), null, null, null, today,
				today.plusYears(1), null, new ConsentAgreement(AgreementMethod.VERBAL, null, witness, today), true));
	}

	/** A referral made (and sent unless {@code draft}) by the signed-in worker. */
	UUID refer(UUID caseId, UUID serviceId, Priority urgency, String reason, List<SharedItem> shared, boolean draft) {
		return this.referrals
			.create(new NewReferral(caseId, serviceId, null, reason, urgency, shared, null, null,
					draft ? "draft" : "requested"))
			.id();
	}

	/** The provider's link, issued by the signed-in worker; its token. */
	String link(UUID referralId) {
		IssuedLink link = this.links.issue(referralId);
		return link.path().substring(ProviderLinks.PATH.length());
	}

	/** The provider moves the referral on through its link. */
	void provider(String token, String status, String reason, Instant appointment) {
		this.links.changeStatus(token, new StatusChange(status, reason, null, null, null, appointment));
	}

	/** The provider completes the referral through its link. */
	void completed(String token, String outcome) {
		this.links.changeStatus(token, new StatusChange("completed", null, true, true, outcome, null));
	}

	/** The provider records that the client came. */
	void providerAttended(String token, String note) {
		this.links.recordAttendance(token, new Attendance(true, note));
	}

	/** The worker moves the referral on. */
	void worker(UUID referralId, String status, String reason) {
		this.referrals.changeStatus(referralId, null, StatusChange.to(status, reason));
	}

	/** A moment some days ago at a time of day (UTC), for appointments. */
	Instant daysAgo(int days, LocalTime time) {
		return LocalDate.now(Clock.systemUTC()).minusDays(days).atTime(time).toInstant(ZoneOffset.UTC);
	}

	/**
	 * After the stories: the follow-ups that are due now are raised, and the provider
	 * link that still works is logged for a newcomer to open.
	 */
	void finish(String liveToken) {
		int raised = this.followUps.evaluate(Clock.systemUTC().instant());
		log.info("Demo referrals created in every status; {} follow-ups raised for stalled referrals. A provider's "
				+ "view of a referral: http://localhost:8080{}{}", raised, ProviderLinks.PATH, liveToken);
	}

	private DirectoryService service(UUID id) {
		return this.directory.service(id)
			.orElseThrow(() -> new IllegalStateException("The demo directory has no service " + id));
	}

	private UUID clientOf(UUID caseId) {
		return this.cases.find(caseId).orElseThrow().clientId();
	}

	/** Items shared under a category. */
	static List<SharedItem> shared(InformationCategory category, String text) {
		return List.of(new SharedItem(category, text));
	}

}
