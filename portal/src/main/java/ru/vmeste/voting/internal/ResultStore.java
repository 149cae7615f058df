package ru.vmeste.voting.internal;

import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.counting.Decision;
import ru.vmeste.voting.internal.counting.Fraction;
import ru.vmeste.voting.internal.counting.Tally;

/**
 * SQL for counting: ballots grouped by their choices, and the result fixed at close.
 */
@Repository
class ResultStore {

	private final JdbcClient jdbc;

	ResultStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each distinct set of chosen options (stored in canonical order) with its number of ballots. */
	Map<List<UUID>, Long> ballotGroups(VoteId vote) {
		Map<List<UUID>, Long> groups = new HashMap<>();
		jdbc.sql("select option_ids, count(*) as ballots from voting_ballots where vote_id = ? group by option_ids")
			.param(vote.value())
			.query((ResultSet rs) -> {
				Array options = rs.getArray("option_ids");
				groups.put(List.copyOf(Arrays.asList((UUID[]) options.getArray())), rs.getLong("ballots"));
			});
		return groups;
	}

	void save(VoteId vote, Tally.Result result) {
		List<Tally.Step> steps = result.steps();
		for (int i = 0; i < steps.size(); i++) {
			Tally.Step step = steps.get(i);
			jdbc.sql("""
					insert into voting_results (vote_id, option_id, step, votes, selected, decision, budget_left, price)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(vote.value(), step.option(), i, step.votes(), step.selected(), step.decision().name(),
						step.budgetLeft(), step.price() == null ? null : step.price().toString())
				.update();
		}
	}

	/** The options the fixed result selected (none before the vote closed). */
	List<UUID> selected(VoteId vote) {
		return jdbc.sql("select option_id from voting_results where vote_id = ? and selected order by step")
			.param(vote.value())
			.query(UUID.class)
			.list();
	}

	/** The fixed result, or empty before the vote closed. */
	Optional<Tally.Result> saved(VoteId vote, long ballots) {
		List<Tally.Step> steps = jdbc.sql("select * from voting_results where vote_id = ? order by step")
			.param(vote.value())
			.query((rs, row) -> new Tally.Step(rs.getObject("option_id", UUID.class), rs.getLong("votes"),
					rs.getBoolean("selected"), Decision.valueOf(rs.getString("decision")),
					rs.getObject("budget_left", Long.class), fraction(rs.getString("price"))))
			.list();
		if (steps.isEmpty()) {
			return Optional.empty();
		}
		Map<UUID, Long> totals = new LinkedHashMap<>();
		steps.forEach(step -> totals.put(step.option(), step.votes()));
		return Optional.of(new Tally.Result(totals, steps, ballots));
	}

	private static @Nullable Fraction fraction(@Nullable String stored) {
		if (stored == null) {
			return null;
		}
		String[] parts = stored.split("/");
		return new Fraction(new BigInteger(parts[0]), new BigInteger(parts[1]));
	}

}
