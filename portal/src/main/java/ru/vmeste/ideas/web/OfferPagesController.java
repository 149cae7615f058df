package ru.vmeste.ideas.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.internal.AppealOffers;
import ru.vmeste.ideas.internal.Campaigns;
import ru.vmeste.platform.web.ApiProblems;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.Appeals;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.FilterChoice;
import ru.vmeste.shared.web.PartOf;

/**
 * "From an appeal": a moderator or official writes the offer for an appeal; its author reads it
 * (the mail links here) and agrees or declines.
 */
@Controller
@PartOf(PortalService.SUGGEST)
class OfferPagesController {

	/** The staff's offer form. */
	record OfferForm(@Nullable UUID appealId, @Nullable UUID campaignId, @Nullable IdeaKind kind, @Nullable String title,
			@Nullable String text, @Nullable Long estimatedCost) {
	}

	private final AppealOffers offers;

	private final Appeals appeals;

	private final Campaigns campaigns;

	private final MessageSource messages;

	OfferPagesController(AppealOffers offers, Appeals appeals, Campaigns campaigns, MessageSource messages) {
		this.offers = offers;
		this.appeals = appeals;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@GetMapping("/ideas/offers/new")
	String form(@RequestParam UUID appealId, Model model, Locale locale) {
		var appeal = appeals.find(new AppealId(appealId))
			.filter(found -> found.status().isPublic())
			.orElseThrow(() -> DomainException.notFound("ideas.appeal.unknown"));
		model.addAttribute("form", new OfferForm(appealId, null, IdeaKind.IDEA, "", appeal.text(), null));
		return form(model, locale, appeal.number());
	}

	@PostMapping("/ideas/offers/new")
	String offer(OfferForm form, @AuthenticationPrincipal PortalUser staff, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		try {
			if (form.appealId() == null || form.kind() == null) {
				throw DomainException.invalid("ideas.offer.kind");
			}
			offers.offer(new AppealId(form.appealId()),
					new AppealOffers.Draft(form.campaignId() == null ? null : new CampaignId(form.campaignId()), form.kind(),
							form.title() == null ? "" : form.title(), form.text() == null ? "" : form.text(),
							form.estimatedCost()),
					staff.id());
			redirect.addFlashAttribute("notice", "ideas.offer.sent");
			return "redirect:/appeals/" + form.appealId();
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			response.setStatus(ApiProblems.statusOf(ex.kind()).value());
			model.addAttribute("form", form);
			model.addAttribute("problem", messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), locale));
			long number = form.appealId() == null ? 0
					: appeals.find(new AppealId(form.appealId())).map(appeal -> appeal.number()).orElse(0L);
			return form(model, locale, number);
		}
	}

	@GetMapping("/ideas/offers/{id}")
	String offer(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, Model model) {
		AppealOffers.Offer offer = offers.find(id)
			.filter(found -> found.author().equals(user.id()) || user.hasRole(Role.MODERATOR)
					|| user.hasRole(Role.OFFICIAL) || user.hasRole(Role.ADMIN))
			.orElseThrow(() -> DomainException.notFound("ideas.offer.not-found"));
		model.addAttribute("offer", offer);
		model.addAttribute("mine", offer.author().equals(user.id()));
		model.addAttribute("appeal", appeals.find(offer.appeal()).orElse(null));
		model.addAttribute("campaign", offer.campaign() == null ? null : campaigns.find(offer.campaign()));
		return "ideas/offer";
	}

	@PostMapping("/ideas/offers/{id}/accept")
	String accept(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect,
			Locale locale) {
		try {
			IdeaId idea = offers.accept(id, user.id());
			redirect.addFlashAttribute("notice", "ideas.offer.accepted");
			return "redirect:/ideas/" + idea;
		}
		catch (DomainException ex) {
			if (ex.kind() == DomainException.Kind.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), locale));
			return "redirect:/ideas/offers/" + id;
		}
	}

	@PostMapping("/ideas/offers/{id}/decline")
	String decline(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		offers.decline(id, user.id());
		redirect.addFlashAttribute("notice", "ideas.offer.declined");
		return "redirect:/ideas/offers/" + id;
	}

	private String form(Model model, Locale locale, long appealNumber) {
		model.addAttribute("appealNumber", appealNumber);
		model.addAttribute("campaignChoices", campaigns.page(CampaignPhase.PROPOSALS, PageQuery.of(0, 50))
			.items()
			.stream()
			.map(campaign -> FilterChoice.named(campaign.id(), campaign.title().in(locale)))
			.toList());
		return "ideas/offer-new";
	}

}
