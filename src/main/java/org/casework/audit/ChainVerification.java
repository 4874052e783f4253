package org.casework.audit;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of recomputing the hash chain.
 *
 * @param valid whether every entry's hash and link is intact
 * @param entries how many entries were checked (up to and including a broken one)
 * @param firstBrokenSeq the position of the first entry that does not match
 * @param firstBrokenId its id
 * @param problem what does not match
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean valid, long entries, Long firstBrokenSeq, UUID firstBrokenId, String problem) {

	static ChainVerification intact(long entries) {
		return new ChainVerification(true, entries, null, null, null);
	}

}
