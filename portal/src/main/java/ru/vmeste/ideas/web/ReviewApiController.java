package ru.vmeste.ideas.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.internal.IdeaSearch;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * The experts' review queue: ideas that reached their threshold and wait for a decision, or
 * those decided already.
 */
@RestController
@RequestMapping("/api/v1/review/ideas")
@PartOf(PortalService.SUGGEST)
@Tag(name = "Suggest", description = "Residents' ideas, crowdsourcing campaigns, supports and expert reviews")
class ReviewApiController {

	private final IdeaSearch search;

	private final IdeaViews views;

	ReviewApiController(IdeaSearch search, IdeaViews views) {
		this.search = search;
		this.views = views;
	}

	@GetMapping
	@Operation(summary = "Ideas awaiting review (longest waiting first), or decided=true for those decided (latest first)")
	Paged<IdeaViews.IdeaSummary> queue(@RequestParam(required = false) @Nullable UUID campaignId,
			@RequestParam(required = false) @Nullable IdeaKind kind,
			@RequestParam(defaultValue = "false") boolean decided, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return search.reviewQueue(campaignId == null ? null : new CampaignId(campaignId), kind, decided,
				PageQuery.of(page, size)).map(views::summary);
	}

}
