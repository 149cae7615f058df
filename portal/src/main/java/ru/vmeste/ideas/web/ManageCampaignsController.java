package ru.vmeste.ideas.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.ideas.Campaign;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.WorkOrder;
import ru.vmeste.ideas.internal.CampaignVotes;
import ru.vmeste.ideas.internal.Campaigns;
import ru.vmeste.ideas.internal.IdeaWorks;
import ru.vmeste.identity.PortalUser;
import ru.vmeste.organizations.OrganizationId;
import ru.vmeste.organizations.Organizations;
import ru.vmeste.platform.web.ApiProblems;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.FilterChoice;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.territory.Territory;

/**
 * Administrators run campaigns: create and schedule them, edit them, move them on by hand,
 * start the vote of the feasible ideas ("into the vote") and order works for the selected
 * projects ("into the works").
 */
@Controller
@PartOf(PortalService.SUGGEST)
class ManageCampaignsController {

	private final Campaigns campaigns;

	private final CampaignVotes votes;

	private final IdeaWorks works;

	private final Organizations organizations;

	private final Territory territory;

	private final MessageSource messages;

	private final Clock clock;

	ManageCampaignsController(Campaigns campaigns, CampaignVotes votes, IdeaWorks works, Organizations organizations,
			Territory territory, MessageSource messages, Clock clock) {
		this.campaigns = campaigns;
		this.votes = votes;
		this.works = works;
		this.organizations = organizations;
		this.territory = territory;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		model.addAttribute("districts", territory.districts()
			.stream()
			.map(district -> FilterChoice.named(district.id().value(), district.name().in(locale)))
			.toList());
		model.addAttribute("phases", CampaignPhase.values());
		model.addAttribute("zone", clock.getZone());
	}

	@GetMapping("/manage/campaigns")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("campaigns", campaigns.page(null, PageQuery.of(page, 20)));
		model.addAttribute("pagePath", "/manage/campaigns");
		return "ideas/manage/campaigns";
	}

	@GetMapping("/manage/campaigns/new")
	String form(Model model) {
		model.addAttribute("form", CampaignForm.fresh(clock.instant(), clock.getZone()));
		return "ideas/manage/campaign";
	}

	@PostMapping("/manage/campaigns/new")
	String create(CampaignForm form, @AuthenticationPrincipal PortalUser admin, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			CampaignId id = campaigns.create(form.draft(clock.getZone()), admin.id());
			redirect.addFlashAttribute("notice", "ideas.campaign.created");
			return "redirect:/manage/campaigns/" + id;
		}
		catch (DomainException ex) {
			return refused(ex, form, null, model, response, locale);
		}
	}

	@GetMapping("/manage/campaigns/{id}")
	String campaign(@PathVariable UUID id, Model model, Locale locale) {
		Campaign campaign = campaigns.find(new CampaignId(id));
		model.addAttribute("form", CampaignForm.of(campaign, clock.getZone()));
		show(campaign, model, locale);
		return "ideas/manage/campaign";
	}

	@PostMapping("/manage/campaigns/{id}")
	String update(@PathVariable UUID id, CampaignForm form, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			campaigns.update(new CampaignId(id), form.draft(clock.getZone()));
			redirect.addFlashAttribute("notice", "ideas.campaign.saved");
			return "redirect:/manage/campaigns/" + id;
		}
		catch (DomainException ex) {
			return refused(ex, form, campaigns.find(new CampaignId(id)), model, response, locale);
		}
	}

	@PostMapping("/manage/campaigns/{id}/phase")
	String phase(@PathVariable UUID id, @RequestParam(required = false) @Nullable CampaignPhase phase,
			@AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "ideas.campaign.moved", () -> {
			if (phase == null) {
				throw DomainException.invalid("ideas.campaign.phase.required");
			}
			campaigns.moveTo(new CampaignId(id), phase, admin.id());
		});
	}

	@PostMapping("/manage/campaigns/{id}/vote")
	String vote(@PathVariable UUID id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, "ideas.vote.started", () -> votes.start(new CampaignId(id), admin.id()));
	}

	@PostMapping("/manage/campaigns/{id}/works")
	String works(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID customerId,
			@RequestParam(required = false) @Nullable LocalDate plannedStart,
			@RequestParam(required = false) @Nullable LocalDate plannedEnd, @AuthenticationPrincipal PortalUser admin,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "ideas.works.planned", () -> {
			if (customerId == null) {
				throw DomainException.invalid("ideas.works.customer-required");
			}
			if (plannedStart == null || plannedEnd == null) {
				throw DomainException.invalid("ideas.works.dates");
			}
			works.plan(new CampaignId(id), new WorkOrder(new OrganizationId(customerId), plannedStart, plannedEnd),
					admin.id());
		});
	}

	private void show(Campaign campaign, Model model, Locale locale) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("organizations", organizations.all()
			.stream()
			.map(organization -> FilterChoice.named(organization.id(), organization.name().in(locale)))
			.toList());
		model.addAttribute("today", LocalDate.now(clock));
	}

	private String refused(DomainException ex, CampaignForm form, @Nullable Campaign campaign, Model model,
			HttpServletResponse response, Locale locale) {
		response.setStatus(ApiProblems.statusOf(ex.kind()).value());
		model.addAttribute("form", form);
		model.addAttribute("problem", messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), locale));
		if (campaign != null) {
			show(campaign, model, locale);
		}
		return "ideas/manage/campaign";
	}

	private String act(UUID id, RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), locale));
		}
		return "redirect:/manage/campaigns/" + id;
	}

}
