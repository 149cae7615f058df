package ru.vmeste.edms.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.vmeste.edms.EdmsSettings;
import ru.vmeste.edms.connector.ChangePage;
import ru.vmeste.edms.connector.EdmsConnector;
import ru.vmeste.edms.connector.EdmsUnavailable;
import ru.vmeste.edms.internal.ChangeLog.Source;

/**
 * One sync with the EDMS, run by whichever instance claims it when it is due: first the
 * pending messages go out (a bounded batch), then the changes since the cursor come in, for
 * EDMSs that cannot call the webhook and for webhook calls that were lost.
 */
public class EdmsSync {

	private static final Logger log = LoggerFactory.getLogger(EdmsSync.class);

	/** Pages of changes taken per sync at most, so one sync ends even if the EDMS has a backlog. */
	private static final int MAX_POLL_PAGES = 20;

	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final EdmsSettings settings;

	private final SyncSchedule schedule;

	private final OutboundSender sender;

	private final InboundChanges inbound;

	private final EdmsConnector connector;

	private final Clock clock;

	private final AtomicLong runs = new AtomicLong();

	EdmsSync(EdmsSettings settings, SyncSchedule schedule, OutboundSender sender, InboundChanges inbound,
			EdmsConnector connector, Clock clock) {
		this.settings = settings;
		this.schedule = schedule;
		this.sender = sender;
		this.inbound = inbound;
		this.connector = connector;
		this.clock = clock;
	}

	/** Runs the sync if one is due and no other instance runs it; false when there was nothing to run. */
	public boolean runIfDue() {
		Instant now = clock.instant();
		if (schedule.claim(instance, now, now.plus(settings.syncInterval()), leaseFrom(now)).isEmpty()) {
			return false;
		}
		runs.incrementAndGet();
		String error = null;
		try {
			OutboundSender.Outcome outcome = sender.send(() -> schedule.renew(instance, leaseFrom(clock.instant())));
			error = outcome.lastError();
			if (!outcome.unavailable()) {
				error = firstNonNull(poll(), error);
			}
			if (outcome.delivered() + outcome.failed() > 0 || error != null) {
				log.info("EDMS sync: {} delivered, {} failed{}", outcome.delivered(), outcome.failed(),
						error == null ? "" : "; last error: " + error);
			}
		}
		catch (RuntimeException ex) {
			error = ex.toString();
			log.warn("EDMS sync failed", ex);
		}
		finally {
			schedule.finish(instance, clock.instant(), error);
		}
		return true;
	}

	/** How many syncs this instance ran since it started. */
	public long runs() {
		return runs.get();
	}

	/** Takes changes since the cursor; the error that stopped it, if any. */
	private @Nullable String poll() {
		try {
			for (int page = 0; page < MAX_POLL_PAGES; page++) {
				ChangePage changes = connector.changesSince(schedule.cursor(), settings.pollLimit());
				inbound.take(changes.changes(), Source.POLL);
				if (changes.cursor() != null) {
					schedule.saveCursor(changes.cursor());
				}
				if (changes.changes().size() < settings.pollLimit()) {
					return null;
				}
			}
			return null;
		}
		catch (EdmsUnavailable ex) {
			return ex.getMessage();
		}
	}

	/** A sync holds the schedule for one request's worst case and a minute more, renewed after each message. */
	private Instant leaseFrom(Instant now) {
		return now.plus(settings.connectTimeout()).plus(settings.readTimeout()).plus(Duration.ofMinutes(1));
	}

	private static @Nullable String firstNonNull(@Nullable String first, @Nullable String second) {
		return first != null ? first : second;
	}

}
