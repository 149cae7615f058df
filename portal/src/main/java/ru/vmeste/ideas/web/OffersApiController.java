package ru.vmeste.ideas.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.identity.Role;
import ru.vmeste.ideas.CampaignId;
import ru.vmeste.ideas.IdeaId;
import ru.vmeste.ideas.IdeaKind;
import ru.vmeste.ideas.internal.AppealOffers;
import ru.vmeste.reports.AppealId;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;

/**
 * "From an appeal": moderators and officials offer to turn an appeal into an idea; the appeal's
 * author agrees or declines.
 */
@RestController
@RequestMapping("/api/v1/ideas/offers")
@PartOf(PortalService.SUGGEST)
@Tag(name = "Suggest", description = "Residents' ideas, crowdsourcing campaigns, supports and expert reviews")
class OffersApiController {

	record OfferRequest(@NotNull(message = "{ideas.appeal.unknown}") UUID appealId, @Nullable UUID campaignId,
			@NotNull(message = "{ideas.kind.required}") IdeaKind kind,
			@NotBlank(message = "{ideas.title.required}") @Size(max = 200, message = "{ideas.text.too-long}") String title,
			@NotBlank(message = "{ideas.text.required}") @Size(max = 5000, message = "{ideas.text.too-long}") String text,
			@Nullable Long estimatedCost) {
	}

	record OfferView(String id, String appealId, @Nullable String campaignId, IdeaKind kind, String title, String text,
			@Nullable Long estimatedCost, AppealOffers.Status status, @Nullable String ideaId) {
	}

	record Accepted(String ideaId) {
	}

	private final AppealOffers offers;

	OffersApiController(AppealOffers offers) {
		this.offers = offers;
	}

	@PostMapping
	@Operation(summary = "A moderator or official offers to turn an appeal into an idea; its author is asked by mail")
	ResponseEntity<OfferView> offer(@Valid @RequestBody OfferRequest request, @AuthenticationPrincipal PortalUser user) {
		UUID id = offers.offer(new AppealId(request.appealId()),
				new AppealOffers.Draft(request.campaignId() == null ? null : new CampaignId(request.campaignId()),
						request.kind(), request.title(), request.text(), request.estimatedCost()),
				user.id());
		return ResponseEntity.created(URI.create("/api/v1/ideas/offers/" + id)).body(view(offers.find(id).orElseThrow()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An offer, for the appeal's author and staff")
	OfferView offer(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		AppealOffers.Offer offer = offers.find(id)
			.filter(found -> found.author().equals(user.id()) || user.hasRole(Role.MODERATOR)
					|| user.hasRole(Role.OFFICIAL) || user.hasRole(Role.ADMIN))
			.orElseThrow(() -> DomainException.notFound("ideas.offer.not-found"));
		return view(offer);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "The appeal's author agrees: the idea is proposed in their name and goes to moderation")
	ResponseEntity<Accepted> accept(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		IdeaId idea = offers.accept(id, user.id());
		return ResponseEntity.created(URI.create("/api/v1/ideas/" + idea)).body(new Accepted(idea.toString()));
	}

	@PostMapping("/{id}/decline")
	@Operation(summary = "The appeal's author declines: nothing is proposed")
	ResponseEntity<Void> decline(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		offers.decline(id, user.id());
		return ResponseEntity.noContent().build();
	}

	private static OfferView view(AppealOffers.Offer offer) {
		return new OfferView(offer.id().toString(), offer.appeal().toString(),
				offer.campaign() == null ? null : offer.campaign().toString(), offer.kind(), offer.title(), offer.text(),
				offer.estimatedCost(), offer.status(), offer.idea() == null ? null : offer.idea().toString());
	}

}
