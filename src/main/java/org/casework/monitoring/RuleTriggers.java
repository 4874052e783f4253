package org.casework.monitoring;

import java.util.List;
import java.util.Set;

import org.casework.assessments.AssessmentCompleted;
import org.casework.careplans.CarePlanAgreed;
import org.casework.careplans.CarePlanApprovalRequested;
import org.casework.cases.CaseClosed;
import org.casework.cases.CaseOpened;
import org.casework.cases.CasePriorityChanged;
import org.casework.cases.CaseReopened;
import org.casework.cases.CaseTransferred;
import org.casework.clients.ClientCrisisChanged;
import org.casework.identity.EmergencyAccessOpened;
import org.casework.notes.NoteSigned;
import org.casework.notes.NoteVoided;
import org.casework.referrals.ReferralChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The events after which a case's tasks follow at once rather than at the next scheduled
 * run: an assessment completed (the reassessment is no longer due), a plan agreed or
 * submitted, a referral answered, a case opened, transferred, reprioritized, closed (its
 * tasks resolve) or reopened, someone breaking the glass, a contact note signed (the
 * no-contact and unsigned-note tasks resolve as soon as the contact is recorded) or a
 * draft voided, a client's crisis flag raised or resolved.
 */
@Component
class RuleTriggers {

	private final MonitoringRules rules;

	private final ApplicationEventPublisher events;

	RuleTriggers(MonitoringRules rules, ApplicationEventPublisher events) {
		this.rules = rules;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(AssessmentCompleted event) {
		this.rules.evaluateCases(List.of(event.caseId()));
	}

	@ApplicationModuleListener
	void on(CarePlanAgreed event) {
		this.rules.evaluateCases(List.of(event.caseId()));
	}

	@ApplicationModuleListener
	void on(CarePlanApprovalRequested event) {
		this.rules.evaluateCases(List.of(event.caseId()));
	}

	@ApplicationModuleListener
	void on(ReferralChanged event) {
		this.rules.evaluateCases(List.of(event.caseId()));
	}

	@ApplicationModuleListener
	void on(CaseOpened event) {
		this.rules.evaluateCases(List.of(event.caseId()));
	}

	@ApplicationModuleListener
	void on(CaseTransferred event) {
		this.rules.evaluateCases(List.of(event.caseId()));
	}

	@ApplicationModuleListener
	void on(CasePriorityChanged event) {
		this.rules.evaluateCases(List.of(event.caseId()));
	}

	/**
	 * A signed contact moves the last contact on and may leave no note unsigned, which
	 * matters only to a case with a no-contact or unsigned-note task open. Asked within
	 * the signature's transaction (one read), so that the many signatures of cases
	 * without such a task cost no publication and no transaction after the commit; for
	 * the others the rules run after the commit, from a publication stored with the
	 * signature.
	 */
	@EventListener
	void on(NoteSigned event) {
		if (this.rules.contactTaskOpen(event.caseId())) {
			this.events.publishEvent(new ContactRulesDue(event.caseId()));
		}
	}

	/** A voided draft is no longer a note left unsigned. */
	@ApplicationModuleListener
	void on(NoteVoided event) {
		this.rules.evaluateContactRules(event.caseId());
	}

	@ApplicationModuleListener
	void on(ContactRulesDue event) {
		this.rules.evaluateContactRules(event.caseId());
	}

	@ApplicationModuleListener
	void on(ClientCrisisChanged event) {
		this.rules.evaluateClient(event.clientId(), Set.of(TaskKind.CRISIS));
	}

	@ApplicationModuleListener
	void on(CaseClosed event) {
		this.rules.evaluateCases(List.of(event.caseId()));
	}

	@ApplicationModuleListener
	void on(CaseReopened event) {
		this.rules.evaluateCases(List.of(event.caseId()));
	}

	@ApplicationModuleListener
	void on(EmergencyAccessOpened event) {
		this.rules.evaluateEmergencyAccess();
	}

}
