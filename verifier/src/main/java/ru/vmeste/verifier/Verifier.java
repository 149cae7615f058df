package ru.vmeste.verifier;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks an audit bundle without trusting the portal: every ballot is well formed and valid
 * under the vote's rule; every signed head carries a valid Ed25519 signature, follows the one
 * before it (size and time never go back, the consistency proof holds) and has the root that
 * the bundle's ballots give; the final head covers exactly the bundle's ballots; and a recount
 * by the published rule gives the published tally; and the participation roll lists exactly one
 * voter's pseudonym per ballot. Stops at the first discrepancy.
 */
final class Verifier {

	private static final HexFormat HEX = HexFormat.of();

	private static final byte[] DOMAIN = "VMESTE-TREE-HEAD-V1".getBytes(StandardCharsets.US_ASCII);

	private Verifier() {
	}

	/** A summary of what was checked, or a {@link Discrepancy} naming the first problem. */
	static List<String> verify(Bundle bundle) {
		List<String> checked = new ArrayList<>();
		PublicKey key = publicKey(bundle.publicKey());
		checked.add("public key (Ed25519, SHA-256 fingerprint " + HEX.formatHex(sha256(bundle.publicKey())) + ")");
		List<Ballot> ballots = ballots(bundle);
		checked.add(ballots.size() + " ballots are well formed and valid under the rule " + bundle.vote().ballotRule());
		checkHeads(bundle, key);
		Bundle.Head last = bundle.heads().getLast();
		checked.add(bundle.heads().size() + " signed heads verify, each consistent with the one before; the final head ("
				+ last.timestamp() + ") covers all " + last.treeSize() + " ballots with root " + HEX.formatHex(last.rootHash()));
		checkTally(bundle, ballots);
		checked.add("the recount by " + bundle.vote().counting() + " gives the published tally");
		checkParticipation(bundle);
		checked.add("the participation roll lists " + bundle.participation().pseudonyms().size()
				+ " distinct voters, one per ballot, of " + bundle.participation().eligible() + " eligible");
		return checked;
	}

	/**
	 * The roll of those who voted must have exactly one pseudonym per ballot: a ballot without a
	 * voter (stuffing) or a voter without a ballot (a dropped ballot) shows here.
	 */
	private static void checkParticipation(Bundle bundle) {
		Bundle.Participation roll = bundle.participation();
		int leaves = bundle.leaves().size();
		int listed = roll.pseudonyms().size();
		if (listed != leaves) {
			throw new Discrepancy("the participation roll lists " + listed + " voters but the ledger holds " + leaves
					+ " ballots: " + (listed < leaves ? (leaves - listed) + " ballots have no voter on the roll"
							: (listed - leaves) + " voters on the roll have no ballot"));
		}
		if (roll.voted() != listed) {
			throw new Discrepancy("the participation roll says " + roll.voted() + " voted but lists " + listed + " pseudonyms");
		}
		for (int i = 0; i < listed; i++) {
			String pseudonym = roll.pseudonyms().get(i);
			if (!pseudonym.matches("[0-9a-f]{32}")) {
				throw new Discrepancy("pseudonym " + (i + 1) + " of the participation roll is not 32 lowercase hex digits");
			}
			if (i > 0 && pseudonym.compareTo(roll.pseudonyms().get(i - 1)) <= 0) {
				throw new Discrepancy("the participation roll is not sorted without repeats at pseudonym " + (i + 1)
						+ ": a voter is listed twice or the list was reordered");
			}
		}
		if (roll.eligible() < listed) {
			throw new Discrepancy("the participation roll lists " + listed + " voters of only " + roll.eligible()
					+ " eligible residents");
		}
	}

	private static List<Ballot> ballots(Bundle bundle) {
		Bundle.Vote vote = bundle.vote();
		Map<UUID, Long> costs = new HashMap<>();
		vote.options().forEach(option -> costs.put(option.id(), option.cost()));
		List<Ballot> ballots = new ArrayList<>();
		for (int i = 0; i < bundle.leaves().size(); i++) {
			Ballot ballot;
			try {
				ballot = Ballot.decode(bundle.leaves().get(i));
			}
			catch (IllegalArgumentException | BufferUnderflowException ex) {
				throw new Discrepancy("leaf " + i + " is not a canonical ballot: " + ex.getMessage());
			}
			if (!ballot.vote().equals(vote.id())) {
				throw new Discrepancy("leaf " + i + " is a ballot of vote " + ballot.vote() + ", not of " + vote.id());
			}
			long cost = 0;
			for (UUID option : ballot.options()) {
				if (!costs.containsKey(option)) {
					throw new Discrepancy("leaf " + i + " names option " + option + ", which is not an option of this vote");
				}
				cost += costs.get(option);
			}
			String problem = switch (vote.ballotRule()) {
				case "ONE" -> ballot.options().size() == 1 ? null : "names " + ballot.options().size() + " options, not exactly one";
				case "UP_TO" -> !ballot.options().isEmpty() && ballot.options().size() <= vote.maxChoices() ? null
						: "names " + ballot.options().size() + " options, not 1 to " + vote.maxChoices();
				case "WITHIN_BUDGET" -> !ballot.options().isEmpty() && cost <= vote.budget() ? null
						: "costs " + cost + " for a budget of " + vote.budget();
				default -> throw new Discrepancy("the bundle names an unknown ballot rule " + vote.ballotRule());
			};
			if (problem != null) {
				throw new Discrepancy("leaf " + i + " breaks the ballot rule " + vote.ballotRule() + ": it " + problem);
			}
			ballots.add(ballot);
		}
		return ballots;
	}

	private static void checkHeads(Bundle bundle, PublicKey key) {
		List<Bundle.Head> heads = bundle.heads();
		if (heads.isEmpty()) {
			throw new Discrepancy("the bundle has no signed head");
		}
		Merkle.Growing tree = new Merkle.Growing();
		Bundle.Head previous = null;
		for (int k = 0; k < heads.size(); k++) {
			Bundle.Head head = heads.get(k);
			String name = "signed head #" + (k + 1) + " (tree size " + head.treeSize() + ", " + head.timestamp() + ")";
			if (!signatureValid(key, bundle.vote().id(), head)) {
				throw new Discrepancy(name + ": the signature does not verify with the bundle's public key");
			}
			if (previous != null && head.treeSize() < previous.treeSize()) {
				throw new Discrepancy(name + ": smaller than the head before it (" + previous.treeSize() + "): the ledger shrank");
			}
			if (previous != null && head.timestamp().isBefore(previous.timestamp())) {
				throw new Discrepancy(name + ": signed before the head before it (" + previous.timestamp() + ")");
			}
			if (previous != null && previous.treeSize() > 0
					&& !Merkle.consistent(previous.treeSize(), head.treeSize(), previous.rootHash(), head.rootHash(),
							head.consistencyProof())) {
				throw new Discrepancy(name + ": the consistency proof from tree size " + previous.treeSize()
						+ " does not verify: the signed history was rewritten");
			}
			if (head.treeSize() > bundle.leaves().size()) {
				throw new Discrepancy(name + ": it covers " + head.treeSize() + " ballots but the bundle holds only "
						+ bundle.leaves().size() + ": ballots are missing");
			}
			while (tree.size() < head.treeSize()) {
				tree.add(Merkle.leafHash(bundle.leaves().get((int) tree.size())));
			}
			byte[] root = tree.root();
			if (!Arrays.equals(root, head.rootHash())) {
				long from = previous == null ? 0 : previous.treeSize();
				throw new Discrepancy(name + ": the root of the bundle's first " + head.treeSize() + " ballots is "
						+ HEX.formatHex(root) + ", the signed root is " + HEX.formatHex(head.rootHash())
						+ ": a ballot among leaves " + from + ".." + (head.treeSize() - 1)
						+ " was altered, removed or inserted");
			}
			if (head.last() && k != heads.size() - 1) {
				throw new Discrepancy(name + ": marked final but followed by another head");
			}
			previous = head;
		}
		if (!previous.last()) {
			throw new Discrepancy("the last signed head is not marked final: the bundle is not of a closed vote");
		}
		if (previous.treeSize() != bundle.leaves().size()) {
			throw new Discrepancy("the bundle holds " + bundle.leaves().size() + " ballots but the final signed head covers "
					+ previous.treeSize() + ": leaves " + previous.treeSize() + ".." + (bundle.leaves().size() - 1)
					+ " are in no signed tree");
		}
	}

	private static void checkTally(Bundle bundle, List<Ballot> ballots) {
		Bundle.Tally published = bundle.tally();
		if (published.ballots() != ballots.size()) {
			throw new Discrepancy("the published tally counts " + published.ballots() + " ballots, the bundle holds "
					+ ballots.size());
		}
		Recount.Result recount = Recount.count(bundle.vote(), ballots);
		for (Map.Entry<UUID, Long> total : recount.totals().entrySet()) {
			Long claimed = published.totals().get(total.getKey());
			if (claimed == null || claimed.longValue() != total.getValue()) {
				throw new Discrepancy("option " + total.getKey() + ": the published tally says " + claimed
						+ " votes, the recount gives " + total.getValue());
			}
		}
		if (!published.totals().keySet().equals(recount.totals().keySet())) {
			throw new Discrepancy("the published tally lists options that are not the vote's options");
		}
		Set<UUID> claimed = new HashSet<>(published.selected());
		if (!claimed.equals(new HashSet<>(recount.selected())) || claimed.size() != published.selected().size()) {
			throw new Discrepancy("the published result selects " + published.selected() + " but the recount by "
					+ bundle.vote().counting() + " selects " + recount.selected());
		}
	}

	private static boolean signatureValid(PublicKey key, UUID vote, Bundle.Head head) {
		byte[] signed = ByteBuffer.allocate(DOMAIN.length + 16 + 8 + 32 + 8)
			.put(DOMAIN)
			.putLong(vote.getMostSignificantBits())
			.putLong(vote.getLeastSignificantBits())
			.putLong(head.treeSize())
			.put(head.rootHash())
			.putLong(head.timestamp().toEpochMilli())
			.array();
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initVerify(key);
			ed25519.update(signed);
			return ed25519.verify(head.signature());
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static PublicKey publicKey(byte[] encoded) {
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
		}
		catch (GeneralSecurityException ex) {
			throw new Discrepancy("the bundle's public key is not an Ed25519 key in X.509 form");
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
