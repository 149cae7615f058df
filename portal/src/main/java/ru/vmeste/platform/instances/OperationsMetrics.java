package ru.vmeste.platform.instances;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch beside the request metrics Boot already gives (Prometheus names):
 * <ul>
 * <li>{@code vmeste_events_unfinished} and {@code vmeste_events_oldest_unfinished_seconds}: the
 * outbox's lag (event publications not yet handled by their listener, and the age of the oldest);</li>
 * <li>{@code vmeste_events_failed}: publications whose listener failed and that wait for a retry;</li>
 * <li>{@code vmeste_journal_backlog} and {@code vmeste_journal_parked}: the journals' lag (events
 * some consumer has not taken) and the events set aside after failing too often;</li>
 * <li>{@code vmeste_instances_live}: instances with a fresh heartbeat;</li>
 * <li>{@code vmeste_jobs_since_last_run_seconds{job}}: per scheduled job, the time since its last
 * run on any instance.</li>
 * </ul>
 * Each is read from the database when scraped; NaN while it cannot be reached.
 */
@Component
class OperationsMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	private final Set<String> jobs = ConcurrentHashMap.newKeySet();

	private volatile MeterRegistry registry;

	OperationsMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "vmeste.events.unfinished", "Event publications not yet handled by their listener",
				() -> number("select count(*) from event_publication where completion_date is null"));
		gauge(registry, "vmeste.events.oldest.unfinished.seconds", "Age of the oldest unhandled event publication",
				() -> number("""
						select coalesce(extract(epoch from now() - min(publication_date)), 0)
						from event_publication where completion_date is null"""));
		gauge(registry, "vmeste.events.failed", "Event publications whose listener failed, waiting for a retry",
				() -> number("select count(*) from event_publication where status = 'FAILED'"));
		gauge(registry, "vmeste.journal.backlog", "Journal events some consumer has not taken yet", () -> number("""
				select count(*) from platform_journal j
				join platform_journal_cursor c on c.stream = j.stream and j.position > c.position"""));
		gauge(registry, "vmeste.journal.parked", "Journal events set aside after failing too often, retried",
				() -> number("select count(*) from platform_journal_parked"));
		gauge(registry, "vmeste.instances.live", "Portal instances with a fresh heartbeat", () -> number("""
				select count(*) from platform_instances where heartbeat_at > now() - interval '1 minute'"""));
		this.registry = registry;
		try {
			jdbc.sql("select distinct job from platform_job_runs").query(String.class).list().forEach(this::watchJob);
		}
		catch (RuntimeException notYetMigrated) {
			// the jobs register themselves when they first run
		}
	}

	/** Adds the job's time-since-last-run gauge, once. */
	void watchJob(String job) {
		MeterRegistry target = registry;
		if (target == null || !jobs.add(job)) {
			return;
		}
		Gauge.builder("vmeste.jobs.since.last.run.seconds", () -> number("""
				select extract(epoch from now() - max(started_at)) from platform_job_runs where job = ?""", job))
			.description("Time since the scheduled job last ran on any instance")
			.tag("job", job)
			.register(target);
	}

	private static void gauge(MeterRegistry registry, String name, String description, Supplier<Number> value) {
		Gauge.builder(name, value).description(description).register(registry);
	}

	private double number(String sql, Object... parameters) {
		try {
			Number value = jdbc.sql(sql).params(parameters).query(Double.class).single();
			return value == null ? Double.NaN : value.doubleValue();
		}
		catch (RuntimeException unreachable) {
			return Double.NaN;
		}
	}

}
