package org.casework.intake.domain;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface Intakes extends ListCrudRepository<Intake, UUID> {

}
