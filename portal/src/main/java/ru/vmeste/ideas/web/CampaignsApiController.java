package ru.vmeste.ideas.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.ideas.CampaignDraft;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.CampaignSchedule;
import ru.vmeste.ideas.WorkOrder;
import ru.vmeste.ideas.internal.CampaignVotes;
import ru.vmeste.ideas.internal.Campaigns;
import ru.vmeste.ideas.internal.IdeaWorks;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.LocalizedText;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.territory.DistrictId;
import ru.vmeste.voting.VoteId;
import ru.vmeste.works.WorkId;

/**
 * Campaigns: everyone reads them; administrators create and schedule them, move them to a later
 * phase, start the vote of their feasible ideas and turn the selected projects into works.
 */
@RestController
@RequestMapping("/api/v1/campaigns")
@PartOf(PortalService.SUGGEST)
@Tag(name = "Suggest", description = "Residents' ideas, crowdsourcing campaigns, supports and expert reviews")
class CampaignsApiController {

	/**
	 * A campaign as an administrator defines it.
	 *
	 * @param phases when each phase starts: every phase, in order
	 */
	record CampaignRequest(@NotBlank(message = "{ideas.campaign.title.required}") String titleRu,
			@Nullable String titleEn, @NotBlank(message = "{ideas.campaign.description.required}") String descriptionRu,
			@Nullable String descriptionEn, @NotNull(message = "{ideas.campaign.budget.positive}") Long budget,
			@NotNull(message = "{ideas.campaign.threshold.invalid}") Integer supportThreshold,
			@Nullable List<UUID> districtIds, @NotNull(message = "{ideas.campaign.schedule.required}") List<PhaseStart> phases) {

		CampaignDraft draft() {
			Map<CampaignPhase, Instant> starts = new EnumMap<>(CampaignPhase.class);
			for (PhaseStart start : phases) {
				if (start.phase() == null || start.startsAt() == null || starts.put(start.phase(), start.startsAt()) != null) {
					throw DomainException.invalid("ideas.campaign.schedule.invalid");
				}
			}
			Set<DistrictId> districts = districtIds == null ? Set.of()
					: districtIds.stream().map(DistrictId::new).collect(Collectors.toSet());
			return new CampaignDraft(new LocalizedText(titleRu, titleEn), new LocalizedText(descriptionRu, descriptionEn),
					budget, supportThreshold, districts, new CampaignSchedule(starts));
		}

	}

	record PhaseStart(@Nullable CampaignPhase phase, @Nullable Instant startsAt) {
	}

	record PhaseRequest(@NotNull(message = "{ideas.campaign.phase.required}") CampaignPhase phase) {
	}

	record VoteCreated(String voteId) {
	}

	record WorksRequest(@NotNull(message = "{ideas.works.customer-required}") UUID customerId,
			@NotNull(message = "{ideas.works.dates}") LocalDate plannedStart,
			@NotNull(message = "{ideas.works.dates}") LocalDate plannedEnd) {
	}

	record WorksCreated(List<String> workIds) {
	}

	private final Campaigns campaigns;

	private final CampaignVotes votes;

	private final IdeaWorks works;

	private final IdeaViews views;

	CampaignsApiController(Campaigns campaigns, CampaignVotes votes, IdeaWorks works, IdeaViews views) {
		this.campaigns = campaigns;
		this.votes = votes;
		this.works = works;
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "Campaigns, running ones first; optionally of one phase")
	Paged<IdeaViews.CampaignView> list(@RequestParam(required = false) @Nullable CampaignPhase phase,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			Locale locale) {
		return campaigns.page(phase, PageQuery.of(page, size)).map(campaign -> views.campaign(campaign, locale));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A campaign with its phases and dates")
	IdeaViews.CampaignView campaign(@PathVariable UUID id, Locale locale) {
		return views.campaign(campaigns.find(new CampaignId(id)), locale);
	}

	@PostMapping
	@Operation(summary = "An administrator creates a campaign with its schedule; it starts in the phase the schedule says")
	ResponseEntity<IdeaViews.CampaignView> create(@Valid @RequestBody CampaignRequest request,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		CampaignId id = campaigns.create(request.draft(), user.id());
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id))
			.body(views.campaign(campaigns.find(id), locale));
	}

	@PutMapping("/{id}")
	@Operation(summary = "An administrator edits a campaign's texts, budget, threshold, districts and dates")
	IdeaViews.CampaignView update(@PathVariable UUID id, @Valid @RequestBody CampaignRequest request, Locale locale) {
		campaigns.update(new CampaignId(id), request.draft());
		return views.campaign(campaigns.find(new CampaignId(id)), locale);
	}

	@PostMapping("/{id}/phase")
	@Operation(summary = "An administrator moves the campaign to a later phase by hand")
	IdeaViews.CampaignView phase(@PathVariable UUID id, @Valid @RequestBody PhaseRequest request,
			@AuthenticationPrincipal PortalUser user, Locale locale) {
		campaigns.moveTo(new CampaignId(id), request.phase(), user.id());
		return views.campaign(campaigns.find(new CampaignId(id)), locale);
	}

	@PostMapping("/{id}/vote")
	@Operation(summary = "Into the vote: a participatory-budget vote of the campaign's FEASIBLE ideas with their costs")
	ResponseEntity<VoteCreated> vote(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		VoteId vote = votes.start(new CampaignId(id), user.id());
		return ResponseEntity.created(URI.create("/api/v1/votes/" + vote)).body(new VoteCreated(vote.toString()));
	}

	@PostMapping("/{id}/works")
	@Operation(summary = "Into the works: every SELECTED project becomes planned works of the customer organization")
	ResponseEntity<WorksCreated> works(@PathVariable UUID id, @Valid @RequestBody WorksRequest request,
			@AuthenticationPrincipal PortalUser user) {
		List<WorkId> created = works.plan(new CampaignId(id),
				new WorkOrder(new OrganizationId(request.customerId()), request.plannedStart(), request.plannedEnd()),
				user.id());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new WorksCreated(created.stream().map(WorkId::toString).toList()));
	}

}
