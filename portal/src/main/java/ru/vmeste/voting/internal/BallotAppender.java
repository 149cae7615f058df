package ru.vmeste.voting.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.voting.internal.BallotPool.Pooled;
import ru.vmeste.voting.internal.ledger.Ledger;
import ru.vmeste.voting.internal.ledger.Receipt;
import ru.vmeste.voting.internal.ledger.TreeFrontier;

/**
 * The single appender: moves pooled ballots into their votes' ledgers, each vote's share in a
 * random order, and deletes them from the pool in the same transaction (so a ballot is appended
 * exactly once, whatever crashes when). One database lock makes it single across every
 * instance; per vote it takes the ledger head's lock once and writes once (group commit).
 */
@Component
class BallotAppender {

	/** The most pooled ballots one transaction appends. */
	static final int MAX_PER_TRANSACTION = 5000;

	private static final Logger log = LoggerFactory.getLogger(BallotAppender.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final BallotPool pool;

	private final Ledger ledger;

	private final TransactionTemplate transactions;

	BallotAppender(BallotPool pool, Ledger ledger, PlatformTransactionManager transactions) {
		this.pool = pool;
		this.ledger = ledger;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Appends everything pooled; the receipts of what this call appended, by hex leaf hash. */
	Map<String, Receipt> appendPooled() {
		Map<String, Receipt> receipts = new HashMap<>();
		int appended;
		do {
			Map<String, Receipt> batch = transactions.execute(status -> {
				pool.lockAppender();
				return append(pool.pooled(MAX_PER_TRANSACTION));
			});
			receipts.putAll(batch);
			appended = batch.size();
		}
		while (appended == MAX_PER_TRANSACTION);
		return receipts;
	}

	/** What a vote's closing does first, with the appender's lock and the vote's gate held. */
	@Transactional(propagation = Propagation.MANDATORY)
	void appendPooledOf(UUID vote) {
		append(pool.pooled(vote));
	}

	/** Takes the locks a vote's closing needs, in the appender's order. */
	@Transactional(propagation = Propagation.MANDATORY)
	void lockForClosing(UUID vote) {
		pool.lockAppender();
		pool.closeGate(vote);
	}

	/** Where an appended ballot sits now (e.g. appended by another instance's appender). */
	Optional<Receipt> find(UUID vote, byte[] leafHash, byte[] data) {
		return ledger.indexOf(vote, leafHash).map(index -> {
			var head = ledger.headOrEmpty(vote);
			return new Receipt(vote, index, leafHash, head.size(), head.rootHash(), data);
		});
	}

	private Map<String, Receipt> append(List<Pooled> pooled) {
		Map<UUID, List<Pooled>> byVote = new TreeMap<>();
		pooled.forEach(ballot -> byVote.computeIfAbsent(ballot.vote(), vote -> new ArrayList<>()).add(ballot));
		Map<String, Receipt> receipts = new HashMap<>();
		List<Pooled> done = new ArrayList<>();
		HexFormat hex = HexFormat.of();
		byVote.forEach((vote, ballots) -> {
			Optional<TreeFrontier> head = ledger.lockForAppend(vote);
			if (head.isEmpty()) {
				log.error("{} pooled ballots of vote {} wait for a ledger that takes no more leaves", ballots.size(), vote);
				return;
			}
			List<Pooled> shuffled = new ArrayList<>(ballots);
			Collections.shuffle(shuffled, RANDOM);
			ledger.appendAll(vote, head.get(), shuffled.stream().map(Pooled::data).toList())
				.forEach(receipt -> receipts.put(hex.formatHex(receipt.leafHash()), receipt));
			done.addAll(shuffled);
		});
		if (!done.isEmpty()) {
			pool.remove(done);
		}
		return receipts;
	}

}
