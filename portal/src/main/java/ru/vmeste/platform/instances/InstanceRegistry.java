package ru.vmeste.platform.instances;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.vmeste.platform.PlatformSettings;

/**
 * Keeps this instance on the list of live instances: registered at start, a heartbeat three
 * times per lease, removed at a clean stop (after the web server and the listeners' executor
 * have stopped). Also checks that the database sees this instance's name on its connections.
 * Runs whether or not scheduled jobs are switched on: it is how others know this one lives.
 */
@Component
class InstanceRegistry implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(InstanceRegistry.class);

	private final JdbcClient jdbc;

	private final PortalInstance instance;

	private final Duration lease;

	private ScheduledExecutorService heartbeat;

	private volatile boolean beating = true;

	private volatile Instant beatingSince = Instant.EPOCH;

	InstanceRegistry(JdbcClient jdbc, PortalInstance instance, PlatformSettings settings) {
		this.jdbc = jdbc;
		this.instance = instance;
		this.lease = settings.events().instanceLease();
	}

	@Override
	public void start() {
		String seen = jdbc.sql("select current_setting('application_name')").query(String.class).single();
		if (!instance.applicationName().equals(seen)) {
			throw new IllegalStateException("Database connections must carry the application name "
					+ instance.applicationName() + " but carry '" + seen
					+ "': remove ApplicationName from spring.datasource.url");
		}
		jdbc.sql("insert into platform_instances (id, name) values (?, ?)")
			.params(instance.id(), instance.name())
			.update();
		long period = Math.max(lease.toMillis() / 3, 100);
		heartbeat = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("instance-heartbeat").daemon()
			.factory());
		heartbeat.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
		log.info("Instance {} ({}) registered", instance.id(), instance.name());
	}

	@Override
	public void stop() {
		heartbeat.shutdownNow();
		heartbeat = null;
		// stopped (a test context paused, say), this instance no longer judges who is dead
		beating = false;
		try {
			jdbc.sql("delete from platform_instances where id = ?").param(instance.id()).update();
		}
		catch (RuntimeException ex) {
			log.warn("Instance {} could not sign off; the others take over its work once its lease expires",
					instance.id(), ex);
		}
	}

	@Override
	public boolean isRunning() {
		return heartbeat != null;
	}

	/** Early in the start, late in the stop: after the listeners' executor has finished. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	/**
	 * Whether the heartbeats of the others can be trusted to tell who is dead: not while this
	 * instance is stopped or cannot reach the database, and not until a whole lease after it beats
	 * again (after an outage every instance needs a beat before it counts as alive).
	 */
	boolean judgesLiveness() {
		return beating && Duration.between(beatingSince, Instant.now()).compareTo(lease) > 0;
	}

	private void beat() {
		try {
			int renewed = jdbc.sql("update platform_instances set heartbeat_at = now() where id = ?")
				.param(instance.id())
				.update();
			if (renewed == 0) {
				jdbc.sql("insert into platform_instances (id, name) values (?, ?) on conflict do nothing")
					.params(instance.id(), instance.name())
					.update();
			}
			jdbc.sql("delete from platform_instances where heartbeat_at < now() - interval '1 day'").update();
			jdbc.sql("delete from platform_job_runs where started_at < now() - interval '7 days'").update();
			if (!beating) {
				beatingSince = Instant.now();
				beating = true;
			}
		}
		catch (RuntimeException ex) {
			beating = false;
			log.warn("Instance heartbeat failed: {}", ex.getMessage());
		}
	}

}
