package ru.vmeste.edms.internal;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import ru.vmeste.edms.EdmsSettings;

/**
 * Every instance looks every {@code vmeste.edms.tick} whether a sync is due; the schedule in
 * the database lets one of them run it once per {@code vmeste.edms.sync-interval}. (ShedLock,
 * which guards the portal's other jobs, keeps a job from running twice at once but not from
 * running once per instance per interval, and reads the database's clock, which a test cannot move.)
 */
class SyncJob implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(SyncJob.class);

	private final EdmsSync sync;

	private final EdmsSettings settings;

	SyncJob(EdmsSync sync, EdmsSettings settings) {
		this.sync = sync;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::tick, settings.tick(), Duration.ofSeconds(5)));
	}

	void tick() {
		try {
			sync.runIfDue();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look whether an EDMS sync is due at {}", Instant.now(), ex);
		}
	}

}
