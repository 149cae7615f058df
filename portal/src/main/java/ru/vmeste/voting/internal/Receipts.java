package ru.vmeste.voting.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.vmeste.shared.DomainException;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.ledger.BallotLeaf;
import ru.vmeste.voting.internal.ledger.Ledger;
import ru.vmeste.voting.internal.ledger.MerkleTree;
import ru.vmeste.voting.internal.ledger.Receipt;
import ru.vmeste.voting.internal.ledger.TreeHead;

/**
 * Rebuilds a receipt from what its holder presents (the ballot's bytes, its position and the
 * tree size at the time) and checks it against the ledger, so a receipt page or file is only
 * ever shown for a ballot that is really there. It reveals nothing the holder did not bring.
 */
@Service
@Transactional(readOnly = true)
public class Receipts {

	/** Where a ballot is, found by its leaf hash: its index and its inclusion proof in the current tree. */
	public record Located(long leafIndex, byte[] leafHash, long treeSize, byte[] rootHash, List<byte[]> auditPath) {
	}

	private final Ledger ledger;

	private final BallotPool pool;

	Receipts(Ledger ledger, BallotPool pool) {
		this.ledger = ledger;
		this.pool = pool;
	}

	/** For a voter who kept only the leaf hash; a ballot still pooled is a conflict (try again shortly). */
	public Located locate(VoteId vote, byte[] leafHash) {
		Long index = ledger.indexOf(vote.value(), leafHash).orElse(null);
		if (index == null) {
			if (pool.isPooled(vote.value(), leafHash)) {
				throw DomainException.conflict("voting.receipt.pending");
			}
			throw DomainException.notFound("voting.receipt.unknown");
		}
		TreeHead head = ledger.headOrEmpty(vote.value());
		return new Located(index, leafHash, head.size(), head.rootHash(),
				ledger.inclusionProof(vote.value(), index, head.size()));
	}

	public Receipt confirm(VoteId vote, long leafIndex, long treeSize, byte[] leafData) {
		BallotLeaf ballot;
		try {
			ballot = BallotLeaf.decode(leafData);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("voting.receipt.not-in-ledger");
		}
		long size = ledger.headOrEmpty(vote.value()).size();
		if (!ballot.vote().equals(vote.value()) || leafIndex < 0 || treeSize <= leafIndex || treeSize > size
				|| !ledger.leafData(vote.value(), leafIndex).map(stored -> Arrays.equals(stored, leafData)).orElse(false)) {
			throw DomainException.invalid("voting.receipt.not-in-ledger");
		}
		return new Receipt(vote.value(), leafIndex, MerkleTree.leafHash(leafData), treeSize,
				ledger.root(vote.value(), treeSize), leafData);
	}

}
