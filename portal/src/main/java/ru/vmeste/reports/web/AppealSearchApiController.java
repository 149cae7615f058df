package ru.vmeste.reports.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.vmeste.identity.PortalUser;
import ru.vmeste.reports.Appeal;
import ru.vmeste.reports.AppealStatus;
import ru.vmeste.reports.TopicId;
import ru.vmeste.reports.internal.AppealSearch;
import ru.vmeste.reports.internal.Duplicates;
import ru.vmeste.shared.DomainException;
import ru.vmeste.shared.GeoPoint;
import ru.vmeste.shared.PageQuery;
import ru.vmeste.shared.Paged;
import ru.vmeste.shared.PortalService;
import ru.vmeste.shared.geo.MapGrid;
import ru.vmeste.shared.web.PartOf;

/**
 * Published appeals as a paged list or, with {@code zoom}, as map features clustered on the
 * server; likely duplicates before reporting; the caller's own appeals.
 */
@RestController
@RequestMapping("/api/v1/appeals")
@PartOf(PortalService.INFORM)
@Tag(name = "Inform", description = "Problem reports (appeals)")
class AppealSearchApiController {

	/** An appeal in a list. */
	record AppealSummary(String id, long number, String topicId, double lat, double lon, String text,
			AppealStatus status, int supporters, Instant createdAt) {

		static AppealSummary of(Appeal appeal) {
			return new AppealSummary(appeal.id().toString(), appeal.number(), appeal.topic().toString(),
					appeal.point().lat(), appeal.point().lon(), appeal.text(), appeal.status(), appeal.supporters(),
					appeal.createdAt());
		}

	}

	/** GeoJSON (RFC 7946) features: clusters with {@code cluster=true, count}, or single appeals. */
	@Schema(name = "AppealsFeatureCollection")
	record FeatureCollection(String type, List<Feature> features) {
	}

	@Schema(name = "AppealFeature")
	record Feature(String type, Point geometry, Map<String, Object> properties) {
	}

	record Point(String type, double[] coordinates) {
	}

	/** A likely duplicate of what the resident is about to report. */
	record DuplicateView(String id, long number, String text, int distanceMetres, double similarity) {
	}

	private final AppealSearch search;

	private final AppealFilters filters;

	private final Duplicates duplicates;

	AppealSearchApiController(AppealSearch search, AppealFilters filters, Duplicates duplicates) {
		this.search = search;
		this.filters = filters;
		this.duplicates = duplicates;
	}

	@GetMapping(params = "!zoom")
	@Operation(summary = "Published appeals, newest first, by viewport (bbox=minLon,minLat,maxLon,maxLat), status, topic, district and period")
	Paged<AppealSummary> list(@RequestParam(required = false) @Nullable String bbox,
			@RequestParam(required = false) @Nullable AppealStatus status,
			@RequestParam(required = false) @Nullable UUID topicId,
			@RequestParam(required = false) @Nullable UUID districtId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return search.page(filters.of(topicId, status, districtId, from, to, bbox), PageQuery.of(page, size))
			.map(AppealSummary::of);
	}

	/** The map under the list's path, as the web map calls it; documented as {@code /map} (one path, one operation). */
	@Hidden
	@GetMapping(params = "zoom")
	FeatureCollection mapOfList(@RequestParam String bbox, @RequestParam @Min(0) @Max(MapGrid.MAX_ZOOM) int zoom,
			@RequestParam(required = false) @Nullable AppealStatus status,
			@RequestParam(required = false) @Nullable UUID topicId,
			@RequestParam(required = false) @Nullable UUID districtId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		return map(bbox, zoom, status, topicId, districtId, from, to);
	}

	@GetMapping("/map")
	@Operation(summary = "The map: below street zoom (16) clusters with counts, above it single appeals (GeoJSON); "
			+ "also answered by the list's path with zoom")
	FeatureCollection map(@RequestParam String bbox, @RequestParam @Min(0) @Max(MapGrid.MAX_ZOOM) int zoom,
			@RequestParam(required = false) @Nullable AppealStatus status,
			@RequestParam(required = false) @Nullable UUID topicId,
			@RequestParam(required = false) @Nullable UUID districtId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
		AppealSearch.Filter filter = filters.of(topicId, status, districtId, from, to, bbox);
		if (filter.box() == null) {
			// the map needs its viewport: an empty bbox is refused, not a NullPointerException (issue 21)
			throw DomainException.invalid("geo.bbox.format");
		}
		if (!MapGrid.fits(filter.box(), zoom)) {
			throw DomainException.invalid("geo.bbox.too-large");
		}
		return new FeatureCollection("FeatureCollection",
				search.map(filter, zoom).stream().map(AppealSearchApiController::feature).toList());
	}

	@GetMapping("/duplicates")
	@Operation(summary = "Published appeals of the topic nearby with a similar text: support one instead of reporting again")
	List<DuplicateView> duplicates(@RequestParam UUID topicId, @RequestParam @Min(-90) @Max(90) double lat,
			@RequestParam @Min(-180) @Max(180) double lon, @RequestParam String text) {
		return duplicates.of(new TopicId(topicId), new GeoPoint(lat, lon), text.length() > 2000 ? text.substring(0, 2000) : text)
			.stream()
			.map(duplicate -> new DuplicateView(duplicate.id().toString(), duplicate.number(), duplicate.text(),
					duplicate.distanceMetres(), duplicate.similarity()))
			.toList();
	}

	@GetMapping("/mine")
	@Operation(summary = "The caller's own appeals in every status")
	Paged<AppealSummary> mine(@AuthenticationPrincipal PortalUser user,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
		return search.byAuthor(user.id(), PageQuery.of(page, size)).map(AppealSummary::of);
	}

	private static Feature feature(AppealSearch.Cell cell) {
		Map<String, Object> properties = cell.appeal() == null ? Map.of("cluster", true, "count", cell.count())
				: Map.of("cluster", false, "count", 1, "id", cell.appeal().toString(), "topicId",
						String.valueOf(cell.topic()), "status", String.valueOf(cell.status()));
		return new Feature("Feature", new Point("Point", new double[] { cell.lon(), cell.lat() }), properties);
	}

}
