package ru.vmeste.drills;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the ballot ledgers against the receipts the portal gave: while a vote is open its
 * leaves are not public (the API answers 409), so the drills read the ledger's table, as an
 * auditor with database access would. Ballots are pooled and appended in batches: the check
 * first waits for the pool to drain (every recorded voter's ballot in the ledger).
 */
final class Ledgers {

	private Ledgers() {
	}

	/**
	 * Every receipt's leaf is in its vote's ledger exactly once, at the receipt's index; the
	 * ledger has no gap; it has one leaf per voter who voted. Answers the receipts checked.
	 */
	static int assertEveryReceiptOnce(DrillDatabase database, Collection<DrillLoad.AckedBallot> receipts) {
		Map<String, List<DrillLoad.AckedBallot>> byVote = receipts.stream()
			.collect(Collectors.groupingBy(DrillLoad.AckedBallot::vote));
		int checked = 0;
		for (Map.Entry<String, List<DrillLoad.AckedBallot>> vote : byVote.entrySet()) {
			// the appender empties the pool within its batch wait: every recorded voter gets a leaf
			org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> database.count(
					"select count(*) from voting_ballots where vote_id = ?::uuid", vote.getKey()) == database.count(
							"select count(*) from voting_voters where vote_id = ?::uuid", vote.getKey()));
			List<String> leaves = database.jdbc()
				.sql("select encode(leaf_hash, 'hex') from voting_ballots where vote_id = ?::uuid order by leaf_index")
				.param(vote.getKey())
				.query(String.class)
				.list();
			long lastIndex = database.count(
					"select coalesce(max(leaf_index), -1) from voting_ballots where vote_id = ?::uuid", vote.getKey());
			assertThat(lastIndex + 1).as("vote %s: leaves without a gap", vote.getKey()).isEqualTo(leaves.size());
			assertThat((long) leaves.size()).as("vote %s: one leaf per voter who voted", vote.getKey())
				.isEqualTo(database.count("select count(*) from voting_voters where vote_id = ?::uuid", vote.getKey()));
			Map<String, Long> times = leaves.stream()
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			for (DrillLoad.AckedBallot receipt : vote.getValue()) {
				assertThat(times.get(receipt.leafHash())).as("receipt %s: times in the ledger", receipt.leafHash())
					.isEqualTo(1L);
				if (receipt.leafIndex() >= 0) {
					assertThat(leaves.get((int) receipt.leafIndex())).as("receipt %s: at its index", receipt.leafHash())
						.isEqualTo(receipt.leafHash());
				}
				checked++;
			}
		}
		return checked;
	}

}
