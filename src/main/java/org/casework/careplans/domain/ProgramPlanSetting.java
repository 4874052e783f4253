package org.casework.careplans.domain;

import java.time.Instant;
import java.util.UUID;

import org.casework.careplans.CarePlanSettings;
import org.casework.shared.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A program's rules for care plans, kept by the care plans module (programs do not know
 * about plans). A program without a row uses the defaults.
 */
@Table("care_plan_settings")
public class ProgramPlanSetting {

	public static final int MAX_HORIZON_MONTHS = 60;

	@Id
	private final UUID programId;

	/** 0 until a program admin first sets them; the entity tag of the settings. */
	@Version
	private int version;

	private boolean requireSupervisorApproval;

	private int horizonMonths;

	private UUID updatedBy;

	private Instant updatedAt;

	@PersistenceCreator
	ProgramPlanSetting(UUID programId, int version) {
		this.programId = programId;
		this.version = version;
	}

	/** The defaults, for a program that has not set its own. */
	public static ProgramPlanSetting defaults(UUID programId) {
		ProgramPlanSetting setting = new ProgramPlanSetting(programId, 0);
		setting.horizonMonths = CarePlanSettings.DEFAULT_HORIZON_MONTHS;
		return setting;
	}

	/**
	 * @param horizon months ahead, 1 to 60; the default when null
	 * @throws InvalidInputException naming {@code horizonMonths} outside 1 to 60
	 */
	public void change(boolean requireApproval, Integer horizon, UUID by, Instant at) {
		int months = horizon == null ? CarePlanSettings.DEFAULT_HORIZON_MONTHS : horizon;
		if (months < 1 || months > MAX_HORIZON_MONTHS) {
			throw new InvalidInputException("horizonMonths", "must be between 1 and " + MAX_HORIZON_MONTHS);
		}
		this.requireSupervisorApproval = requireApproval;
		this.horizonMonths = months;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public CarePlanSettings view() {
		return new CarePlanSettings(this.programId, this.requireSupervisorApproval, this.horizonMonths, this.version);
	}

	public UUID programId() {
		return this.programId;
	}

	public int version() {
		return this.version;
	}

	public boolean requireSupervisorApproval() {
		return this.requireSupervisorApproval;
	}

	public int horizonMonths() {
		return this.horizonMonths;
	}

}
