package org.casework.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import of an HSDS dataset and how far it got.
 *
 * @param state RUNNING, DONE or FAILED
 * @param total the records of the dataset
 * @param processed the records checked so far
 * @param imported the records imported (new or updated by id)
 * @param deactivated services missing from the dataset, marked inactive
 */
public record ImportReport(UUID id, String state, String startedBy, Instant startedAt, Instant finishedAt, int total,
		int processed, int imported, int deactivated, List<RecordRefusal> refusals, String failure) {

	public boolean running() {
		return "RUNNING".equals(this.state);
	}

	public int percent() {
		return this.total == 0 ? 100 : (int) (100L * this.processed / this.total);
	}

	public int refused() {
		return this.refusals.size();
	}

}
