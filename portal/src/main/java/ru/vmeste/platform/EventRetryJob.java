package ru.vmeste.platform;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Hands failed event publications (a listener threw, or a crash left one unfinished and the
 * staleness monitor marked it failed) to their listeners again, so a mail server or EDMS
 * outage delays work instead of losing it.
 */
@Component
class EventRetryJob {

	private final FailedEventPublications failed;

	EventRetryJob(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Scheduled(fixedDelayString = "${vmeste.events.retry-interval:1m}", initialDelayString = "${vmeste.events.retry-interval:1m}")
	@SchedulerLock(name = "event-retry", lockAtLeastFor = "${vmeste.events.retry-interval:1m}")
	void retryFailed() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(Duration.ofMinutes(1)).withBatchSize(200));
	}

}
