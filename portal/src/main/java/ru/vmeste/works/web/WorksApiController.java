package ru.vmeste.works.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.platform.web.Uploads;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.web.PartOf;
import ru.vmeste.works.WorkId;
import ru.vmeste.works.internal.WorkRatingStore;
import ru.vmeste.works.internal.WorkRatings;
import ru.vmeste.works.internal.WorkSearch;
import ru.vmeste.works.internal.WorkStore;
import ru.vmeste.works.internal.WorkSubscriptions;

/**
 * Works for everyone: the list and map with filters, the details, the history and the
 * published ratings; residents follow works and rate completed ones.
 */
@RestController
@RequestMapping("/api/v1/works")
@PartOf(PortalService.FIND_OUT)
@Tag(name = "Find out", description = "Repair, construction and improvement works of the city")
class WorksApiController {

	/** GeoJSON (RFC 7946) points of works on the map. */
	@Schema(name = "WorksFeatureCollection")
	record FeatureCollection(String type, List<Feature> features, boolean truncated) {
	}

	@Schema(name = "WorkFeature")
	record Feature(String type, Point geometry, Map<String, Object> properties) {
	}

	record Point(String type, double[] coordinates) {
	}

	/** A published rating; its author is never shown. */
	@Schema(name = "WorkRatingView")
	record RatingView(String id, int score, String comment, @Nullable String photoUrl, @Nullable String thumbnailUrl,
			@Nullable Instant publishedAt) {
	}

	/** A rating taken for moderation. */
	@Schema(name = "WorkRatingCreated")
	record RatingCreated(String id, String status) {
	}

	private final WorkSearch search;

	private final WorkStore works;

	private final WorkViews views;

	private final WorkRatingStore ratings;

	private final WorkRatings rating;

	private final WorkSubscriptions subscriptions;

	WorksApiController(WorkSearch search, WorkStore works, WorkViews views, WorkRatingStore ratings, WorkRatings rating,
			WorkSubscriptions subscriptions) {
		this.search = search;
		this.works = works;
		this.views = views;
		this.ratings = ratings;
		this.rating = rating;
		this.subscriptions = subscriptions;
	}

	@GetMapping
	@Operation(summary = "Works, newest planned first, by viewport (bbox=minLon,minLat,maxLon,maxLat), status, kind, program, district, year and overdue")
	Paged<WorkViews.Summary> list(@ParameterObject @Valid WorkFilters filters, @RequestParam(required = false) @Nullable String bbox,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return search.page(filters.search(bbox), WorkSearch.Order.PLANNED, PageQuery.of(page, size)).map(views::summary);
	}

	@GetMapping("/map")
	@Operation(summary = "The works in the viewport as GeoJSON points, at most 1000 (truncated=true beyond)")
	FeatureCollection map(@ParameterObject @Valid WorkFilters filters, @RequestParam String bbox) {
		List<WorkSearch.Marker> markers = search.markers(filters.search(bbox));
		return new FeatureCollection("FeatureCollection",
				markers.stream()
					.map(marker -> new Feature("Feature", new Point("Point", new double[] { marker.lon(), marker.lat() }),
							Map.of("id", marker.id().toString(), "number", marker.number(), "title", marker.title(),
									"status", marker.status().name())))
					.toList(),
				markers.size() >= WorkSearch.MAX_MARKERS);
	}

	@GetMapping("/programs")
	@Operation(summary = "The programs works belong to")
	List<String> programs() {
		return search.programs();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Works with their dates, documents, photos, rating and history")
	WorkViews.Details work(@PathVariable UUID id, Locale locale) {
		return views.details(found(id), locale);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change of the works, newest first: when, which organization, what changed")
	Paged<WorkViews.HistoryView> history(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, Locale locale) {
		return views.history(found(id), PageQuery.of(page, size), locale);
	}

	@GetMapping("/{id}/ratings")
	@Operation(summary = "Residents' published ratings, newest first")
	Paged<RatingView> ratings(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		WorkId work = found(id).id();
		return ratings.published(work, PageQuery.of(page, size)).map(rated -> {
			String photo = rated.photo() == null ? null : "/works/" + id + "/ratings/" + rated.id() + "/photo";
			return new RatingView(rated.id().toString(), rated.score(), rated.text(), photo,
					photo == null ? null : photo + "?thumbnail=true", rated.decidedAt());
		});
	}

	@PutMapping("/{id}/subscription")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Hear by e-mail when the works change status")
	void subscribe(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		subscriptions.subscribe(new WorkId(id), user.id());
	}

	@DeleteMapping("/{id}/subscription")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stop hearing about the works")
	void unsubscribe(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user) {
		subscriptions.unsubscribe(new WorkId(id), user.id());
	}

	@PostMapping(path = "/{id}/ratings", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A resident of the district rates completed works (1–5 and a comment); published after moderation")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<RatingCreated> rate(@PathVariable UUID id, @Valid @RequestBody RatingRequest request,
			@AuthenticationPrincipal PortalUser user) {
		return created(id, rating.rate(new WorkId(id), user.id(), request.score(), request.comment(), null));
	}

	@PostMapping(path = "/{id}/ratings", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "The same with a photo of the result (JPEG, PNG or WebP)")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<RatingCreated> rateWithPhoto(@PathVariable UUID id, @Valid RatingRequest request,
			@RequestParam(required = false) @Nullable MultipartFile photo, @AuthenticationPrincipal PortalUser user) {
		return created(id, rating.rate(new WorkId(id), user.id(), request.score(), request.comment(), Uploads.optional(photo)));
	}

	private ResponseEntity<RatingCreated> created(UUID work, UUID id) {
		return ResponseEntity.created(URI.create("/works/" + work + "/ratings/" + id))
			.body(new RatingCreated(id.toString(), WorkRatingStore.Status.MODERATION.name()));
	}

	private ru.vmeste.works.Work found(UUID id) {
		return works.find(new WorkId(id)).orElseThrow(() -> DomainException.notFound("works.work.not-found"));
	}

}
