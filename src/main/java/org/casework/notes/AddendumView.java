package org.casework.notes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A correction or addition to a signed note, signed by its author when written.
 *
 * @param reason why it was added (a correction, information learned later)
 * @param judgmentOverride why the author kept wording the check read as a judgment
 */
public record AddendumView(UUID id, String text, String reason, UUID authorId, String authorName, Instant signedAt,
		String judgmentOverride, List<String> keptPhrases) {
}
