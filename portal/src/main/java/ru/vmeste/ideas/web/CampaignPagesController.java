package ru.vmeste.ideas.web;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.internal.Campaigns;
import ru.vmeste.ideas.internal.IdeaSearch;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.territory.Territory;

/**
 * Campaigns for everyone: the list, and each campaign's page as its phase makes it — open for
 * proposals, gathering supports, in review, voting, or showing what was selected and done.
 */
@Controller
@PartOf(PortalService.SUGGEST)
class CampaignPagesController {

	private final Campaigns campaigns;

	private final IdeaSearch search;

	private final IdeaViews views;

	private final Territory territory;

	private final Clock clock;

	CampaignPagesController(Campaigns campaigns, IdeaSearch search, IdeaViews views, Territory territory,
			Clock clock) {
		this.campaigns = campaigns;
		this.search = search;
		this.views = views;
		this.territory = territory;
		this.clock = clock;
	}

	@GetMapping("/campaigns")
	String list(@RequestParam(required = false) @Nullable CampaignPhase phase, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("phase", phase);
		model.addAttribute("phases", CampaignPhase.values());
		model.addAttribute("campaigns", campaigns.page(phase, PageQuery.of(page, 20)));
		model.addAttribute("pagePath", phase == null ? "/campaigns" : "/campaigns?phase=" + phase);
		model.addAttribute("zone", clock.getZone());
		return "ideas/campaigns";
	}

	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Campaign campaign = campaigns.find(new CampaignId(id));
		model.addAttribute("campaign", campaign);
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("districtNames", campaign.districts()
			.stream()
			.map(district -> territory.district(district).map(found -> found.name().in(locale)).orElse(""))
			.sorted()
			.toList());
		IdeaSearch.Order order = campaign.phase().acceptsProposals() ? IdeaSearch.Order.NEWEST
				: IdeaSearch.Order.SUPPORTED;
		model.addAttribute("ideas", search
			.page(new IdeaSearch.Filter(campaign.id(), false, null, shown(campaign.phase()), null, null), order, null,
					PageQuery.of(page, 20))
			.map(views::summary));
		model.addAttribute("pagePath", "/campaigns/" + id);
		return "ideas/campaign";
	}

	/** What a campaign's page lists in each phase: from the vote on, what it chose. */
	private static Set<IdeaStatus> shown(CampaignPhase phase) {
		return switch (phase) {
			case PROPOSALS, SUPPORT, REVIEW -> Set.of();
			case VOTING -> Set.of(IdeaStatus.ON_BALLOT, IdeaStatus.SELECTED, IdeaStatus.NOT_SELECTED);
			case IMPLEMENTATION, FINISHED -> Set.of(IdeaStatus.SELECTED, IdeaStatus.IN_WORK, IdeaStatus.DONE);
		};
	}

}
