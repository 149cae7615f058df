package ru.vmeste.edms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One clock for every portal instance and the simulator of a test, moved on for all threads at
 * once (unlike {@code TestClock}, whose moves hold for the test's own thread): the scheduled sync
 * of each instance and the simulator's workflow must see the same time.
 */
public final class SharedClock extends Clock {

	private final ZoneId zone;

	private volatile Duration offset = Duration.ZERO;

	public SharedClock(ZoneId zone) {
		this.zone = zone;
	}

	public synchronized void advance(Duration by) {
		offset = offset.plus(by);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		return other.equals(zone) ? this : Clock.offset(Clock.system(other), offset);
	}

}
