package ru.vmeste.ideas.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.Idea;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.IdeaStatus;
import ru.vmeste.ideas.internal.Campaigns;
import ru.vmeste.ideas.internal.Comments;
import ru.vmeste.ideas.internal.Following;
import ru.vmeste.ideas.internal.IdeaSearch;
import ru.vmeste.ideas.internal.Ratings;
import ru.vmeste.ideas.internal.Supports;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.reports.Topics;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.FilterChoice;
import ru.vmeste.shared.web.PartOf;

/**
 * The public side of Suggest: the map and list of ideas with filters and sorting, the page of
 * each idea with its thread, and a resident's own ideas and supports.
 */
@Controller
@PartOf(PortalService.SUGGEST)
class IdeaPagesController {

	private final IdeaSearch search;

	private final IdeaViews views;

	private final Campaigns campaigns;

	private final Supports supports;

	private final Following following;

	private final Comments comments;

	private final Ratings ratings;

	private final Organizations organizations;

	private final Topics topics;

	private final Clock clock;

	IdeaPagesController(IdeaSearch search, IdeaViews views, Campaigns campaigns, Supports supports, Following following,
			Comments comments, Ratings ratings, Organizations organizations, Topics topics, Clock clock) {
		this.search = search;
		this.views = views;
		this.campaigns = campaigns;
		this.supports = supports;
		this.following = following;
		this.comments = comments;
		this.ratings = ratings;
		this.organizations = organizations;
		this.topics = topics;
		this.clock = clock;
	}

	@GetMapping("/ideas")
	String list(IdeaFilters filters, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("filters", filters);
		model.addAttribute("ideas", search.page(filters.filter(null), filters.order(), filters.near(), PageQuery.of(page, 20))
			.map(views::summary));
		model.addAttribute("campaignChoices", campaigns.page(null, PageQuery.of(0, 50))
			.items()
			.stream()
			.map(campaign -> FilterChoice.named(campaign.id(), campaign.title().in(locale)))
			.toList());
		model.addAttribute("kinds", FilterChoice.of(IdeaKind.values(), "ideas.kind."));
		model.addAttribute("statuses", FilterChoice.of(publicStatuses(), "ideas.status."));
		model.addAttribute("sorts", FilterChoice.of(IdeaSearch.Order.values(), "ideas.sort."));
		String query = query(filters);
		model.addAttribute("filterQuery", query);
		model.addAttribute("pagePath", "/ideas" + (query.isEmpty() ? "" : "?" + query));
		return "ideas/list";
	}

	@GetMapping("/ideas/{id}")
	String idea(@PathVariable UUID id, @AuthenticationPrincipal @Nullable PortalUser user, Model model, Locale locale) {
		Idea idea = views.visible(new IdeaId(id), user);
		IdeaViews.IdeaDetails details = views.details(idea, locale);
		model.addAttribute("idea", details);
		model.addAttribute("campaign", idea.campaign() == null ? null : campaigns.find(idea.campaign()));
		model.addAttribute("comments", comments.of(idea, user == null ? null : user.id()));
		model.addAttribute("geometryJson", details.geometry() == null ? "" : details.geometry().toString());
		model.addAttribute("zone", clock.getZone());
		Campaign campaign = idea.campaign() == null ? null : campaigns.find(idea.campaign());
		boolean supportsOpen = idea.status().acceptsSupports() && (campaign == null || campaign.phase().acceptsSupports());
		model.addAttribute("supportsOpen", supportsOpen);
		if (user != null) {
			boolean supporting = supports.isSupporting(idea.id(), user.id());
			model.addAttribute("supporting", supporting);
			model.addAttribute("following", following.isFollowing(idea.id(), user.id()));
			model.addAttribute("mine", idea.author().equals(user.id()));
			model.addAttribute("myScore", ratings.scoreOf(idea.id(), user.id()).orElse(null));
			model.addAttribute("canRate", idea.status() == IdeaStatus.DONE && supporting);
			boolean reviewer = user.hasRole(Role.EXPERT) || user.hasRole(Role.ADMIN);
			model.addAttribute("canReview", reviewer && idea.status().isReviewable()
					&& (campaign == null || campaign.phase().acceptsReviews()));
			model.addAttribute("canMerge", user.hasRole(Role.MODERATOR) && idea.status().acceptsMerges());
			boolean admin = user.hasRole(Role.ADMIN);
			model.addAttribute("canAcceptTopic", admin && idea.kind() == IdeaKind.TOPIC && idea.status().canMoveTo(IdeaStatus.DONE));
			boolean worksReady = idea.work() == null && idea.kind() != IdeaKind.TOPIC && idea.point() != null
					&& (idea.status() == IdeaStatus.SELECTED && campaign != null && campaign.phase().mayStartWorks()
							|| idea.status() == IdeaStatus.FEASIBLE && campaign == null);
			model.addAttribute("canOrderWorks", admin && worksReady);
			if (admin) {
				model.addAttribute("organizations", organizations.all()
					.stream()
					.map(organization -> FilterChoice.named(organization.id(), organization.name().in(locale)))
					.toList());
				model.addAttribute("topicGroups", topics.all()
					.stream()
					.filter(topic -> topic.isGroup() && topic.active())
					.map(topic -> FilterChoice.named(topic.id(), topic.name().in(locale)))
					.toList());
			}
		}
		return "ideas/idea";
	}

	@GetMapping("/ideas/mine")
	String mine(@RequestParam(defaultValue = "ideas") String tab, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal PortalUser user, Model model) {
		boolean supportsTab = "supports".equals(tab);
		model.addAttribute("tab", supportsTab ? "supports" : "ideas");
		model.addAttribute("ideas", (supportsTab ? search.supportedBy(user.id(), PageQuery.of(page, 20))
				: search.proposedBy(user.id(), PageQuery.of(page, 20))).map(views::summary));
		model.addAttribute("pagePath", "/ideas/mine?tab=" + (supportsTab ? "supports" : "ideas"));
		return "ideas/mine";
	}

	private static IdeaStatus[] publicStatuses() {
		return Arrays.stream(IdeaStatus.values()).filter(IdeaStatus::isActive).toArray(IdeaStatus[]::new);
	}

	/** The filters as a query string, for the map's API calls and the pager. */
	private static String query(IdeaFilters filters) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		add(query, "campaignId", filters.campaignId());
		add(query, "outsideCampaigns", filters.outsideCampaigns());
		add(query, "kind", filters.kind());
		add(query, "status", filters.status());
		add(query, "districtId", filters.districtId());
		add(query, "sort", filters.sort());
		add(query, "lat", filters.lat());
		add(query, "lon", filters.lon());
		String built = query.build().encode().getQuery();
		return built == null ? "" : built;
	}

	private static void add(UriComponentsBuilder query, String name, @Nullable Object value) {
		if (value != null) {
			query.queryParam(name, value);
		}
	}

}
