package org.casework.careplans.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.casework.careplans.CarePlanManagement;
import org.casework.careplans.CarePlanStatus;
import org.casework.careplans.CarePlanSummary;
import org.casework.careplans.CarePlanView;
import org.casework.cases.CaseFile;
import org.casework.cases.CasePanel;
import org.casework.cases.CaseStatus;

import org.springframework.stereotype.Component;

/**
 * The care plan on the case page: the current version's status, goals, review date and
 * check, and the links to open it, start it (or its next version) and print the agreed
 * one.
 */
@Component
class CarePlanPanel implements CasePanel {

	private final CarePlanManagement plans;

	CarePlanPanel(CarePlanManagement plans) {
		this.plans = plans;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String template() {
		return "careplans/panel";
	}

	@Override
	public Object data(CaseFile file) {
		UUID caseId = file.summary().id();
		List<CarePlanSummary> versions = this.plans.versions(caseId);
		Optional<CarePlanSummary> agreed = versions.stream()
			.filter(v -> v.status() == CarePlanStatus.AGREED)
			.findFirst();
		CarePlanView plan = this.plans.current(caseId).orElse(null);
		boolean mayStart = file.summary().status() == CaseStatus.OPEN
				&& (plan == null || plan.summary().status() == CarePlanStatus.AGREED);
		return new PanelData(caseId, plan, agreed.orElse(null), mayStart);
	}

	/**
	 * What the panel shows.
	 *
	 * @param plan the current version, or null while the case has no plan
	 * @param agreed the version in force, or null
	 * @param mayStart whether a plan (or the next version of the agreed one) may be
	 * started: the case is open and no draft is under way
	 */
	record PanelData(UUID caseId, CarePlanView plan, CarePlanSummary agreed, boolean mayStart) {
	}

}
