package org.casework.referrals.web;

import java.util.List;
import java.util.UUID;

import org.casework.cases.CaseFile;
import org.casework.cases.CasePanel;
import org.casework.cases.CaseStatus;
import org.casework.referrals.ReferralView;
import org.casework.referrals.Referrals;

import org.springframework.stereotype.Component;

/** The case's referrals on the case page, with the way to make one. */
@Component
class ReferralPanel implements CasePanel {

	private final Referrals referrals;

	ReferralPanel(Referrals referrals) {
		this.referrals = referrals;
	}

	/** What the panel shows. */
	record PanelData(UUID caseId, boolean open, List<ReferralView> referrals) {
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public String template() {
		return "referrals/panel";
	}

	@Override
	public Object data(CaseFile file) {
		return new PanelData(file.summary().id(), file.summary().status() == CaseStatus.OPEN,
				this.referrals.ofCase(file.summary().id()));
	}

}
