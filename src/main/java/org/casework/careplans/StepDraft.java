package org.casework.careplans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An action step as the worker writes it: to add a step under a goal or to change one.
 * Only the description is required while the plan is a draft; an owner and a due date
 * must be there before the plan is agreed.
 *
 * @param description what is done ("Get a copy of the birth certificate from the county
 * office")
 * @param responsible who does it
 * @param dueDate by when; not before the case opened
 * @param resourcesNeeded the services, organisations or people the step needs
 * @param barriers the obstacles anticipated, each with its mitigation
 * @param prerequisites the steps of this plan version that must be done first (a step is
 * blocked until they are); no cycles
 */
public record StepDraft(String description, Responsible responsible, LocalDate dueDate, String resourcesNeeded,
		List<Barrier> barriers, List<UUID> prerequisites) {
}
