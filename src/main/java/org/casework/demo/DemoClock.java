package org.casework.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The application's clock while demo data is seeded: the demo stories happened over the
 * last weeks and months (an intake 45 days ago, a transfer last week), so the seeding
 * thread runs each step at the moment it happened and everything the services stamp
 * (cases opened, last activity, history, audit entries) carries that moment. Every other
 * thread, and the seeding thread outside a step, reads the system clock: a demo server
 * answers requests in the present.
 */
final class DemoClock extends Clock {

	private final Clock system;

	private final ThreadLocal<Duration> behind = ThreadLocal.withInitial(() -> Duration.ZERO);

	DemoClock(Clock system) {
		this.system = system;
	}

	/**
	 * Runs a step of a demo story as if it were {@code daysAgo} days ago at the given
	 * time of day (UTC); a moment still to come today is taken as now.
	 */
	<T> T at(int daysAgo, LocalTime time, Supplier<T> step) {
		Instant now = this.system.instant();
		Instant then = LocalDate.ofInstant(now, ZoneOffset.UTC)
			.minusDays(daysAgo)
			.atTime(time)
			.toInstant(ZoneOffset.UTC);
		Duration previous = this.behind.get();
		this.behind.set(then.isAfter(now) ? Duration.ZERO : Duration.between(then, now));
		try {
			return step.get();
		}
		finally {
			this.behind.set(previous);
		}
	}

	/** Runs a step of a demo story {@code daysAgo} days ago at this time of day. */
	void at(int daysAgo, LocalTime time, Runnable step) {
		at(daysAgo, time, () -> {
			step.run();
			return null;
		});
	}

	@Override
	public Instant instant() {
		return this.system.instant().minus(this.behind.get());
	}

	@Override
	public ZoneId getZone() {
		return this.system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The demo clock runs in UTC like the application's clock");
	}

}
