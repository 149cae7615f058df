package ru.vmeste.ideas.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.internal.Campaigns;
import ru.vmeste.ideas.internal.IdeaSearch;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.FilterChoice;
import ru.vmeste.shared.web.PartOf;

/**
 * The experts' review queue: ideas that reached their threshold, longest waiting first, by
 * campaign and kind; or the ideas decided already. Each opens on its page, where the decision
 * form is.
 */
@Controller
@PartOf(PortalService.SUGGEST)
class ReviewPagesController {

	private final IdeaSearch search;

	private final IdeaViews views;

	private final Campaigns campaigns;

	ReviewPagesController(IdeaSearch search, IdeaViews views, Campaigns campaigns) {
		this.search = search;
		this.views = views;
		this.campaigns = campaigns;
	}

	@GetMapping("/review")
	String queue(@RequestParam(required = false) @Nullable UUID campaignId,
			@RequestParam(required = false) @Nullable IdeaKind kind, @RequestParam(defaultValue = "false") boolean decided,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("campaignId", campaignId);
		model.addAttribute("kind", kind);
		model.addAttribute("decided", decided);
		model.addAttribute("campaignChoices", campaigns.page(CampaignPhase.REVIEW, PageQuery.of(0, 50))
			.items()
			.stream()
			.map(campaign -> FilterChoice.named(campaign.id(), campaign.title().in(locale)))
			.toList());
		model.addAttribute("kinds", FilterChoice.of(IdeaKind.values(), "ideas.kind."));
		model.addAttribute("ideas", search.reviewQueue(campaignId == null ? null : new CampaignId(campaignId), kind,
				decided, PageQuery.of(page, 20)).map(views::summary));
		StringBuilder path = new StringBuilder("/review?decided=").append(decided);
		if (campaignId != null) {
			path.append("&campaignId=").append(campaignId);
		}
		if (kind != null) {
			path.append("&kind=").append(kind);
		}
		model.addAttribute("pagePath", path.toString());
		return "ideas/review";
	}

}
