package ru.vmeste.voting.web;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.web.DownloadSlots;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.voting.VoteId;
import ru.vmeste.voting.internal.AuditBundleWriter;
import ru.vmeste.voting.internal.BallotBox;
import ru.vmeste.voting.internal.Cast;
import ru.vmeste.voting.internal.Counting;
import ru.vmeste.voting.internal.Participation;
import ru.vmeste.voting.internal.Results;
import ru.vmeste.voting.internal.Vote;
import ru.vmeste.voting.internal.VoteCatalog;
import ru.vmeste.voting.internal.VoteKind;
import ru.vmeste.voting.internal.VoteStatus;
import ru.vmeste.voting.internal.counting.Tally;
import ru.vmeste.voting.internal.ledger.Ledger;
import ru.vmeste.voting.internal.ledger.TreeHead;

/**
 * Votes for the mobile app and third parties: the list, a vote with its options, casting a
 * ballot (the answer is the receipt), results and the audit bundle.
 */
@RestController
@RequestMapping("/api/v1/votes")
@PartOf(PortalService.VOTE)
@Tag(name = "Votes", description = "Votes, ballots, results and audit bundles")
class VotesApiController {

	private static final int BUFFER = 64 * 1024;

	record VoteListItem(String id, String title, VoteStatus status, Instant opensAt, Instant closesAt, VoteKind kind,
			long ballots) {
	}

	record OptionView(String id, String title, @Nullable String description, @Nullable Long cost,
			@Nullable String imageUrl) {
	}

	record EligibilityView(List<String> districtIds, @Nullable Integer minAge) {
	}

	record VoteView(String id, String title, String description, VoteStatus status, Instant opensAt, Instant closesAt,
			VoteKind kind, List<OptionView> options, @Nullable Long budget, @Nullable Integer maxChoices,
			String ballotRule, Counting counting, boolean resultsLive, EligibilityView eligibility, long ballots,
			@Nullable String imageUrl) {
	}

	record BallotRequest(@NotNull @Size(min = 1, max = 100) List<@NotNull UUID> optionIds,
			@Nullable Boolean emailReceipt) {
	}

	/** A ballot recorded but not yet appended: its receipt is found by the leaf hash shortly. */
	record PendingView(String voteId, String leafHash, String status) {
	}

	record ParticipationView(long eligibleCount, long votedCount, long treeSize) {
	}

	record TotalView(String optionId, long count) {
	}

	record ResultsView(VoteStatus status, List<TotalView> totals, long treeSize, String rootHash, long ballots,
			@Nullable Long eligible, List<String> selected, Counting counting, boolean fixed) {
	}

	private final VoteCatalog catalog;

	private final BallotBox ballotBox;

	private final Ledger ledger;

	private final Results results;

	private final AuditBundleWriter bundles;

	private final Participation participation;

	private final DownloadSlots downloads;

	VotesApiController(VoteCatalog catalog, BallotBox ballotBox, Ledger ledger, Results results,
			AuditBundleWriter bundles, Participation participation, DownloadSlots downloads) {
		this.catalog = catalog;
		this.ballotBox = ballotBox;
		this.ledger = ledger;
		this.results = results;
		this.bundles = bundles;
		this.participation = participation;
		this.downloads = downloads;
	}

	@GetMapping
	@Operation(summary = "Votes: open, upcoming, finished or all public ones")
	Paged<VoteListItem> list(@RequestParam(defaultValue = "ALL") VoteCatalog.Phase phase,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
		return catalog.page(phase, PageQuery.of(page, size))
			.map(vote -> new VoteListItem(vote.id().toString(), vote.title().in(locale), vote.status(), vote.opensAt(),
					vote.closesAt(), vote.kind(), vote.ballots()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A vote with its options and rules")
	VoteView vote(@PathVariable UUID id, Locale locale) {
		Vote vote = find(id);
		String base = "/votes/" + id;
		return new VoteView(id.toString(), vote.title().in(locale), vote.description().in(locale), vote.status(),
				vote.opensAt(), vote.closesAt(), vote.kind(),
				vote.options()
					.stream()
					.map(option -> new OptionView(option.id().toString(), option.title().in(locale),
							option.description() == null ? null : option.description().in(locale), option.cost(),
							option.imageKey() == null ? null : base + "/options/" + option.id() + "/image"))
					.toList(),
				vote.budget(), vote.maxChoices(), vote.rule().name(), vote.counting(), vote.resultsLive(),
				new EligibilityView(vote.eligibility().districts().stream().map(d -> d.value().toString()).sorted().toList(),
						vote.eligibility().minAge()),
				ledger.headOrEmpty(id).size(), vote.imageKey() == null ? null : base + "/image");
	}

	@PostMapping("/{id}/ballots")
	@Operation(summary = "Cast a ballot (eligible residents, once per vote); the answer is the receipt (201), "
			+ "or 202 with the ballot's leaf hash if it is recorded but not yet appended")
	@ApiResponse(responseCode = "201", description = "The receipt", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = ReceiptView.class)))
	@ApiResponse(responseCode = "202", description = "Recorded, not yet in the ledger: ask for the receipt by its leaf hash",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = PendingView.class)))
	ResponseEntity<?> cast(@PathVariable UUID id, @Valid @RequestBody BallotRequest request,
			@AuthenticationPrincipal PortalUser resident) {
		Cast cast = ballotBox.cast(new VoteId(id), resident.id(), request.optionIds(),
				Boolean.TRUE.equals(request.emailReceipt()));
		if (cast.receipt() == null) {
			String leafHash = Hex.of(cast.leafHash());
			return ResponseEntity.accepted()
				.location(URI.create("/api/v1/votes/" + id + "/ledger/receipt?leafHash=" + leafHash))
				.body(new PendingView(id.toString(), leafHash, "PENDING"));
		}
		ReceiptView receipt = ReceiptView.of(cast.receipt());
		return ResponseEntity.created(URI.create("/api/v1/votes/" + id + "/ledger/proof/inclusion?leafIndex="
				+ receipt.leafIndex() + "&treeSize=" + receipt.treeSize()))
			.body(receipt);
	}

	@GetMapping("/{id}/participation")
	@Operation(summary = "Eligible residents, residents who voted and ballots in the ledger; "
			+ "votedCount equals treeSize whenever no ballot is on its way")
	ParticipationView participation(@PathVariable UUID id) {
		Participation.Figures figures = participation.figures(find(id));
		return new ParticipationView(figures.eligibleCount(), figures.votedCount(), figures.treeSize());
	}

	@GetMapping("/{id}/results")
	@Operation(summary = "Totals per option (after closing, or live if the vote shows live results)")
	@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", ref = "#/components/responses/Problem409")
	ResultsView results(@PathVariable UUID id) {
		Vote vote = find(id);
		TreeHead head = ledger.headOrEmpty(id);
		Results.Outcome outcome = results.outcome(vote, head.size())
			.orElseThrow(() -> DomainException.conflict("voting.results.not-yet"));
		Tally.Result tally = outcome.result();
		return new ResultsView(vote.status(),
				tally.totals().entrySet().stream().map(total -> new TotalView(total.getKey().toString(), total.getValue()))
					.toList(),
				head.size(), Hex.of(head.rootHash()), tally.ballots(), outcome.eligible(),
				tally.selected().stream().map(UUID::toString).toList(), vote.counting(), outcome.fixed());
	}

	@GetMapping(value = "/{id}/audit-bundle", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The whole ledger, every signed head, the public key and the tally of a closed vote")
	@ApiResponse(responseCode = "200", description = "The audit bundle", content = @Content(mediaType = "application/json",
			schema = @Schema(ref = "#/components/schemas/AuditBundle")))
	@ApiResponse(responseCode = "409", ref = "#/components/responses/Problem409")
	@ApiResponse(responseCode = "429", ref = "#/components/responses/Problem429")
	void auditBundle(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		Vote vote = find(id);
		bundles.requireAvailable(vote);
		// in one of the instance's download slots, shared with the open data exports; nothing is
		// sent before one is free, so a refusal is still a problem document
		downloads.run(() -> {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vote-" + id + "-audit-bundle.json\"");
			OutputStream out = new BufferedOutputStream(response.getOutputStream(), BUFFER);
			bundles.write(vote, out);
			out.flush();
		});
	}

	private Vote find(UUID id) {
		return catalog.find(new VoteId(id)).orElseThrow(() -> DomainException.notFound("voting.vote-not-found"));
	}

}
