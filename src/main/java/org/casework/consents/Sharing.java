package org.casework.consents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casework.audit.AuditAction;
import org.casework.audit.AuditEntry;
import org.casework.audit.AuditLog;
import org.casework.audit.Disclosure;
import org.casework.audit.DisclosureAccounting;
import org.casework.consents.domain.ConsentRecords;
import org.casework.consents.domain.Coverage;
import org.casework.shared.FieldProblem;
import org.casework.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one sharing decision: for any outbound disclosure, which of the requested
 * categories the recipient may receive. Information of a category no active consent for
 * that recipient names is withheld, with the reason. Every disclosure made is written to
 * the accounting of disclosures.
 * <p>
 * The decision does not depend on who asks: a provider's secure link page, with no
 * Casework account signed in, decides the same way. Callers check the caller's access to
 * the client before they show or send anything.
 */
@Service
public class Sharing {

	/**
	 * The 42 CFR 2.32 notice that goes with anything disclosed under a Part 2 consent.
	 */
	public static final String REDISCLOSURE_NOTICE = ConsentStatements.REDISCLOSURE_NOTICE;

	private final ConsentRecords records;

	private final DisclosureAccounting accounting;

	private final AuditLog audit;

	private final Clock clock;

	Sharing(ConsentRecords records, DisclosureAccounting accounting, AuditLog audit, Clock clock) {
		this.records = records;
		this.accounting = accounting;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What of the requested categories may go to the recipient today.
	 * @throws InvalidInputException without a recipient or a category
	 */
	@Transactional(readOnly = true)
	public SharingDecision decide(UUID clientId, Recipient recipient, Set<InformationCategory> requested) {
		List<FieldProblem> problems = new ArrayList<>();
		check(recipient, requested, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return Coverage.decide(this.records.ofClient(clientId), recipient, EnumSet.copyOf(requested),
				LocalDate.now(this.clock));
	}

	/**
	 * Decides, then records one disclosure-accounting entry for what is allowed (nothing
	 * when nothing is allowed); returns the decision. Who disclosed it is the signed-in
	 * user, or "system".
	 */
	@Transactional
	public SharingDecision disclose(UUID clientId, Recipient recipient, Set<InformationCategory> requested,
			String purpose, String description, UUID referralId) {
		return disclose(clientId, recipient, requested, purpose, description, referralId, null);
	}

	/**
	 * As {@link #disclose(UUID, Recipient, Set, String, String, UUID)}, naming who
	 * disclosed it when no one is signed in (a provider's secure link: "provider link").
	 * @throws InvalidInputException without a recipient, a category or a purpose
	 */
	@Transactional
	public SharingDecision disclose(UUID clientId, Recipient recipient, Set<InformationCategory> requested,
			String purpose, String description, UUID referralId, String disclosedBy) {
		List<FieldProblem> problems = new ArrayList<>();
		check(recipient, requested, problems);
		if (purpose == null || purpose.isBlank()) {
			problems.add(new FieldProblem("purpose", "must say why the information is disclosed"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		SharingDecision decision = decide(clientId, recipient, requested);
		if (decision.nothingAllowed()) {
			return decision;
		}
		List<String> categories = EnumSet.copyOf(decision.allowed()).stream().map(Enum::name).toList();
		List<UUID> consents = new ArrayList<>(new LinkedHashSet<>(
				EnumSet.copyOf(decision.allowed()).stream().map(decision.consentByCategory()::get).toList()));
		Disclosure disclosure = this.accounting.record(new DisclosureAccounting.Entry(clientId, disclosedBy,
				recipient.name(), purpose.strip(), categories, description, consents, decision.part2(), referralId));
		this.audit.record(AuditEntry.client(AuditAction.DISCLOSE, "Disclosure", disclosure.id(), clientId)
			.withDetail("to " + recipient.kind() + " " + String.join(",", categories) + "; by "
					+ disclosure.disclosedBy() + (decision.part2() ? "; 42 CFR 2.32 notice" : "")));
		return decision;
	}

	private static void check(Recipient recipient, Set<InformationCategory> requested, List<FieldProblem> problems) {
		if (recipient == null || recipient.kind() == null) {
			problems.add(new FieldProblem("recipient", "is required: who receives the information"));
		}
		else if (recipient.kind() != RecipientKind.PERSON && recipient.organizationId() == null) {
			problems.add(new FieldProblem("recipient.organizationId", "must name the organization"));
		}
		else if (recipient.name() == null || recipient.name().isBlank()) {
			problems.add(new FieldProblem("recipient.name", "must name the recipient"));
		}
		if (requested == null || requested.isEmpty()) {
			problems.add(new FieldProblem("categories", "must name at least one category of information"));
		}
	}

}
