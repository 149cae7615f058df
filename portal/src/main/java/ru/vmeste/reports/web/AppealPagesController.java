package ru.vmeste.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.web.PublicPages;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealId;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.internal.AppealSearch;
import ru.vmeste.reports.internal.AppealRecords;
import ru.vmeste.reports.internal.Submissions;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.geo.MapGrid;
import ru.vmeste.shared.trail.Trail;
import ru.vmeste.shared.trail.TrailSource;
import ru.vmeste.shared.trail.TrailStep;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.territory.Territory;

/**
 * The public side of Inform: the map and list of published appeals, each appeal's page with
 * its history, and a resident's own appeals.
 */
@Controller
@PartOf(PortalService.INFORM)
class AppealPagesController {

	/** The appeal page's name in {@link PublicPages}. */
	static final String PAGE = "appeal";

	private final AppealSearch search;

	private final AppealFilters filters;

	private final AppealViews views;

	private final AppealRecords appeals;

	private final PhotoFiles photos;

	private final Submissions submissions;

	private final TopicChoices topics;

	private final Territory territory;

	private final PublicPages pages;

	private final List<TrailSource> trails;

	private final Clock clock;

	AppealPagesController(AppealSearch search, AppealFilters filters, AppealViews views, AppealRecords appeals,
			PhotoFiles photos, Submissions submissions, TopicChoices topics, Territory territory, PublicPages pages,
			List<TrailSource> trails, Clock clock) {
		this.search = search;
		this.filters = filters;
		this.views = views;
		this.appeals = appeals;
		this.photos = photos;
		this.submissions = submissions;
		this.topics = topics;
		this.territory = territory;
		this.pages = pages;
		this.trails = trails;
		this.clock = clock;
	}

	/** Times on the pages are in the region's zone. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping("/appeals")
	String list(@RequestParam(required = false) @Nullable UUID topicId,
			@RequestParam(required = false) @Nullable AppealStatus status,
			@RequestParam(required = false) @Nullable UUID districtId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable Integer zoom, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		String query = UriComponentsBuilder.newInstance()
			.queryParamIfPresent("topicId", Optional.ofNullable(topicId))
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.queryParamIfPresent("districtId", Optional.ofNullable(districtId))
			.queryParamIfPresent("from", Optional.ofNullable(from))
			.queryParamIfPresent("to", Optional.ofNullable(to))
			.build()
			.getQuery();
		model.addAttribute("appeals",
				search.page(filters.of(topicId, status, districtId, from, to, null), PageQuery.of(page, 20)));
		model.addAttribute("filterQuery", query == null ? "" : query);
		model.addAttribute("pagePath", "/appeals" + (query == null ? "" : "?" + query));
		model.addAttribute("topicId", topicId);
		model.addAttribute("status", status);
		model.addAttribute("districtId", districtId);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("groups", topics.all());
		model.addAttribute("statuses", AppealStatus.publicStatuses().stream().sorted().toList());
		model.addAttribute("districts", territory.districts());
		model.addAttribute("topicNames", TopicNames.of(topics.all(), locale));
		// a shared link may open the map at a place: /appeals?lat=..&lon=..&zoom=..
		if (lat != null && lon != null && GeoPoint.isValid(lat, lon)) {
			model.addAttribute("mapCenterLat", lat);
			model.addAttribute("mapCenterLon", lon);
		}
		if (zoom != null) {
			model.addAttribute("mapZoom", Math.max(0, Math.min(MapGrid.MAX_ZOOM, zoom)));
		}
		return "reports/appeals";
	}

	/**
	 * An appeal's page. Anonymous visitors get it from {@link PublicPages} (kept until the appeal
	 * changes, see {@link AppealPageEviction}); so the turn of its thread into an idea, a vote and
	 * works (the trail) is read with the rest of the page, not for every view.
	 */
	@GetMapping("/appeals/{id}")
	ModelAndView appeal(@PathVariable UUID id, @AuthenticationPrincipal @Nullable PortalUser user, Model model,
			Locale locale, HttpServletRequest request) {
		AppealId appealId = new AppealId(id);
		return pages.view(PAGE, appealId, request, () -> {
			Appeal appeal = views.visible(appealId, user);
			model.addAttribute("details", views.details(appeal, user, locale, "/appeals/"));
			model.addAttribute("mine", user != null && appeal.author().equals(user.id()));
			model.addAttribute("follows", user != null && appeals.follows(appeal.id(), user.id()));
			model.addAttribute("pointLat", appeal.point().lat());
			model.addAttribute("pointLon", appeal.point().lon());
			model.addAttribute("trail", TrailSource.all(trails, TrailStep.Type.APPEAL, id.toString(), locale)
				.stream()
				.findFirst()
				.orElse(new Trail(List.of())));
			model.addAttribute("trailZone", clock.getZone());
			return "reports/appeal";
		});
	}

	@GetMapping("/appeals/{id}/photos/{photoId}")
	ResponseEntity<Resource> photo(@PathVariable UUID id, @PathVariable UUID photoId,
			@RequestParam(defaultValue = "false") boolean thumbnail, @AuthenticationPrincipal @Nullable PortalUser user) {
		return photos.serve(new AppealId(id), photoId, thumbnail, user);
	}

	@PostMapping("/appeals/{id}/support")
	String support(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		submissions.support(new AppealId(id), user.id());
		redirect.addFlashAttribute("notice", "reports.supported");
		return "redirect:/appeals/" + id;
	}

	@GetMapping("/appeals/mine")
	String mine(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		model.addAttribute("appeals", search.byAuthor(user.id(), PageQuery.of(page, 20)));
		model.addAttribute("topicNames", TopicNames.of(topics.all(), locale));
		return "reports/mine";
	}

}
