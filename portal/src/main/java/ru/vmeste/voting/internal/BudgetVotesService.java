package ru.vmeste.voting.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.UserId;
import ru.vmeste.voting.BudgetVotes;
import ru.vmeste.voting.VoteId;

/**
 * Budget votes prepared by other modules, made the way staff make them by hand: a draft with
 * its projects, scheduled, and opened at once when its time has come.
 */
@Service
class BudgetVotesService implements BudgetVotes {

	private final VoteAdministration administration;

	private final VoteLifecycle lifecycle;

	private final VoteStore votes;

	private final ResultStore results;

	private final JdbcClient jdbc;

	private final Clock clock;

	BudgetVotesService(VoteAdministration administration, VoteLifecycle lifecycle, VoteStore votes, ResultStore results,
			JdbcClient jdbc, Clock clock) {
		this.administration = administration;
		this.lifecycle = lifecycle;
		this.votes = votes;
		this.results = results;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Created create(Request request, UserId by) {
		VoteId id = administration.create(new VoteDefinition(request.title(), request.description(), VoteKind.BUDGET,
				BallotRule.WITHIN_BUDGET, null, request.budget(), Counting.GREEDY, false,
				new Eligibility(request.districts(), null), request.opensAt(), request.closesAt()), by);
		List<UUID> options = new ArrayList<>();
		for (Project project : request.projects()) {
			options.add(administration.addOption(id, project.title(), project.description(), project.cost(), by));
		}
		administration.schedule(id, by);
		Instant now = clock.instant();
		if (!request.opensAt().isAfter(now)) {
			lifecycle.open(id, now);
		}
		return new Created(id, options);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<State> state(VoteId id) {
		return votes.find(id)
			.map(vote -> new State(vote.id(), vote.title(), vote.status().name(), vote.opensAt(), vote.closesAt()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Outcome> outcome(VoteId id) {
		return votes.find(id)
			.map(vote -> new Outcome(vote.id(), vote.status().name(),
					vote.options().stream().map(option -> new Option(option.id(), option.title(), option.cost())).toList(),
					vote.status() == VoteStatus.PUBLISHED ? Set.copyOf(results.selected(id)) : Set.of()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<State> published(int limit) {
		return jdbc.sql("select id from voting_votes where kind = 'BUDGET' and status = 'PUBLISHED' order by closes_at desc limit ?")
			.param(limit)
			.query((rs, row) -> new VoteId(rs.getObject("id", UUID.class)))
			.list()
			.stream()
			.flatMap(id -> state(id).stream())
			.toList();
	}

}
