package org.casework.careplans.domain;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface ProgramPlanSettings extends ListCrudRepository<ProgramPlanSetting, UUID> {

}
