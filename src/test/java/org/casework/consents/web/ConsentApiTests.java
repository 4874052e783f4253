package org.casework.consents.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.casework.audit.AuditTrail;
import org.casework.audit.Disclosure;
import org.casework.audit.DisclosureAccounting;
import org.casework.cases.CaseTestData;
import org.casework.consents.AgreementMethod;
import org.casework.consents.ConsentAgreement;
import org.casework.consents.ConsentFixtures;
import org.casework.consents.ConsentRecorded;
import org.casework.consents.ConsentRevoked;
import org.casework.consents.Consents;
import org.casework.consents.ExpiryEvent;
import org.casework.consents.ExpiryEventKind;
import org.casework.consents.InformationCategory;
import org.casework.consents.NewConsent;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.consents.Sharing;
import org.casework.consents.SharingDecision;
import org.casework.identity.Organisation;
import org.casework.identity.UserContext;
import org.casework.shared.PageRequest;
import org.casework.support.Api;
import org.casework.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A worker records a client's releases of information through the API, the client revokes
 * one, another expires as the days pass; the one sharing decision withholds what no
 * active consent for the recipient covers, and every disclosure is in the client's
 * accounting. Refusals name the field; a client out of scope answers 404.
 */
@ApiTest
@RecordApplicationEvents
class ConsentApiTests {

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserContext users;

	@Autowired
	Sharing sharing;

	@Autowired
	Consents consents;

	@Autowired
	DisclosureAccounting accounting;

	@Autowired
	Organisation organisation;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	/** The application's clock (the demo clock in tests), moved on as the days pass. */
	@MockitoSpyBean(name = "demoClock")
	Clock clock;

	Duration passed = Duration.ZERO;

	UUID client;

	Recipient agency;

	@BeforeEach
	void aClientOfWorker1() {
		this.client = new CaseTestData(this.context).client("worker1", "Maria", "Lopez");
		var riverside = this.users.runAs("worker1", () -> this.organisation.agencies().get(0));
		this.agency = new Recipient(RecipientKind.AGENCY, riverside.id(), riverside.name());
		doAnswer(call -> Instant.now(Clock.systemUTC()).plus(this.passed)).when(this.clock).instant();
	}

	LocalDate today() {
		return LocalDate.now(Clock.offset(Clock.systemUTC(), this.passed));
	}

	void daysPass(int days) {
		this.passed = this.passed.plusDays(days);
	}

	@Test
	void aWorkerRecordsAConsentAndReadsItBack() throws Exception {
		MvcResult created = worker1()
			.post("/api/v1/clients/{id}/consents",
					"""
							{"recipient": {"kind": "AGENCY", "organizationId": "%s"},
							 "categories": ["GENERAL", "HEALTH"], "purpose": "Coordinating housing and health care",
							 "expiresOn": "%s",
							 "agreement": {"method": "SIGNATURE", "signaturePng": "%s"},
							 "rightToRevokeAcknowledged": true}""".formatted(this.agency.organizationId(),
							today().plusYears(1), ConsentFixtures.signature()),
					this.client)
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.recipient.name").value(this.agency.name()))
			.andExpect(jsonPath("$.categories", containsInAnyOrder("GENERAL", "HEALTH")))
			.andExpect(jsonPath("$.patientName").value("Maria Lopez"))
			.andExpect(jsonPath("$.effectiveOn").value(today().toString()))
			.andExpect(jsonPath("$.agreement.signed").value(true))
			.andExpect(jsonPath("$.revocationStatement", containsString("revoke this consent at any time")))
			.andExpect(jsonPath("$.part2").value(false))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		assertThat(location).startsWith("/api/v1/clients/" + this.client + "/consents/");

		worker1().get(location).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""));
		worker1().get(location + "/signature").andExpect(status().isOk());
		worker1().get("/api/v1/clients/{id}/consents", this.client)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].status").value("ACTIVE"));
		assertThat(this.events.stream(ConsentRecorded.class)).anyMatch(e -> e.clientId().equals(this.client));
	}

	@Test
	void aConsentWithoutRecipientCategoryOrExpiryIsRefusedNamingEachAndNothingIsRecorded() throws Exception {
		worker1().post("/api/v1/clients/{id}/consents", """
				{"categories": [], "purpose": "Housing",
				 "agreement": {"method": "VERBAL", "witnessName": "Rosa Reyes"},
				 "rightToRevokeAcknowledged": true}""", this.client)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("recipient", "categories", "expiresOn")));
		worker1().post("/api/v1/clients/{id}/consents", """
				{"recipient": {"kind": "PERSON", "name": "Rosa Reyes"}, "categories": ["GENERAL"], "purpose": "Housing",
				 "expiryEvent": {"kind": "END_OF_REFERRAL"},
				 "agreement": {"method": "VERBAL"}}""", this.client)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("expiryEvent.description",
					"agreement.witnessName", "rightToRevokeAcknowledged")));
		worker1().get("/api/v1/clients/{id}/consents", this.client).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aSubstanceUseConsentMissingAnElementOf2_31IsRefusedNamingTheField() throws Exception {
		worker1().post("/api/v1/clients/{id}/consents", """
				{"recipient": {"kind": "PERSON", "name": "Dr. Ana Ruiz"}, "categories": ["SUBSTANCE_USE"],
				 "purpose": "Coordinating treatment", "patientName": "Maria Lopez",
				 "informationDescription": "Dates of treatment", "expiresOn": "%s",
				 "agreement": {"method": "VERBAL", "witnessName": "Rosa Reyes"},
				 "rightToRevokeAcknowledged": true}""".formatted(today().plusMonths(6)), this.client)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("disclosingProgram", "agreement.method")));

		worker1()
			.post("/api/v1/clients/{id}/consents", json(ConsentFixtures.substanceUse(this.agency, today())),
					this.client)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.part2").value(true))
			.andExpect(jsonPath("$.redisclosureNotice",
					containsString("protected by Federal confidentiality rules (42 CFR part 2)")))
			.andExpect(jsonPath("$.revocationStatement", containsString("acted in reliance")));
	}

	@Test
	void revokingTwiceIsRefusedAndARevocationBeforeTheConsentTookEffectToo() throws Exception {
		String location = worker1()
			.post("/api/v1/clients/{id}/consents", json(ConsentFixtures.generalAndHealth(this.agency, today())),
					this.client)
			.andReturn()
			.getResponse()
			.getHeader("Location");
		worker1().post(location + "/actions/revoke", "{\"receivedHow\": \"IN_WRITING\"}")
			.andExpect(status().isPreconditionRequired());
		worker1()
			.postIfMatch(location + "/actions/revoke", "\"0\"",
					"{\"revokedOn\": \"%s\", \"receivedHow\": \"IN_WRITING\"}".formatted(today().minusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("revokedOn"));
		daysPass(3);
		worker1().postIfMatch(location + "/actions/revoke", "\"0\"", "{\"revokedOn\": null}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("receivedHow"));

		worker1()
			.postIfMatch(location + "/actions/revoke", "\"0\"",
					"{\"receivedHow\": \"VERBALLY\", \"note\": \"Called the office\"}")
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.status").value("REVOKED"))
			.andExpect(jsonPath("$.revocation.revokedOn").value(today().toString()))
			.andExpect(jsonPath("$.revocation.receivedHow").value("VERBALLY"));
		worker1().postIfMatch(location + "/actions/revoke", "\"0\"", "{\"receivedHow\": \"VERBALLY\"}")
			.andExpect(status().isPreconditionFailed());
		worker1().postIfMatch(location + "/actions/revoke", "\"1\"", "{\"receivedHow\": \"VERBALLY\"}")
			.andExpect(status().isConflict());
		assertThat(this.events.stream(ConsentRevoked.class)).anyMatch(e -> e.clientId().equals(this.client));
	}

	@Test
	void aClientOutOfScopeAnswers404() throws Exception {
		String location = worker1()
			.post("/api/v1/clients/{id}/consents", json(ConsentFixtures.generalAndHealth(this.agency, today())),
					this.client)
			.andReturn()
			.getResponse()
			.getHeader("Location");
		Api worker2 = Api.as(this.mvc, "worker2");
		worker2.get("/api/v1/clients/{id}/consents", this.client).andExpect(status().isNotFound());
		worker2.get(location).andExpect(status().isNotFound());
		worker2.post("/api/v1/clients/{id}/consents", "{}", this.client).andExpect(status().isNotFound());
		worker2.postIfMatch(location + "/actions/revoke", "\"0\"", "{\"receivedHow\": \"VERBALLY\"}")
			.andExpect(status().isNotFound());
		worker2.get("/api/v1/clients/{id}/disclosures", this.client).andExpect(status().isNotFound());
		worker1().get(location).andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void substanceUseIsWithheldFromARecipientWhoseConsentLacksItAndEveryDisclosureIsAccounted() throws Exception {
		UUID consentId = record(ConsentFixtures.generalAndHealth(this.agency, today()));

		SharingDecision decision = this.users.runAs("worker1",
				() -> this.sharing.disclose(this.client, this.agency,
						EnumSet.of(InformationCategory.GENERAL, InformationCategory.SUBSTANCE_USE), "Referral",
						"Referral summary", null));

		assertThat(decision.allowed()).containsExactly(InformationCategory.GENERAL);
		assertThat(decision.withheld()).containsEntry(InformationCategory.SUBSTANCE_USE, "no consent");
		worker1().get("/api/v1/clients/{id}/disclosures", this.client)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].recipient").value(this.agency.name()))
			.andExpect(jsonPath("$.items[0].categories", containsInAnyOrder("GENERAL")))
			.andExpect(jsonPath("$.items[0].consentId").value(consentId.toString()))
			.andExpect(jsonPath("$.items[0].disclosedBy").value("worker1"))
			.andExpect(jsonPath("$.items[0].purpose").value("Referral"))
			.andExpect(jsonPath("$.items[0].redisclosureNotice").value(false));
		Api auditor = Api.as(this.mvc, "auditor");
		auditor.get("/api/v1/clients/{id}/disclosures", this.client).andExpect(jsonPath("$.total").value(1));
		auditor.get("/clients/{id}/disclosures", this.client)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Referral summary")));
		auditor.get("/clients/{id}/consents", this.client).andExpect(status().isForbidden());
		this.auditTrail.seal();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event
				WHERE actor = 'auditor' AND action = 'READ' AND subject_type = 'Disclosures' AND client_id = ?""")
			.param(this.client)
			.query(Long.class)
			.single()).isEqualTo(2);
		this.auditTrail.seal();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event
				WHERE actor = 'worker1' AND action = 'DISCLOSE' AND client_id = ?""")
			.param(this.client)
			.query(Long.class)
			.single()).isEqualTo(1);

		// nothing allowed: nothing is recorded
		this.users.runAs("worker1", () -> this.sharing.disclose(this.client, ConsentFixtures.person("A stranger"),
				EnumSet.of(InformationCategory.GENERAL), "Curiosity", null, null));
		worker1().get("/api/v1/clients/{id}/disclosures", this.client).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aPart2DisclosureCarriesTheNoticeAndAProviderLinkIsNamedAsDiscloser() {
		UUID consentId = record(ConsentFixtures.substanceUse(this.agency, today()));
		UUID referral = UUID.randomUUID();

		SharingDecision decision = new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class))
			.execute(s -> this.sharing.disclose(this.client, this.agency, EnumSet.of(InformationCategory.SUBSTANCE_USE),
					"Referral", "Treatment dates", referral, "provider link"));

		assertThat(decision.part2()).isTrue();
		assertThat(Sharing.REDISCLOSURE_NOTICE).startsWith("This record which has been disclosed to you is protected")
			.endsWith("further use or redisclose the record (see 42 CFR 2.31).");
		Disclosure d = this.accounting.forClient(this.client, PageRequest.of(0, 10)).items().get(0);
		assertThat(d.disclosedBy()).isEqualTo("provider link");
		assertThat(d.consentIds()).containsExactly(consentId);
		assertThat(d.referralId()).isEqualTo(referral);
		assertThat(d.redisclosureNotice()).isTrue();
		assertThat(d.categories()).containsExactly("SUBSTANCE_USE");
	}

	@Test
	void aRevokedConsentStopsTheNextDisclosureAndAnExpiredOneToo() throws Exception {
		Recipient sister = ConsentFixtures.person("Rosa Reyes");
		record(ConsentFixtures.generalAndHealth(this.agency, today()));
		UUID toSister = record(new NewConsent(sister, EnumSet.of(InformationCategory.GENERAL), "Help with appointments",
				null, null, null, today(), today().plusDays(30), null,
				new ConsentAgreement(AgreementMethod.VERBAL, null, "Dana Whitfield", null), true));
		assertThat(disclose(this.agency, InformationCategory.HEALTH).allowed()).isNotEmpty();

		UUID toAgency = this.users.runAs("worker1", () -> this.consents.list(this.client))
			.stream()
			.filter(c -> c.recipient().kind() == RecipientKind.AGENCY)
			.findFirst()
			.orElseThrow()
			.id();
		daysPass(2);
		worker1()
			.postIfMatch("/api/v1/clients/{c}/consents/{id}/actions/revoke", "\"0\"",
					"{\"receivedHow\": \"IN_WRITING\"}", this.client, toAgency)
			.andExpect(status().isOk());
		SharingDecision afterRevocation = disclose(this.agency, InformationCategory.HEALTH);
		assertThat(afterRevocation.allowed()).isEmpty();
		assertThat(afterRevocation.withheld()).containsEntry(InformationCategory.HEALTH,
				"consent revoked on " + today());

		daysPass(28);
		assertThat(disclose(sister, InformationCategory.GENERAL).allowed())
			.containsExactly(InformationCategory.GENERAL);
		daysPass(1);
		SharingDecision afterExpiry = disclose(sister, InformationCategory.GENERAL);
		assertThat(afterExpiry.allowed()).isEmpty();
		assertThat(afterExpiry.withheld()).containsEntry(InformationCategory.GENERAL,
				"consent expired on " + today().minusDays(1));
		worker1().get("/api/v1/clients/{c}/consents/{id}", this.client, toSister)
			.andExpect(jsonPath("$.status").value("EXPIRED"));
		worker1().get("/api/v1/clients/{id}/disclosures", this.client).andExpect(jsonPath("$.total").value(2));
		worker1()
			.post("/api/v1/clients/{id}/consents/sharing-decision",
					"{\"recipient\": {\"kind\": \"PERSON\", \"name\": \"Rosa Reyes\"}, \"categories\": [\"GENERAL\"]}",
					this.client)
			.andExpect(jsonPath("$.withheld.GENERAL", containsString("consent expired on")));
	}

	@Test
	void aConsentEndingAtTheEndOfAReferralEndsWhenTheReferralsModuleSaysSo() throws Exception {
		UUID referral = UUID.randomUUID();
		UUID consentId = record(new NewConsent(this.agency, EnumSet.of(InformationCategory.GENERAL),
				"Referral to the food bank", null, null, null, null, null,
				new ExpiryEvent(ExpiryEventKind.END_OF_REFERRAL, "End of the referral", referral),
				new ConsentAgreement(AgreementMethod.VERBAL, null, "Dana Whitfield", null), true));
		TransactionTemplate tx = new TransactionTemplate(this.context.getBean(PlatformTransactionManager.class));
		List<UUID> other = tx.execute(s -> this.consents.expiryEventOccurred(this.client,
				ExpiryEventKind.END_OF_REFERRAL, UUID.randomUUID(), null, "Another referral"));
		List<UUID> ours = tx.execute(s -> this.consents.expiryEventOccurred(this.client,
				ExpiryEventKind.END_OF_REFERRAL, referral, null, "Referral closed"));
		assertThat(other).isEmpty();
		assertThat(ours).containsExactly(consentId);

		worker1().get("/api/v1/clients/{c}/consents/{id}", this.client, consentId)
			.andExpect(jsonPath("$.status").value("EXPIRED"))
			.andExpect(jsonPath("$.event.note").value("Referral closed"));
		worker1().post("/api/v1/clients/{id}/consents/sharing-decision",
				"{\"recipient\": %s, \"categories\": [\"GENERAL\"]}".formatted(recipientJson(this.agency)), this.client)
			.andExpect(jsonPath("$.allowed").isEmpty())
			.andExpect(jsonPath("$.withheld.GENERAL").value("consent expired on " + today()));
		worker1().post("/api/v1/clients/{id}/consents/sharing-decision", "{\"categories\": [\"GENERAL\"]}", this.client)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("recipient")));
	}

	private SharingDecision disclose(Recipient to, InformationCategory category) {
		return this.users.runAs("worker1",
				() -> this.sharing.disclose(this.client, to, EnumSet.of(category), "Coordination", null, null));
	}

	private UUID record(NewConsent consent) {
		return this.users.runAs("worker1", () -> this.consents.record(this.client, consent)).id();
	}

	private Api worker1() {
		return Api.as(this.mvc, "worker1");
	}

	private static String recipientJson(Recipient r) {
		return "{\"kind\": \"%s\", \"organizationId\": \"%s\", \"name\": \"%s\"}".formatted(r.kind(),
				r.organizationId(), r.name());
	}

	private static String json(NewConsent c) {
		return """
				{"recipient": %s, "categories": [%s], "purpose": "%s", "informationDescription": %s,
				 "disclosingProgram": %s, "patientName": %s, "effectiveOn": "%s", "expiresOn": "%s",
				 "agreement": {"method": "%s", "signaturePng": "%s"}, "rightToRevokeAcknowledged": true}""".formatted(
				recipientJson(c.recipient()),
				String.join(",", c.categories().stream().map(k -> "\"" + k + "\"").toList()), c.purpose(),
				quoted(c.informationDescription()), quoted(c.disclosingProgram()), quoted(c.patientName()),
				c.effectiveOn(), c.expiresOn(), c.agreement().method(), c.agreement().signaturePng());
	}

	private static String quoted(String s) {
		return s == null ? "null" : "\"" + s + "\"";
	}

}
