package org.casework.careplans;

import java.util.UUID;

/**
 * Who carries out an action step.
 *
 * @param userId for CARE_TEAM_MEMBER: a member of the case's current care team
 * @param name for OUTSIDE_PROVIDER and FAMILY_MEMBER: who they are; in answers, the
 * person's name for every party that has one
 */
public record Responsible(ResponsibleParty party, UUID userId, String name) {
}
