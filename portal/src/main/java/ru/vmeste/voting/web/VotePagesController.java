package ru.vmeste.voting.web;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.platform.web.ApiProblems;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.BallotBox;
import ru.vmeste.voting.internal.Cast;
import ru.vmeste.voting.internal.Participation;
import ru.vmeste.voting.internal.ReceiptLinks;
import ru.vmeste.voting.internal.Receipts;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteCatalog;
import ru.vmeste.voting.internal.ledger.BallotLeaf;
import ru.vmeste.voting.internal.ledger.Ledger;
import ru.vmeste.voting.internal.ledger.Receipt;
import ru.vmeste.voting.internal.ledger.TreeHead;

/**
 * The votes residents see: the lists, a vote with its ballot, and the receipt after casting
 * (on screen and as a file).
 */
@Controller
@PartOf(PortalService.VOTE)
class VotePagesController {

	private final VoteCatalog catalog;

	private final BallotBox ballotBox;

	private final Receipts receipts;

	private final Ledger ledger;

	private final VoteViews views;

	private final Participation participation;

	private final Clock clock;

	private final MessageSource messages;

	VotePagesController(VoteCatalog catalog, BallotBox ballotBox, Receipts receipts, Ledger ledger, VoteViews views,
			Participation participation, Clock clock, MessageSource messages) {
		this.catalog = catalog;
		this.ballotBox = ballotBox;
		this.receipts = receipts;
		this.ledger = ledger;
		this.views = views;
		this.participation = participation;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/votes")
	String list(@RequestParam(defaultValue = "OPEN") VoteCatalog.Phase phase, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		model.addAttribute("phase", phase.name());
		model.addAttribute("phases", List.of(VoteCatalog.Phase.OPEN, VoteCatalog.Phase.UPCOMING, VoteCatalog.Phase.FINISHED));
		model.addAttribute("votes", catalog.page(phase, PageQuery.of(page, 12)).map(vote -> views.item(vote, locale)));
		return "voting/list";
	}

	@GetMapping("/votes/{id}")
	String vote(@PathVariable UUID id, @AuthenticationPrincipal @Nullable PortalUser user, Model model, Locale locale) {
		return page(find(id), user, model, locale);
	}

	/**
	 * Casts the ballot and answers with the receipt page itself rather than redirecting to it: a
	 * redirect would have to carry the receipt (the choice) in the URL, or in the session — a row
	 * in the database beside the voter's name.
	 */
	@PostMapping("/votes/{id}/ballot")
	String cast(@PathVariable UUID id, @RequestParam(name = "optionIds", required = false) @Nullable List<UUID> optionIds,
			@RequestParam(defaultValue = "false") boolean emailReceipt, @AuthenticationPrincipal PortalUser resident,
			Model model, Locale locale, HttpServletResponse response) {
		Vote vote = find(id);
		try {
			Cast cast = ballotBox.cast(vote.id(), resident.id(), optionIds == null ? List.of() : optionIds, emailReceipt);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("notice", "voting.ballot.accepted");
			if (cast.receipt() == null) {
				model.addAttribute("vote", views.header(vote, locale));
				model.addAttribute("leafHash", Hex.of(cast.leafHash()));
				return "voting/receipt-pending";
			}
			model.addAttribute("mailed", emailReceipt);
			return receiptPage(vote, cast.receipt(), model, locale);
		}
		catch (DomainException ex) {
			response.setStatus(ApiProblems.statusOf(ex.kind()).value());
			model.addAttribute("ballotError", messages.getMessage(ex.messageCode(), ex.arguments(), locale));
			model.addAttribute("chosen", optionIds == null ? List.of() : optionIds.stream().map(UUID::toString).toList());
			return page(vote, resident, model, locale);
		}
	}

	/** The receipt as a file, from the fields the receipt page posts (never in a URL). */
	@PostMapping(value = "/votes/{id}/receipt.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<ReceiptView> receiptFile(@PathVariable UUID id, @RequestParam long leafIndex,
			@RequestParam long treeSize, @RequestParam String leafData) {
		Vote vote = find(id);
		Receipt receipt = receipts.confirm(vote.id(), leafIndex, treeSize, ReceiptParameters.bytes(leafData));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"ballot-receipt-" + id + "-" + leafIndex + ".json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(ReceiptView.of(receipt));
	}

	private String receiptPage(Vote vote, Receipt receipt, Model model, Locale locale) {
		model.addAttribute("vote", views.header(vote, locale));
		model.addAttribute("receipt", ReceiptView.of(receipt));
		Map<UUID, VoteViews.OptionRow> options = views.optionsById(vote, locale);
		model.addAttribute("chosen",
				BallotLeaf.decode(receipt.leafData()).options().stream().map(option -> options.get(option).title()).toList());
		model.addAttribute("checkLink", ReceiptLinks.check("", receipt));
		return "voting/receipt";
	}

	private String page(Vote vote, @Nullable PortalUser user, Model model, Locale locale) {
		model.addAttribute("vote", views.header(vote, locale));
		model.addAttribute("options", views.options(vote, locale));
		TreeHead head = ledger.headOrEmpty(vote.id().value());
		model.addAttribute("treeSize", head.size());
		model.addAttribute("rootHash", Hex.of(head.rootHash()));
		model.addAttribute("publicKey", Base64.getEncoder().encodeToString(ledger.publicKeyOf(vote.id().value())));
		model.addAttribute("signedHead", ledger.latestSignedHead(vote.id().value())
			.map(signed -> new SignedHeadLine(signed.treeSize(), Hex.of(signed.rootHash()), views.zoned(signed.timestamp())))
			.orElse(null));
		model.addAttribute("accepting", vote.acceptsBallotsAt(clock.instant()));
		model.addAttribute("participation", participation.figures(vote));
		if (user != null) {
			model.addAttribute("voted", ballotBox.hasVoted(vote.id(), user.id()));
			model.addAttribute("refusal", ballotBox.refusal(vote, user.id()).orElse(null));
			if (user.hasRole(Role.RESIDENT)) {
				byte[] pseudonym = participation.pseudonym(vote.id(), user.id());
				model.addAttribute("pseudonym", Hex.of(pseudonym));
				model.addAttribute("pseudonymListed",
						vote.status().isFinished() ? participation.published(vote.id(), pseudonym) : null);
			}
		}
		model.addAttribute("signedIn", user != null);
		model.addAttribute("isResident", user != null && user.hasRole(Role.RESIDENT));
		return "voting/vote";
	}

	private Vote find(UUID id) {
		return catalog.find(new VoteId(id)).orElseThrow(() -> DomainException.notFound("voting.vote-not-found"));
	}

	/** The latest signed head as the vote page shows it. */
	record SignedHeadLine(long treeSize, String rootHash, ZonedDateTime timestamp) {
	}

}
