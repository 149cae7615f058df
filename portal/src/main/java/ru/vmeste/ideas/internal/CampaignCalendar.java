package ru.vmeste.ideas.internal;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ru.vmeste.ideas.CampaignId;

/**
 * Moves campaigns into the phase their schedule says, every {@code vmeste.ideas.calendar-interval}
 * (a minute), on one instance at a time; each campaign moves in its own transaction. Tests call
 * it directly.
 */
@Component
public class CampaignCalendar {

	private static final Logger log = LoggerFactory.getLogger(CampaignCalendar.class);

	private final CampaignStore store;

	private final Campaigns campaigns;

	private final Clock clock;

	CampaignCalendar(CampaignStore store, Campaigns campaigns, Clock clock) {
		this.store = store;
		this.campaigns = campaigns;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${vmeste.ideas.calendar-interval:1m}", initialDelayString = "PT20S")
	@SchedulerLock(name = "ideas-campaign-calendar", lockAtLeastFor = "${vmeste.ideas.calendar-interval:1m}")
	public void followSchedules() {
		Instant now = clock.instant();
		for (CampaignId campaign : store.running()) {
			if (campaigns.followSchedule(campaign, now)) {
				log.info("Campaign {} moved by its schedule", campaign);
			}
		}
	}

}
