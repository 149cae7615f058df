package ru.vmeste.edms.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The simulator's own clock: a base clock plus however far it was moved on.
 */
final class SimulatorClock extends Clock {

	private final Clock base;

	private volatile Duration offset = Duration.ZERO;

	SimulatorClock(Clock base) {
		this.base = base;
	}

	synchronized void advance(Duration by) {
		offset = offset.plus(by);
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return base.withZone(zone);
	}

}
