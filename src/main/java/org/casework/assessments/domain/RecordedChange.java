package org.casework.assessments.domain;

import java.time.Instant;
import java.util.UUID;

import org.casework.assessments.SignificantChange;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A significant change a worker recorded on a case: a reassessment is due from that
 * moment.
 */
@Table("assessment_trigger")
public record RecordedChange(@Id UUID id, @Version Integer version, UUID caseId, SignificantChange change, String note,
		UUID recordedBy, Instant recordedAt) {

	public static RecordedChange of(UUID caseId, SignificantChange change, String note, UUID by, Instant at) {
		return new RecordedChange(UUID.randomUUID(), null, caseId, change, note, by, at);
	}

}
