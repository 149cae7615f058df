package ru.vmeste.voting.web;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.Receipts;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteCatalog;
import ru.vmeste.voting.internal.ledger.Ledger;
import ru.vmeste.voting.internal.ledger.SignedHead;

/**
 * A vote's public ballot ledger (RFC 9162 Merkle tree): signed tree heads, leaves, and
 * inclusion and consistency proofs that anyone can check.
 */
@RestController
@RequestMapping("/api/v1/votes/{id}/ledger")
@PartOf(PortalService.VOTE)
@Tag(name = "Ballot ledger", description = "Signed tree heads, leaves and Merkle proofs (RFC 9162)")
class LedgerApiController {

	record SignedHeadView(long treeSize, String rootHash, Instant timestamp, String signature, String publicKey,
			@JsonProperty("final") boolean last) {

		static SignedHeadView of(SignedHead head) {
			Base64.Encoder base64 = Base64.getEncoder();
			return new SignedHeadView(head.treeSize(), Hex.of(head.rootHash()), head.timestamp(),
					base64.encodeToString(head.signature()), base64.encodeToString(head.publicKey()), head.last());
		}

	}

	record LeafView(long index, String data) {
	}

	record InclusionProofView(long leafIndex, long treeSize, List<String> auditPath) {
	}

	record ConsistencyProofView(long first, long second, List<String> path) {
	}

	record LocatedReceiptView(long leafIndex, String leafHash, long treeSize, String rootHash, List<String> auditPath) {
	}

	private final VoteCatalog catalog;

	private final Ledger ledger;

	private final Receipts receipts;

	LedgerApiController(VoteCatalog catalog, Ledger ledger, Receipts receipts) {
		this.catalog = catalog;
		this.ledger = ledger;
		this.receipts = receipts;
	}

	@GetMapping("/receipt")
	@Operation(summary = "A ballot found by its leaf hash: its index and inclusion proof in the current tree "
			+ "(for a voter who kept only the hash)")
	LocatedReceiptView receipt(@PathVariable UUID id, @RequestParam String leafHash) {
		find(id);
		if (!leafHash.matches("[0-9a-fA-F]{64}")) {
			throw DomainException.invalid("voting.receipt.bad-hash");
		}
		Receipts.Located located = receipts.locate(new VoteId(id), HexFormat.of().parseHex(leafHash));
		return new LocatedReceiptView(located.leafIndex(), Hex.of(located.leafHash()), located.treeSize(),
				Hex.of(located.rootHash()), Hex.of(located.auditPath()));
	}

	@GetMapping("/sth")
	@Operation(summary = "The latest signed tree head (Ed25519; see docs/voting.md for the signed bytes)")
	SignedHeadView signedHead(@PathVariable UUID id) {
		find(id);
		return ledger.latestSignedHead(id)
			.map(SignedHeadView::of)
			.orElseThrow(() -> DomainException.notFound("voting.ledger.no-signed-head"));
	}

	@GetMapping("/heads")
	@Operation(summary = "Every signed tree head, oldest first")
	Paged<SignedHeadView> signedHeads(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		find(id);
		PageQuery query = PageQuery.of(page, size);
		return Paged.of(ledger.signedHeads(id, query.size(), query.offset()).stream().map(SignedHeadView::of).toList(),
				query, ledger.countSignedHeads(id));
	}

	@GetMapping("/leaves")
	@Operation(summary = "Leaves [start, end), at most 1000: the exact bytes hashed, in base64")
	@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", ref = "#/components/responses/Problem409")
	List<LeafView> leaves(@PathVariable UUID id, @RequestParam long start, @RequestParam long end) {
		Vote vote = find(id);
		if (!vote.resultsVisible()) {
			throw DomainException.conflict("voting.ledger.contents-hidden");
		}
		long size = ledger.headOrEmpty(id).size();
		if (start < 0 || end < start || end - start > Ledger.MAX_LEAVES_PER_REQUEST) {
			throw DomainException.invalid("voting.ledger.bad-range", Ledger.MAX_LEAVES_PER_REQUEST);
		}
		Base64.Encoder base64 = Base64.getEncoder();
		return ledger.leaves(id, start, Math.min(end, size))
			.stream()
			.map(leaf -> new LeafView(leaf.index(), base64.encodeToString(leaf.data())))
			.toList();
	}

	@GetMapping("/proof/inclusion")
	@Operation(summary = "The audit path of a leaf in the tree of the given size (RFC 9162 §2.1.3)")
	InclusionProofView inclusion(@PathVariable UUID id, @RequestParam long leafIndex, @RequestParam long treeSize) {
		find(id);
		requireSize(id, treeSize);
		if (leafIndex < 0 || leafIndex >= treeSize) {
			throw DomainException.invalid("voting.ledger.leaf-outside", leafIndex, treeSize);
		}
		return new InclusionProofView(leafIndex, treeSize, Hex.of(ledger.inclusionProof(id, leafIndex, treeSize)));
	}

	@GetMapping("/proof/consistency")
	@Operation(summary = "The consistency proof between two tree sizes (RFC 9162 §2.1.4)")
	ConsistencyProofView consistency(@PathVariable UUID id, @RequestParam long first, @RequestParam long second) {
		find(id);
		requireSize(id, second);
		if (first < 1 || first > second) {
			throw DomainException.invalid("voting.ledger.bad-sizes");
		}
		return new ConsistencyProofView(first, second, Hex.of(ledger.consistencyProof(id, first, second)));
	}

	private void requireSize(UUID id, long treeSize) {
		long current = ledger.headOrEmpty(id).size();
		if (treeSize < 0 || treeSize > current) {
			throw DomainException.invalid("voting.ledger.size-too-large", treeSize, current);
		}
	}

	private Vote find(UUID id) {
		return catalog.find(new VoteId(id)).orElseThrow(() -> DomainException.notFound("voting.vote-not-found"));
	}

}
