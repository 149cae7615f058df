package ru.vmeste.voting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ru.vmeste.voting.VoteId;

/**
 * The voting calendar (opens and closes votes on time) and the periodic signing of open
 * votes' tree heads ({@code vmeste.voting.sign-interval}, five minutes by default). Each job
 * runs on one instance at a time; tests call them directly.
 */
@Component
public class VotingJobs {

	private static final Logger log = LoggerFactory.getLogger(VotingJobs.class);

	private static final int BATCH = 100;

	private final VoteStore votes;

	private final VoteLifecycle lifecycle;

	private final Clock clock;

	VotingJobs(VoteStore votes, VoteLifecycle lifecycle, Clock clock) {
		this.votes = votes;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${vmeste.voting.calendar-interval:1m}", initialDelayString = "PT10S")
	@SchedulerLock(name = "voting-calendar", lockAtLeastFor = "${vmeste.voting.calendar-interval:1m}")
	public void openAndCloseOnTime() {
		Instant now = clock.instant();
		List<VoteId> due;
		while (!(due = votes.dueToOpen(now, BATCH)).isEmpty()) {
			due.forEach(vote -> log.info("Vote {} opened: {}", vote, lifecycle.open(vote, now)));
		}
		while (!(due = votes.dueToClose(now, BATCH)).isEmpty()) {
			due.forEach(vote -> log.info("Vote {} closed: {}", vote, lifecycle.close(vote, now)));
		}
		// closed votes' rolls are rewritten after their closing commits (also after a crash in between)
		votes.closedNotPublished().forEach(lifecycle::sortRoll);
	}

	@Scheduled(fixedDelayString = "${vmeste.voting.sign-interval:5m}", initialDelayString = "PT30S")
	@SchedulerLock(name = "voting-signed-heads", lockAtLeastFor = "${vmeste.voting.sign-interval:5m}")
	public void signOpenVotes() {
		Instant now = clock.instant();
		UUID after = new UUID(0, 0);
		List<VoteId> open;
		while (!(open = votes.openAfter(after, BATCH)).isEmpty()) {
			open.forEach(vote -> lifecycle.sign(vote, now));
			after = open.getLast().value();
		}
	}

}
