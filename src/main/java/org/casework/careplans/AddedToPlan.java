package org.casework.careplans;

import java.util.UUID;

/** A goal or step added to a draft: its id and the plan as it is now. */
public record AddedToPlan(UUID id, CarePlanView plan) {
}
