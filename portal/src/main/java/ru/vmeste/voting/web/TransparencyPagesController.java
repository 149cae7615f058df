package ru.vmeste.voting.web;

import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.Participation;
import ru.vmeste.voting.internal.Results;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteCatalog;
import ru.vmeste.voting.internal.counting.Tally;
import ru.vmeste.voting.internal.ledger.BallotLeaf;
import ru.vmeste.voting.internal.ledger.Ledger;
import ru.vmeste.voting.internal.ledger.MerkleTree;
import ru.vmeste.voting.internal.ledger.SignedHead;
import ru.vmeste.voting.internal.ledger.TreeHead;

/**
 * The pages that let anyone check a vote: "check my ballot" (the proofs are verified in the
 * browser), the results with how they were computed, and the ledger itself.
 */
@Controller
@PartOf(PortalService.VOTE)
class TransparencyPagesController {

	/** A signed head as the pages list it. */
	record HeadLine(long treeSize, String rootHash, ZonedDateTime timestamp, String signature, boolean last) {
	}

	/** A leaf as the ledger page lists it. */
	record LeafLine(long index, String leafHash, List<String> choices) {
	}

	private static final int LEDGER_PAGE = 50;

	private final VoteCatalog catalog;

	private final Ledger ledger;

	private final Results results;

	private final VoteViews views;

	private final JsonMapper json;

	private final Participation participation;

	TransparencyPagesController(VoteCatalog catalog, Ledger ledger, Results results, VoteViews views, JsonMapper json,
			Participation participation) {
		this.participation = participation;
		this.catalog = catalog;
		this.ledger = ledger;
		this.results = results;
		this.views = views;
		this.json = json;
	}

	@GetMapping("/votes/check")
	String check() {
		return "voting/check";
	}

	@GetMapping("/votes/{id}/results")
	String results(@PathVariable UUID id, Model model, Locale locale) {
		Vote vote = find(id);
		TreeHead head = ledger.headOrEmpty(id);
		model.addAttribute("vote", views.header(vote, locale));
		results.outcome(vote, head.size()).ifPresent(outcome -> {
			Map<UUID, VoteViews.OptionRow> options = views.optionsById(vote, locale);
			Tally.Result tally = outcome.result();
			model.addAttribute("outcome", outcome);
			model.addAttribute("options", options);
			model.addAttribute("chartLabels", json.writeValueAsString(
					tally.steps().stream().map(step -> options.get(step.option()).title()).toList()));
			model.addAttribute("chartValues", json.writeValueAsString(tally.steps().stream().map(Tally.Step::votes).toList()));
			model.addAttribute("turnout", outcome.eligible() == null || outcome.eligible() == 0 ? null
					: 100.0 * tally.ballots() / outcome.eligible());
		});
		model.addAttribute("finalHead", ledger.latestSignedHead(id).filter(signed -> signed.last()).map(this::line).orElse(null));
		model.addAttribute("publicKey", Base64.getEncoder().encodeToString(ledger.publicKeyOf(id)));
		return "voting/results";
	}

	@GetMapping("/votes/{id}/ledger")
	String ledger(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int heads, Model model, Locale locale) {
		Vote vote = find(id);
		TreeHead head = ledger.headOrEmpty(id);
		model.addAttribute("vote", views.header(vote, locale));
		model.addAttribute("treeSize", head.size());
		model.addAttribute("rootHash", Hex.of(head.rootHash()));
		model.addAttribute("publicKey", Base64.getEncoder().encodeToString(ledger.publicKeyOf(id)));
		model.addAttribute("participation", participation.figures(vote));
		PageQuery headPage = PageQuery.of(heads, 20);
		model.addAttribute("heads", Paged.of(ledger.signedHeads(id, headPage.size(), headPage.offset())
			.stream()
			.map(this::line)
			.toList(), headPage, ledger.countSignedHeads(id)));
		if (vote.resultsVisible()) {
			PageQuery leafPage = PageQuery.of(page, LEDGER_PAGE);
			Map<UUID, VoteViews.OptionRow> options = views.optionsById(vote, locale);
			List<LeafLine> leaves = ledger.leaves(id, leafPage.offset(), Math.min(head.size(), leafPage.offset() + LEDGER_PAGE))
				.stream()
				.map(leaf -> new LeafLine(leaf.index(), Hex.of(MerkleTree.leafHash(leaf.data())),
						BallotLeaf.decode(leaf.data()).options().stream().map(option -> options.get(option).title()).toList()))
				.toList();
			model.addAttribute("leaves", Paged.of(leaves, leafPage, head.size()));
		}
		return "voting/ledger";
	}

	private HeadLine line(SignedHead head) {
		return new HeadLine(head.treeSize(), Hex.of(head.rootHash()), views.zoned(head.timestamp()),
				Base64.getEncoder().encodeToString(head.signature()), head.last());
	}

	private Vote find(UUID id) {
		return catalog.find(new VoteId(id)).orElseThrow(() -> DomainException.notFound("voting.vote-not-found"));
	}

}
