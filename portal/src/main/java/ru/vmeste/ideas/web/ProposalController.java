package ru.vmeste.ideas.web;

import java.util.List;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.CampaignPhase;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.internal.Campaigns;
import ru.vmeste.ideas.internal.Proposals;
import ru.vmeste.ideas.internal.SimilarIdeas;
import ru.vmeste.platform.web.ApiProblems;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.FilterChoice;
import ru.vmeste.shared.web.PartOf;

/**
 * The proposal form: a resident picks a campaign taking proposals (or none), the kind, writes
 * the idea while similar ones show up below it, and places it on the map (a road as a line).
 */
@Controller
@PartOf(PortalService.SUGGEST)
class ProposalController {

	private final Proposals proposals;

	private final Campaigns campaigns;

	private final SimilarIdeas similar;

	private final MessageSource messages;

	ProposalController(Proposals proposals, Campaigns campaigns, SimilarIdeas similar, MessageSource messages) {
		this.proposals = proposals;
		this.campaigns = campaigns;
		this.similar = similar;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model, Locale locale) {
		List<FilterChoice> open = campaigns.page(CampaignPhase.PROPOSALS, PageQuery.of(0, 50))
			.items()
			.stream()
			.map(campaign -> FilterChoice.named(campaign.id(), campaign.title().in(locale)))
			.toList();
		model.addAttribute("campaignChoices", open);
		model.addAttribute("kinds", IdeaKind.values());
	}

	@GetMapping("/ideas/new")
	String form(@RequestParam(required = false) @Nullable UUID campaignId,
			@RequestParam(required = false) @Nullable IdeaKind kind,
			@RequestParam(required = false) @Nullable UUID fromAppealId, Model model) {
		model.addAttribute("proposal", ProposalForm.empty(campaignId, kind, fromAppealId));
		return "ideas/new";
	}

	@PostMapping("/ideas/new")
	String propose(ProposalForm proposal, @AuthenticationPrincipal PortalUser user, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		try {
			IdeaId id = proposals.propose(proposal.proposal(), user.id());
			redirect.addFlashAttribute("notice", "ideas.proposed");
			return "redirect:/ideas/" + id;
		}
		catch (DomainException ex) {
			response.setStatus(ApiProblems.statusOf(ex.kind()).value());
			model.addAttribute("proposal", proposal);
			model.addAttribute("problem", messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), locale));
			return "ideas/new";
		}
	}

	/** Ideas that likely say the same as the text typed so far (an htmx fragment under the form). */
	@GetMapping("/ideas/similar")
	String similar(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable UUID campaignId, Model model) {
		GeoPoint point = lat != null && lon != null && GeoPoint.isValid(lat, lon) ? new GeoPoint(lat, lon) : null;
		String typed = (title + " " + text).strip();
		model.addAttribute("similar", similar.to(typed.length() > 2000 ? typed.substring(0, 2000) : typed, point,
				campaignId == null ? null : new CampaignId(campaignId), null));
		return "ideas/fragments :: similar";
	}

}
