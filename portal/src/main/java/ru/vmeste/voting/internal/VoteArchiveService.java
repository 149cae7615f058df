package ru.vmeste.voting.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.vmeste.identity.UserId;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.VoteArchive;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.counting.Tally;
import ru.vmeste.voting.internal.ledger.BallotLeaf;
import ru.vmeste.voting.internal.ledger.Ledger;
import ru.vmeste.voting.internal.ledger.MerkleTree;
import ru.vmeste.voting.internal.ledger.SignedHead;
import ru.vmeste.voting.internal.ledger.SigningKeys;
import ru.vmeste.voting.internal.ledger.TreeFrontier;

/**
 * Imports a finished vote from its audit bundle in two steps: first the whole bundle is read and
 * checked in memory, as the verifier checks it (ballots, every signed head's root and signature,
 * the final head, the roll, the recount) without a database connection held; only then, in one
 * transaction, is it stored — the vote, its ledger rebuilt leaf by leaf with the heads it was signed
 * at, its roll, its result and its eligible count. Its history says when it opened and closed, and
 * who carried it over when. A vote already here is found by the store's own keys, so two imports of
 * one bundle at once are refused alike.
 */
@Service
class VoteArchiveService implements VoteArchive {

	/** A bundle read and checked, ready to store. */
	private record Checked(Vote vote, List<byte[]> leaves, List<SignedHead> heads, List<byte[]> roll,
			Tally.Result result, boolean published) {
	}

	private final VoteStore votes;

	private final VoteManagers managers;

	private final Ledger ledger;

	private final Participation participation;

	private final ResultStore results;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate transactions;

	VoteArchiveService(VoteStore votes, VoteManagers managers, Ledger ledger, Participation participation,
			ResultStore results, JsonMapper json, Clock clock, PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
		this.votes = votes;
		this.managers = managers;
		this.ledger = ledger;
		this.participation = participation;
		this.results = results;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public VoteId importBundle(InputStream bundle, byte[] trustedKey, LocalizedText description,
			Set<DistrictId> districts, UserId by) {
		if (!managers.of(by).everything()) {
			throw DomainException.forbidden("voting.manage.not-yours");
		}
		@Nullable OrganizationId owner = managers.ownerOfNew(by);
		DistrictId district = managers.districtOf(owner);
		if (district != null && !Set.of(district).equals(districts)) {
			throw DomainException.invalid("voting.manage.outside-district");
		}
		Checked checked = check(read(bundle), trustedKey, description, districts, by);
		try {
			transactions.executeWithoutResult(status -> store(checked, owner, by));
		}
		catch (DuplicateKeyException ex) {
			// the vote's id (or one of its options') is here already, imported before or at this moment
			throw DomainException.conflict("voting.import.exists");
		}
		return checked.vote().id();
	}

	private void store(Checked checked, @Nullable OrganizationId owner, UserId by) {
		Vote vote = checked.vote();
		votes.insert(vote, owner);
		if (vote.eligibleCount() != null) {
			votes.setEligibleCount(vote.id(), vote.eligibleCount());
		}
		vote.options().forEach(option -> votes.insertOption(vote.id(), option));
		votes.recordHistory(vote.id(), VoteStatus.OPEN, vote.opensAt(), null);
		votes.recordHistory(vote.id(), VoteStatus.CLOSED, vote.closesAt(), null);
		UUID id = vote.id().value();
		ledger.open(id);
		int appended = 0;
		for (SignedHead head : checked.heads()) {
			int size = (int) head.treeSize();
			ledger.appendAll(id, ledger.lockForAppend(id).orElseThrow(), checked.leaves().subList(appended, size));
			appended = size;
			ledger.importSignedHead(head);
		}
		ledger.close(id);
		participation.importRoll(vote.id(), checked.roll());
		results.save(vote.id(), checked.result());
		if (checked.published()) {
			votes.transition(vote.id(), VoteStatus.CLOSED, VoteStatus.PUBLISHED, clock.instant(), by);
		}
	}

	private JsonNode read(InputStream bundle) {
		try {
			JsonNode root = json.readTree(bundle);
			if (!AuditBundleWriter.FORMAT.equals(root.path("format").asString(""))) {
				throw DomainException.invalid("voting.import.format");
			}
			return root;
		}
		catch (RuntimeException ex) {
			throw ex instanceof DomainException refusal ? refusal : DomainException.invalid("voting.import.format");
		}
	}

	private Checked check(JsonNode bundle, byte[] trustedKey, LocalizedText description, Set<DistrictId> districts,
			UserId by) {
		Vote vote;
		PartsRead parts;
		VoteStatus status;
		try {
			status = VoteStatus.valueOf(bundle.required("vote").required("status").asString());
			vote = vote(bundle.required("vote"), description, districts, by, bundle.path("tally").path("eligible"));
			parts = parts(bundle);
		}
		catch (DomainException refusal) {
			throw refusal;
		}
		catch (RuntimeException ex) {
			throw DomainException.invalid("voting.import.format");
		}
		if (!status.isFinished()) {
			throw DomainException.invalid("voting.import.not-finished");
		}
		if (parts.heads().stream().anyMatch(head -> !Arrays.equals(head.publicKey(), trustedKey))) {
			throw DomainException.invalid("voting.import.key");
		}
		UUID id = vote.id().value();
		Map<List<UUID>, Long> groups = new HashMap<>();
		TreeFrontier frontier = TreeFrontier.empty();
		int headIndex = 0;
		for (int i = 0; i <= parts.leaves().size(); i++) {
			while (headIndex < parts.heads().size() && parts.heads().get(headIndex).treeSize() == i) {
				SignedHead head = parts.heads().get(headIndex++);
				if (!Arrays.equals(frontier.root(), head.rootHash())) {
					throw DomainException.invalid("voting.import.root", headIndex);
				}
				if (!SigningKeys.verify(trustedKey, head.signedBytes(), head.signature())) {
					throw DomainException.invalid("voting.import.signature", headIndex);
				}
			}
			if (i == parts.leaves().size()) {
				break;
			}
			byte[] data = parts.leaves().get(i);
			BallotLeaf leaf;
			try {
				leaf = BallotLeaf.decode(data);
				if (!leaf.vote().equals(id)) {
					throw new IllegalArgumentException("a ballot of another vote");
				}
				vote.checkBallot(leaf.options());
			}
			catch (IllegalArgumentException | DomainException ex) {
				throw DomainException.invalid("voting.import.ballot", i);
			}
			groups.merge(leaf.options(), 1L, Long::sum);
			frontier = frontier.append(MerkleTree.leafHash(data)).frontier();
		}
		List<SignedHead> heads = parts.heads();
		if (headIndex != heads.size() || heads.isEmpty() || heads.getLast().treeSize() != parts.leaves().size()
				|| !heads.getLast().last() || heads.stream().filter(SignedHead::last).count() != 1) {
			throw DomainException.invalid("voting.import.final-head");
		}
		List<byte[]> roll = parts.roll();
		for (int i = 1; i < roll.size(); i++) {
			if (Arrays.compareUnsigned(roll.get(i - 1), roll.get(i)) >= 0) {
				throw DomainException.invalid("voting.import.roll");
			}
		}
		if (roll.size() != parts.leaves().size() || parts.voted() != roll.size()
				|| roll.stream().anyMatch(pseudonym -> pseudonym.length != Participation.PSEUDONYM_BYTES)) {
			throw DomainException.invalid("voting.import.roll");
		}
		Tally.Result recount = Tally.count(vote.counting(), vote.options().stream()
			.map(option -> new Tally.Candidate(option.id(), option.position(), option.cost() == null ? 0 : option.cost()))
			.toList(), vote.budget(), groups);
		List<UUID> selected = recount.steps().stream().filter(Tally.Step::selected).map(Tally.Step::option).toList();
		if (recount.ballots() != parts.tallyBallots() || !recount.totals().equals(parts.totals())
				|| !selected.equals(parts.selected())) {
			throw DomainException.invalid("voting.import.tally");
		}
		return new Checked(vote, parts.leaves(), heads, roll, recount, status == VoteStatus.PUBLISHED);
	}

	/**
	 * The bundle's vote, its definition checked by the rules {@code create} applies ({@link
	 * VoteDefinition#normalized}) and required to be what they would make it, its options by those
	 * of {@code addOption} and {@code schedule}: a vote that could not have been run here is refused.
	 */
	private Vote vote(JsonNode vote, LocalizedText description, Set<DistrictId> districts, UserId by,
			JsonNode eligible) {
		List<VoteOption> options = new ArrayList<>();
		vote.required("options").valueStream()
			.forEach(option -> options.add(new VoteOption(UUID.fromString(option.required("id").asString()),
					option.required("position").asInt(), text(option.required("title")), null,
					nullableLong(option.path("cost")), null, null)));
		VoteDefinition read = new VoteDefinition(text(vote.required("title")), description,
				VoteKind.valueOf(vote.required("kind").asString()),
				BallotRule.valueOf(vote.required("ballotRule").asString()), nullableInt(vote.path("maxChoices")),
				nullableLong(vote.path("budget")), Counting.valueOf(vote.required("counting").asString()), false,
				new Eligibility(districts, null), Instant.parse(vote.required("opensAt").asString()),
				Instant.parse(vote.required("closesAt").asString()));
		VoteDefinition definition = read.normalized();
		if (!definition.equals(read)) {
			throw DomainException.invalid("voting.import.definition");
		}
		if (options.size() > VoteDefinition.MAX_OPTIONS) {
			throw DomainException.invalid("voting.option.too-many", VoteDefinition.MAX_OPTIONS);
		}
		boolean budget = definition.kind() == VoteKind.BUDGET;
		if (options.size() < 2 || options.stream().map(VoteOption::id).distinct().count() != options.size()
				|| options.stream().mapToInt(VoteOption::position).distinct().count() != options.size()
				|| options.stream().anyMatch(option -> budget ? option.cost() == null || option.cost() <= 0
						: option.cost() != null)) {
			throw DomainException.invalid("voting.import.definition");
		}
		return new Vote(new VoteId(UUID.fromString(vote.required("id").asString())), definition.title(),
				definition.description(), definition.kind(), definition.rule(), definition.maxChoices(),
				definition.budget(), definition.counting(), false, definition.eligibility(), definition.opensAt(),
				definition.closesAt(), VoteStatus.CLOSED, options, null, null, nullableLong(eligible), by,
				clock.instant());
	}

	/** The bundle's ballots, heads, roll and tally as read, not yet checked. */
	private record PartsRead(List<byte[]> leaves, List<SignedHead> heads, List<byte[]> roll, long voted,
			long tallyBallots, Map<UUID, Long> totals, List<UUID> selected) {
	}

	private static PartsRead parts(JsonNode bundle) {
		Base64.Decoder base64 = Base64.getDecoder();
		HexFormat hex = HexFormat.of();
		UUID vote = UUID.fromString(bundle.required("vote").required("id").asString());
		byte[] key = base64.decode(bundle.required("publicKey").asString());
		List<byte[]> leaves = bundle.required("leaves").valueStream().map(leaf -> base64.decode(leaf.asString())).toList();
		List<SignedHead> heads = bundle.required("signedHeads").valueStream()
			.map(head -> new SignedHead(vote, head.required("treeSize").asLong(),
					hex.parseHex(head.required("rootHash").asString()), Instant.parse(head.required("timestamp").asString()),
					base64.decode(head.required("signature").asString()), key, head.required("final").asBoolean()))
			.toList();
		for (int i = 1; i < heads.size(); i++) {
			if (heads.get(i).treeSize() < heads.get(i - 1).treeSize()) {
				throw DomainException.invalid("voting.import.final-head");
			}
		}
		JsonNode participation = bundle.required("participation");
		List<byte[]> roll = participation.required("pseudonyms").valueStream()
			.map(pseudonym -> hex.parseHex(pseudonym.asString()))
			.toList();
		JsonNode tally = bundle.required("tally");
		Map<UUID, Long> totals = new LinkedHashMap<>();
		tally.required("totals").valueStream()
			.forEach(total -> totals.put(UUID.fromString(total.required("optionId").asString()),
					total.required("count").asLong()));
		List<UUID> selected = tally.required("selected").valueStream()
			.map(option -> UUID.fromString(option.asString()))
			.toList();
		return new PartsRead(leaves, heads, roll, participation.required("voted").asLong(),
				tally.required("ballots").asLong(), totals, selected);
	}

	private static LocalizedText text(JsonNode text) {
		return new LocalizedText(text.required("ru").asString(), text.required("en").asString());
	}

	private static @Nullable Long nullableLong(JsonNode node) {
		return node.isMissingNode() || node.isNull() ? null : node.asLong();
	}

	private static @Nullable Integer nullableInt(JsonNode node) {
		return node.isMissingNode() || node.isNull() ? null : node.asInt();
	}

}
