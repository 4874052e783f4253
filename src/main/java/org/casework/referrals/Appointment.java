package org.casework.referrals;

import java.time.Instant;

/** An appointment with the provider: when, and what to bring or where to go. */
public record Appointment(Instant at, String note) {
}
