package org.casework.closure;

import java.time.LocalDate;

/**
 * A worker starts preparing a case's closure.
 *
 * @param reason why the case closes (required)
 * @param reasonNote in the worker's words; required when eligibility was lost (what
 * changed)
 * @param closureDate the day the case is to close, as discussed with the client
 * (required, not before the case opened nor before the notice)
 * @param checkInDays a check-in with the client 30 or 90 days after closing, or none
 * @param noticeGivenOn the day the client was told, when known already
 * @param noticeMethod how they were told (in person, by phone, by letter)
 */
public record StartClosure(ClosureReason reason, String reasonNote, LocalDate closureDate, Integer checkInDays,
		LocalDate noticeGivenOn, String noticeMethod) {
}
