package ru.vmeste.voting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.identity.ResidentStatus;
import ru.vmeste.identity.Residents;
import ru.vmeste.identity.UserId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.voting.BallotCast;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.ledger.BallotLeaf;
import ru.vmeste.voting.internal.ledger.Ledger;
import ru.vmeste.voting.internal.ledger.Receipt;
import ru.vmeste.voting.internal.ledger.TreeFrontier;

/**
 * Takes ballots: checks the ballot and the resident's eligibility, marks the resident as
 * having voted (once per vote, enforced by the database) and appends the ballot to the vote's
 * ledger, all in one transaction. The ballot carries nothing about the voter.
 */
@Service
public class BallotBox {

	/** Where to mail the receipt: the portal's address for the links, or no mail at all. */
	public record ReceiptMail(String site) {
	}

	private static final int CACHED_VOTES = 500;

	private final VoteStore votes;

	private final Voters voters;

	private final Ledger ledger;

	private final Residents residents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Open votes' definitions, which never change once a vote is open; the status is read afresh. */
	private final Map<VoteId, Vote> openVotes = new ConcurrentHashMap<>();

	BallotBox(VoteStore votes, Voters voters, Ledger ledger, Residents residents, ApplicationEventPublisher events,
			Clock clock) {
		this.votes = votes;
		this.voters = voters;
		this.ledger = ledger;
		this.residents = residents;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Receipt cast(VoteId id, UserId voter, List<UUID> choice, @Nullable ReceiptMail mail) {
		Vote vote = definition(id);
		Instant now = clock.instant();
		vote.checkBallot(choice);
		refusal(vote, voter).ifPresent(reason -> {
			throw DomainException.forbidden(reason);
		});
		requireOpen(vote, now);
		if (!voters.record(id, voter)) {
			throw DomainException.conflict("voting.already-voted");
		}
		TreeFrontier head = ledger.lockForAppend(id.value())
			.filter(locked -> vote.acceptsBallotsAt(clock.instant()))
			.orElseThrow(() -> DomainException.conflict("voting.closed"));
		Receipt receipt = ledger.append(head, BallotLeaf.of(id.value(), choice));
		if (mail != null) {
			HexFormat hex = HexFormat.of();
			events.publishEvent(new BallotCast(voter, id, vote.title(), receipt.leafIndex(), hex.formatHex(receipt.leafHash()),
					receipt.treeSize(), hex.formatHex(receipt.rootHash()), ReceiptLinks.check(mail.site(), receipt),
					ReceiptLinks.file(mail.site(), receipt)));
		}
		return receipt;
	}

	/** Why this resident may not vote in the vote (a message key), or empty if they may. */
	@Transactional(readOnly = true)
	public Optional<String> refusal(Vote vote, UserId resident) {
		ResidentStatus status = residents.statusOf(resident).orElse(null);
		return vote.eligibility().refusal(status, LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public boolean hasVoted(VoteId vote, UserId resident) {
		return voters.hasVoted(vote, resident);
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
