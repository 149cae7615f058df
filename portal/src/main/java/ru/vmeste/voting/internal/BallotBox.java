package ru.vmeste.voting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.ResidentStatus;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.platform.PublicUrl;
import ru.vmeste.shared.DomainException;
import ru.vmeste.voting.MailedReceipt;
import ru.vmeste.voting.ReceiptMailbox;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.VotingSettings;
import ru.vmeste.voting.internal.ledger.BallotLeaf;
import ru.vmeste.voting.internal.ledger.Receipt;

/**
 * Takes ballots: checks the ballot and the resident's eligibility, then hands it to the
 * pipeline ({@link BallotQueue}) and waits for its batch: the voter is put on the roll and the
 * ballot into the pool in one transaction, and the appender later appends it among others in
 * another. The ballot carries nothing about the voter; who cast which ballot exists only in this
 * request's memory.
 */
@Service
public class BallotBox {

	private static final Logger log = LoggerFactory.getLogger(BallotBox.class);

	private static final int CACHED_VOTES = 500;

	private final VoteStore votes;

	private final Voters voters;

	private final BallotQueue queue;

	private final Residents residents;

	private final ObjectProvider<ReceiptMailbox> mailbox;

	private final PublicUrl publicUrl;

	private final Clock clock;

	private final long receiptWaitNanos;

	/** Open votes' definitions, which never change once a vote is open; the status is read afresh. */
	private final Map<VoteId, Vote> openVotes = new ConcurrentHashMap<>();

	BallotBox(VoteStore votes, Voters voters, BallotQueue queue, Residents residents,
			ObjectProvider<ReceiptMailbox> mailbox, PublicUrl publicUrl, Clock clock, VotingSettings settings) {
		this.votes = votes;
		this.voters = voters;
		this.queue = queue;
		this.residents = residents;
		this.mailbox = mailbox;
		this.publicUrl = publicUrl;
		this.clock = clock;
		this.receiptWaitNanos = settings.batch().receiptWait().toNanos();
	}

	/**
	 * Casts the resident's ballot and waits for its batch.
	 *
	 * @param emailReceipt whether the resident asked for the receipt by e-mail
	 */
	public Cast cast(VoteId id, UserId voter, List<UUID> choice, boolean emailReceipt) {
		Vote vote = definition(id);
		Instant now = clock.instant();
		vote.checkBallot(choice);
		refusal(vote, voter).ifPresent(reason -> {
			throw DomainException.forbidden(reason);
		});
		requireOpen(vote, now);
		Submission submission = new Submission(vote, voter, now, BallotLeaf.of(id.value(), choice).encode());
		long deadline = System.nanoTime() + receiptWaitNanos;
		queue.submit(submission);
		awaitRecorded(submission, deadline);
		try {
			Receipt receipt = submission.appended.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (emailReceipt) {
				mail(voter, vote, receipt);
			}
			return new Cast(id.value(), receipt.leafHash(), receipt);
		}
		catch (TimeoutException ex) {
			return new Cast(id.value(), submission.leafHash, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Cast(id.value(), submission.leafHash, null);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("The appender failed a recorded ballot", ex.getCause());
		}
	}

	/** Why this resident may not vote in the vote (a message key), or empty if they may. */
	public Optional<String> refusal(Vote vote, UserId resident) {
		ResidentStatus status = residents.statusOf(resident).orElse(null);
		return vote.eligibility().refusal(status, LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public boolean hasVoted(VoteId vote, UserId resident) {
		return voters.hasVoted(vote, resident);
	}

	/** Waits until the voter is on the roll; the refusal if they were not put on it. */
	private static void awaitRecorded(Submission submission, long deadline) {
		CompletableFuture<Void> recorded = submission.recorded;
		try {
			try {
				recorded.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException ex) {
				if (submission.withdraw()) {
					throw new DomainException(DomainException.Kind.UNAVAILABLE, "voting.busy");
				}
				recorded.get(); // its batch is being recorded right now: the answer comes within a transaction's time
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof DomainException refusal) {
				throw refusal;
			}
			throw new IllegalStateException("Recording a ballot failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DomainException(DomainException.Kind.UNAVAILABLE, "voting.busy");
		}
	}

	/** Mails the receipt on a thread of its own: the answer does not wait for the mail server. */
	private void mail(UserId voter, Vote vote, Receipt receipt) {
		ReceiptMailbox receipts = mailbox.getIfAvailable();
		if (receipts == null) {
			return;
		}
		HexFormat hex = HexFormat.of();
		MailedReceipt mailed = new MailedReceipt(vote.id(), vote.title(), receipt.leafIndex(),
				hex.formatHex(receipt.leafHash()), receipt.treeSize(), hex.formatHex(receipt.rootHash()),
				ReceiptLinks.check(publicUrl.base(), receipt));
		Thread.ofVirtual().name("receipt-mail").start(() -> {
			try {
				receipts.deliver(voter, mailed);
			}
			catch (RuntimeException ex) {
				log.warn("A receipt mail could not be sent: {}", ex.getClass().getSimpleName());
			}
		});
	}

	private Vote definition(VoteId id) {
		Vote cached = openVotes.get(id);
		if (cached != null) {
			return cached;
		}
		Vote vote = votes.find(id).filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("voting.vote-not-found"));
		if (vote.status() == VoteStatus.OPEN) {
			if (openVotes.size() >= CACHED_VOTES) {
				openVotes.clear();
			}
			openVotes.put(id, vote);
		}
		return vote;
	}

	private static void requireOpen(Vote vote, Instant now) {
		if (vote.status() == VoteStatus.SCHEDULED || now.isBefore(vote.opensAt())) {
			throw DomainException.conflict("voting.not-open-yet");
		}
		if (!vote.acceptsBallotsAt(now)) {
			throw DomainException.conflict("voting.closed");
		}
	}

}
