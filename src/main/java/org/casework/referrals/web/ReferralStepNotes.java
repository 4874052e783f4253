package org.casework.referrals.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.casework.careplans.StepNotes;
import org.casework.referrals.Referrals;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Each plan step shows the referrals made for it, with their status. */
@Component
class ReferralStepNotes implements StepNotes {

	private final Referrals referrals;

	private final MessageSource messages;

	ReferralStepNotes(Referrals referrals, MessageSource messages) {
		this.referrals = referrals;
		this.messages = messages;
	}

	@Override
	public Map<UUID, List<StepNote>> forCase(UUID caseId) {
		return this.referrals.forSteps(caseId)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue()
				.stream()
				.map(r -> new StepNote(
						this.messages.getMessage("referrals.stepNote",
								new Object[] { r.serviceName(),
										this.messages.getMessage("enum.ReferralStatus." + r.status().name(), null,
												LocaleContextHolder.getLocale()) },
								LocaleContextHolder.getLocale()),
						"/referrals/" + r.id()))
				.toList()));
	}

}
