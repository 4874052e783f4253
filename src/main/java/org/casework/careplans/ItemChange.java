package org.casework.careplans;

import java.util.List;
import java.util.UUID;

/**
 * A goal or step added, removed or changed between two versions.
 *
 * @param goalId for a step, the goal it is under
 * @param label the goal's label or the step's description
 * @param fields for CHANGED, the fields that differ (a goal's {@code priority} when the
 * client's order changed)
 */
public record ItemChange(UUID id, UUID goalId, String label, ChangeKind kind, List<String> fields) {
}
