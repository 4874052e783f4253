package org.casework.referrals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.casework.cases.CaseSummary;
import org.casework.cases.CaseTestData;
import org.casework.consents.ConsentAgreement;
import org.casework.consents.ConsentFixtures;
import org.casework.consents.ConsentView;
import org.casework.consents.Consents;
import org.casework.consents.InformationCategory;
import org.casework.consents.NewConsent;
import org.casework.consents.Recipient;
import org.casework.consents.RecipientKind;
import org.casework.consents.AgreementMethod;
import org.casework.directory.Directory;
import org.casework.directory.DirectoryImports;
import org.casework.directory.DirectoryService;
import org.casework.directory.HsdsDatasets;
import org.casework.identity.UserContext;
import org.casework.programs.ProgramView;
import org.casework.shared.Priority;

import org.springframework.context.ApplicationContext;

/**
 * Cases, directory services and consents for the referral tests: each service is imported
 * through the directory's HSDS import with fresh ids, each consent recorded by the worker
 * as a client gives it.
 */
public final class ReferralTestData {

	private final CaseTestData cases;

	private final DirectoryImports imports;

	private final Directory directory;

	private final Consents consents;

	private final UserContext users;

	public ReferralTestData(ApplicationContext context) {
		this.cases = new CaseTestData(context);
		this.imports = context.getBean(DirectoryImports.class);
		this.directory = context.getBean(Directory.class);
		this.consents = context.getBean(Consents.class);
		this.users = context.getBean(UserContext.class);
	}

	public CaseTestData cases() {
		return this.cases;
	}

	/** An open case of a new client of the worker, in a program of that name. */
	public CaseSummary openCase(String worker, String program, String first, String last) {
		ProgramView p = this.cases.program(program);
		UUID client = this.cases.client(worker, first, last);
		return this.cases.open(worker, client, p.id(), Priority.ROUTINE);
	}

	/**
	 * Services imported into the directory at once (an import marks the services it does
	 * not name inactive): a food pantry in Decatur open every day around the clock, and a
	 * clinic next to it.
	 */
	public Services services() {
		UUID pantry = UUID.randomUUID();
		UUID clinic = UUID.randomUUID();
		Map<String, Object> pantryRecord = HsdsDatasets.service(pantry, "Oakhurst Test Pantry", "Food pantry", "en",
				33.7748, -84.2963, "30030", "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59");
		Map<String, Object> clinicRecord = HsdsDatasets.service(clinic, "Decatur Test Clinic", "Health clinic", "en",
				33.7712, -84.2968, "30030", "MO,TU,WE,TH,FR", "08:00", "17:00");
		this.users.runAs("padmin", () -> this.imports.importNow(
				HsdsDatasets.dataset(pantryRecord, clinicRecord).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		return new Services(this.directory.service(pantry).orElseThrow(), this.directory.service(clinic).orElseThrow());
	}

	/** The two services of {@link #services()}. */
	public record Services(DirectoryService pantry, DirectoryService clinic) {
	}

	/** Who receives a referral to the service: its organization. */
	public static Recipient recipient(DirectoryService service) {
		return new Recipient(RecipientKind.ORGANIZATION, service.organizationId(), service.organizationName());
	}

	/**
	 * The client's signed consent for the service's organization to receive these
	 * categories for a year.
	 */
	public ConsentView consent(String worker, UUID clientId, DirectoryService service,
			InformationCategory... categories) {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		NewConsent consent = new NewConsent(recipient(service), EnumSet.of(categories[0], categories),
				"Referral for food and health services", null, null, null, today, today.plusYears(1), null,
				new ConsentAgreement(AgreementMethod.SIGNATURE, ConsentFixtures.signature(), null, today), true);
		return this.users.runAs(worker, () -> this.consents.record(clientId, consent));
	}

}
