package org.casework.careplans.web;

import org.casework.careplans.CarePlanSettings;
import org.casework.careplans.CarePlanSettingsChange;

/** A program admin's form for a program's care plan rules, with the version read. */
public class CarePlanSettingsForm {

	private boolean requireSupervisorApproval;

	private Integer horizonMonths;

	private long version;

	static CarePlanSettingsForm of(CarePlanSettings settings) {
		CarePlanSettingsForm form = new CarePlanSettingsForm();
		form.requireSupervisorApproval = settings.requireSupervisorApproval();
		form.horizonMonths = settings.horizonMonths();
		form.version = settings.version();
		return form;
	}

	CarePlanSettingsChange change() {
		return new CarePlanSettingsChange(this.requireSupervisorApproval, this.horizonMonths);
	}

	public boolean isRequireSupervisorApproval() {
		return this.requireSupervisorApproval;
	}

	public void setRequireSupervisorApproval(boolean requireSupervisorApproval) {
		this.requireSupervisorApproval = requireSupervisorApproval;
	}

	public Integer getHorizonMonths() {
		return this.horizonMonths;
	}

	public void setHorizonMonths(Integer horizonMonths) {
		this.horizonMonths = horizonMonths;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
