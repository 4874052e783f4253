package org.casework.referrals;

/** Whether the client attended the appointment, with a note. */
public record Attendance(Boolean attended, String note) {
}
