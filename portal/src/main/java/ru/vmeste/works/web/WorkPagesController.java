package ru.vmeste.works.web;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.FilterChoice;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.territory.Territory;
import ru.vmeste.works.Work;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.WorkKind;
import ru.vmeste.works.WorkStatus;
import ru.vmeste.works.internal.WorkCustomers;
import ru.vmeste.works.PhotoStage;
import ru.vmeste.works.internal.WorkRatingStore;
import ru.vmeste.works.internal.WorkRatings;
import ru.vmeste.works.internal.WorkSearch;
import ru.vmeste.works.internal.WorkStore;
import ru.vmeste.works.internal.WorkSubscriptions;

/**
 * The public side of Find out: the map and list of works with filters, and the page of each
 * works with its timeline, documents, photos, place, related appeals, ratings and history.
 * Residents follow works and rate completed ones there.
 */
@Controller
@PartOf(PortalService.FIND_OUT)
class WorkPagesController {

	private final WorkSearch search;

	private final WorkStore works;

	private final WorkViews views;

	private final WorkRatingStore ratings;

	private final WorkRatings rating;

	private final WorkSubscriptions subscriptions;

	private final WorkCustomers customers;

	private final WorkRelatedAppeals appeals;

	private final WorkObjects objects;

	private final Territory territory;

	WorkPagesController(WorkSearch search, WorkStore works, WorkViews views, WorkRatingStore ratings, WorkRatings rating,
			WorkSubscriptions subscriptions, WorkCustomers customers, WorkRelatedAppeals appeals, WorkObjects objects,
			Territory territory) {
		this.search = search;
		this.works = works;
		this.views = views;
		this.ratings = ratings;
		this.rating = rating;
		this.subscriptions = subscriptions;
		this.customers = customers;
		this.appeals = appeals;
		this.objects = objects;
		this.territory = territory;
	}

	/** Times on the pages are in the region's zone. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return views.zone();
	}

	@GetMapping("/works")
	String list(@Valid @ModelAttribute("filters") WorkFilters filters, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		String query = filters.query();
		model.addAttribute("works", search.page(filters.search(null), WorkSearch.Order.PLANNED, PageQuery.of(page, 20))
			.map(views::summary));
		model.addAttribute("filterQuery", query);
		model.addAttribute("pagePath", "/works" + (query.isEmpty() ? "" : "?" + query));
		model.addAttribute("statuses", FilterChoice.of(WorkStatus.values(), "works.status."));
		model.addAttribute("kinds", FilterChoice.of(WorkKind.values(), "works.kind."));
		model.addAttribute("programs", FilterChoice.plain(search.programs()));
		model.addAttribute("districts", territory.districts()
			.stream()
			.map(district -> FilterChoice.named(district.id().value(), district.name().in(locale)))
			.toList());
		return "works/list";
	}

	@GetMapping("/works/{id}")
	String work(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal @Nullable PortalUser user, Model model, Locale locale) {
		Work work = found(id);
		WorkViews.Details details = views.details(work, locale);
		model.addAttribute("work", details);
		model.addAttribute("timeline", Timeline.of(work.schedule(), work.status(), views.today()));
		model.addAttribute("photoStages", photosByStage(details.photos()));
		model.addAttribute("ratings", ratings.published(work.id(), PageQuery.of(page, 10)));
		model.addAttribute("appeals", appeals.near(work, locale));
		WorkObjects.Shown shown = objects.of(work, locale);
		model.addAttribute("objects", shown.items());
		model.addAttribute("objectsJson", shown.featuresJson());
		model.addAttribute("geometryJson", details.geometry() == null ? "" : details.geometry().toString());
		model.addAttribute("pointLat", details.lat());
		model.addAttribute("pointLon", details.lon());
		if (user != null) {
			model.addAttribute("subscribed", subscriptions.isSubscribed(work.id(), user.id()));
			model.addAttribute("canManage", customers.isMember(user.id(), work.customer()));
			model.addAttribute("myRating", ratings.byAuthor(work.id(), user.id()).orElse(null));
			model.addAttribute("ratingRefusal", rating.refusal(work, user.id()));
		}
		return "works/work";
	}

	@PostMapping("/works/{id}/subscription")
	String subscribe(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		subscriptions.subscribe(new WorkId(id), user.id());
		redirect.addFlashAttribute("notice", "works.subscribed");
		return "redirect:/works/" + id;
	}

	@PostMapping("/works/{id}/subscription/delete")
	String unsubscribe(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		subscriptions.unsubscribe(new WorkId(id), user.id());
		redirect.addFlashAttribute("notice", "works.unsubscribed");
		return "redirect:/works/" + id;
	}

	@PostMapping(path = "/works/{id}/ratings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String rate(@PathVariable UUID id, @RequestParam(defaultValue = "0") int score,
			@RequestParam(defaultValue = "") String comment, @RequestParam(required = false) @Nullable MultipartFile photo,
			@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		rating.rate(new WorkId(id), user.id(), score, comment, Uploads.optional(photo));
		redirect.addFlashAttribute("notice", "works.rating.sent");
		return "redirect:/works/" + id + "#ratings";
	}

	/** A rating as published, for its author and the moderators before it is (and for everyone after). */
	@GetMapping("/works/{id}/ratings/{ratingId}")
	String rating(@PathVariable UUID id, @PathVariable UUID ratingId, @AuthenticationPrincipal @Nullable PortalUser user,
			Model model) {
		Work work = found(id);
		model.addAttribute("work", work);
		model.addAttribute("rating", RatingAccess.visible(ratings, work.id(), ratingId, user));
		return "works/rating";
	}

	private Work found(UUID id) {
		return works.find(new WorkId(id)).orElseThrow(() -> DomainException.notFound("works.work.not-found"));
	}

	private static Map<PhotoStage, List<WorkViews.PhotoView>> photosByStage(List<WorkViews.PhotoView> photos) {
		Map<PhotoStage, List<WorkViews.PhotoView>> stages = new EnumMap<>(PhotoStage.class);
		for (PhotoStage stage : PhotoStage.values()) {
			List<WorkViews.PhotoView> ofStage = photos.stream().filter(photo -> photo.stage() == stage).toList();
			if (!ofStage.isEmpty()) {
				stages.put(stage, ofStage);
			}
		}
		return stages;
	}

}
