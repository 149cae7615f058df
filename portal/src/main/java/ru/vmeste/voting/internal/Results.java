package ru.vmeste.voting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.Residents;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.counting.Tally;

/**
 * Counts votes: live while a vote with live results is open (recounted at most every few
 * seconds, however many people look), and once and for all when it closes.
 */
@Service
@Transactional(readOnly = true)
public class Results {

	/** A vote's result as the public sees it. */
	public record Outcome(Tally.Result result, @Nullable Long eligible, boolean fixed) {
	}

	private static final Duration LIVE_FRESHNESS = Duration.ofSeconds(10);

	private record Live(Instant countedAt, Outcome outcome) {
	}

	private final ResultStore store;

	private final VoteStore votes;

	private final Residents residents;

	private final Clock clock;

	private final Map<VoteId, Live> live = new ConcurrentHashMap<>();

	Results(ResultStore store, VoteStore votes, Residents residents, Clock clock) {
		this.store = store;
		this.votes = votes;
		this.residents = residents;
		this.clock = clock;
	}

	/** The result if the public may see it yet. */
	public Optional<Outcome> outcome(Vote vote, long ballots) {
		if (!vote.resultsVisible()) {
			return Optional.empty();
		}
		if (vote.status().isFinished()) {
			return store.saved(vote.id(), ballots).map(result -> new Outcome(result, vote.eligibleCount(), true));
		}
		Instant now = clock.instant();
		Live cached = live.get(vote.id());
		if (cached == null || cached.countedAt().plus(LIVE_FRESHNESS).isBefore(now)) {
			cached = new Live(now, new Outcome(count(vote), eligible(vote), false));
			live.put(vote.id(), cached);
		}
		return Optional.of(cached.outcome());
	}

	/** Counts and stores the result of a vote that has just closed. */
	@Transactional(propagation = Propagation.MANDATORY)
	void fix(Vote vote) {
		store.save(vote.id(), count(vote));
		votes.setEligibleCount(vote.id(), eligible(vote));
		live.remove(vote.id());
	}

	Tally.Result count(Vote vote) {
		List<Tally.Candidate> candidates = vote.options()
			.stream()
			.map(option -> new Tally.Candidate(option.id(), option.position(), option.cost() == null ? 0 : option.cost()))
			.toList();
		return Tally.count(vote.counting(), candidates, vote.budget(), store.ballotGroups(vote.id()));
	}

	long eligible(Vote vote) {
		LocalDate today = LocalDate.now(clock);
		return residents.countVerified(vote.eligibility().districts(), vote.eligibility().bornOnOrBefore(today));
	}

}
